#pragma once

#include "core/portal/PortalError.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace segurdesk::services {
class AccountService;
}

namespace segurdesk::account {

namespace Ui {
class LoginDialog;
}

// Asks for the portal login and password and logs in through `account`; the portal's refusal
// (wrong password, account locked for a while) is shown in the dialog, which stays open with the
// password cleared. Accepted once the session may open dossiers, or when the portal cannot be
// reached at all (unreachable() then says why: the copy kept on this computer applies). An account
// that must first change its initial password or set its secret question is told so. The
// password lives in the line edit only, never anywhere else.
//
// Window-modal, opened with open(); it cannot be closed while the login is under way. GUI thread. `account` must
// outlive the dialog.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(services::AccountService& account, const QString& login, QWidget* parent = nullptr);
    ~LoginDialog() override;

    QString login() const;
    // Set when the dialog was accepted because the portal could not be reached.
    const std::optional<portal::PortalError>& unreachable() const { return m_unreachable; }

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void logIn();
    void onLoggedIn(const portal::PortalError& error);
    void setBusy(bool busy);
    void retranslate();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    services::AccountService& m_account;
    std::optional<portal::PortalError> m_unreachable;
};

} // namespace segurdesk::account
