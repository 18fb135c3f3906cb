#pragma once

#include "app/account/AccountStepDialog.h"

#include <memory>

namespace segurdesk::account {

namespace Ui {
class SecretQuestionDialog;
}

// The secret question the portal asks for at first login, after the password change: it will ask
// its answer to reset a forgotten password. A question of one's own or one of the suggestions, the
// answer typed twice (a typo would lock the user out of the reset). The answer is compared without
// case, accents or extra spaces, as the portal does. Accepted once the portal has kept them.
//
// Window-modal, opened with open(). GUI thread. `account` (logged in) must outlive the dialog.
class SecretQuestionDialog : public AccountStepDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretQuestionDialog)

public:
    explicit SecretQuestionDialog(services::AccountService& account, QWidget* parent = nullptr);
    ~SecretQuestionDialog() override;

protected:
    void changeEvent(QEvent* event) override;
    void onFinished(services::AccountService::Operation operation, const portal::PortalError& error) override;

private:
    void setQuestion();
    void retranslate();

    std::unique_ptr<Ui::SecretQuestionDialog> m_ui;
};

} // namespace segurdesk::account
