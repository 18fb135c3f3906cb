#include "app/account/PasswordChangeDialog.h"

#include "ui_PasswordChangeDialog.h"

#include <QEvent>
#include <QPushButton>

namespace segurdesk::account {

PasswordChangeDialog::PasswordChangeDialog(services::AccountService& account, QWidget* parent)
    : AccountStepDialog(account, parent)
    , m_ui(std::make_unique<Ui::PasswordChangeDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("passwordChangeDialog"));
    setUpStep(*m_ui->messageLabel, *m_ui->buttons);
    m_ui->rulesView->setLogin(account.account().login);
    m_ui->rulesView->follow(*m_ui->newPasswordEdit, *m_ui->confirmationEdit, m_ui->currentPasswordEdit);
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::changePassword);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->currentPasswordEdit->setFocus();
}

PasswordChangeDialog::~PasswordChangeDialog() = default;

void PasswordChangeDialog::setMinimumLength(int minLength)
{
    m_ui->rulesView->setMinimumLength(minLength);
}

void PasswordChangeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    AccountStepDialog::changeEvent(event);
}

void PasswordChangeDialog::changePassword()
{
    if (m_ui->currentPasswordEdit->text().isEmpty()) {
        showProblem(m_ui->currentPasswordEdit, tr("Enter your current password: the one the portal mailed you."));
        return;
    }
    if (!m_ui->rulesView->check().isMet()) {
        showProblem(m_ui->rulesView->fieldToFix(), m_ui->rulesView->problem());
        return;
    }
    send(services::AccountService::Operation::ChangePassword, tr("Changing the password…"),
         [current = m_ui->currentPasswordEdit->text(), next = m_ui->newPasswordEdit->text(),
          confirmation = m_ui->confirmationEdit->text()](services::AccountService& account) {
             account.changePassword(current, next, confirmation);
         });
}

void PasswordChangeDialog::onFinished(services::AccountService::Operation, const portal::PortalError& error)
{
    if (!error.isError()) {
        accept();
        return;
    }
    showRefusal(error,
                {{QStringLiteral("current_password"), m_ui->currentPasswordEdit},
                 {QStringLiteral("new_password"), m_ui->newPasswordEdit},
                 {QStringLiteral("new_password_confirmation"), m_ui->confirmationEdit}},
                m_ui->newPasswordEdit);
}

void PasswordChangeDialog::retranslate()
{
    m_ui->introLabel->setText(tr("The portal asks you to replace the initial password it mailed you before anything "
                                 "else. Choose a password of your own: the rules below tick as you type it."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change the password"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segurdesk::account
