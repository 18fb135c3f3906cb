#pragma once

#include "app/account/AccountStepDialog.h"

#include <memory>

namespace segurdesk::account {

namespace Ui {
class PasswordChangeDialog;
}

// The password change the portal asks for at first login (the initial password it mailed cannot
// be kept): the current password, the new one and its confirmation, with the rules ticking as the
// new one is typed. Nothing is sent before every rule is met; the portal's refusal (a wrong
// current password) is shown at its field. Accepted once the portal has changed the password and
// opened the new session.
//
// Window-modal, opened with open(). GUI thread. `account` (logged in) must outlive the dialog.
class PasswordChangeDialog : public AccountStepDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChangeDialog)

public:
    explicit PasswordChangeDialog(services::AccountService& account, QWidget* parent = nullptr);
    ~PasswordChangeDialog() override;

    // The portal's minimum length, once its /config is read.
    void setMinimumLength(int minLength);

protected:
    void changeEvent(QEvent* event) override;
    void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) override;

private:
    void changePassword();
    void retranslate();

    std::unique_ptr<Ui::PasswordChangeDialog> m_ui;
};

} // namespace segurdesk::account
