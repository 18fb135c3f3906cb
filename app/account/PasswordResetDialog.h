#pragma once

#include "app/account/AccountStepDialog.h"

#include <memory>

namespace segurdesk::account {

namespace Ui {
class PasswordResetDialog;
}

// "I forgot my password": the portal mails a one-time code for a login (with the account's secret
// question, whose answer it then asks); the code, the answer and a new password that meets the
// rules (ticking as it is typed) reset the password. A wrong code, answer or login is one refusal,
// as the portal gives it: the code is then used up and a new one must be asked for. Accepted once
// the password is reset; login() is the account's.
//
// Window-modal, opened with open(). GUI thread. `account` must outlive the dialog.
class PasswordResetDialog : public AccountStepDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordResetDialog)

public:
    PasswordResetDialog(services::AccountService& account, const QString& login, QWidget* parent = nullptr);
    ~PasswordResetDialog() override;

    QString login() const;
    void setMinimumLength(int minLength);

protected:
    void changeEvent(QEvent* event) override;
    void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) override;

private:
    void sendCode();
    void resetPassword();
    void retranslate();

    std::unique_ptr<Ui::PasswordResetDialog> m_ui;
};

} // namespace segurdesk::account
