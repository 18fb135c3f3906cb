#pragma once

#include "app/account/AccountStepDialog.h"

#include <memory>
#include <optional>

namespace segurdesk::account {

namespace Ui {
class LoginDialog;
}

// Asks for the portal login and password and logs in through `account`; the portal's refusal
// (wrong password, account locked for a while) is shown in the dialog, which stays open with the
// password cleared. Accepted once logged in, whatever the portal still asks at first login (the
// AccountFlow goes on with it), or when the portal cannot be reached at all (unreachable() then
// says why: the copy kept on this computer applies). The password lives in the line edit only,
// never anywhere else. "I forgot my login" and "I forgot my password" are asked for with signals.
//
// Window-modal, opened with open(). GUI thread. `account` must outlive the dialog.
class LoginDialog : public AccountStepDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(services::AccountService& account, const QString& login, QWidget* parent = nullptr);
    ~LoginDialog() override;

    QString login() const;
    // After a password reset: the login to use, and a word that says what happened.
    void setLogin(const QString& login, const QString& information);
    // Set when the dialog was accepted because the portal could not be reached.
    const std::optional<portal::PortalError>& unreachable() const { return m_unreachable; }

signals:
    void forgotLoginRequested();
    void forgotPasswordRequested();

protected:
    void changeEvent(QEvent* event) override;
    void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) override;

private:
    void logIn();
    void retranslate();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    std::optional<portal::PortalError> m_unreachable;
};

} // namespace segurdesk::account
