#pragma once

#include "app/account/AccountStepDialog.h"

#include <memory>

namespace segurdesk::account {

namespace Ui {
class ForgottenLoginDialog;
}

// "I forgot my login": asks the portal to mail the logins of the accounts that use an email
// address. The portal answers the same whether it knows the address or not, and so does the
// dialog, which stays open with that answer until closed.
//
// Window-modal, opened with open(). GUI thread. `account` must outlive the dialog.
class ForgottenLoginDialog : public AccountStepDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgottenLoginDialog)

public:
    explicit ForgottenLoginDialog(services::AccountService& account, QWidget* parent = nullptr);
    ~ForgottenLoginDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) override;

private:
    void sendLogin();
    void retranslate();

    std::unique_ptr<Ui::ForgottenLoginDialog> m_ui;
};

} // namespace segurdesk::account
