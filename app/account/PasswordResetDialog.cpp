#include "app/account/PasswordResetDialog.h"

#include "ui_PasswordResetDialog.h"

#include <QEvent>
#include <QPushButton>

namespace segurdesk::account {

PasswordResetDialog::PasswordResetDialog(services::AccountService& account, const QString& login, QWidget* parent)
    : AccountStepDialog(account, parent)
    , m_ui(std::make_unique<Ui::PasswordResetDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("passwordResetDialog"));
    setUpStep(*m_ui->messageLabel, *m_ui->buttons);
    m_ui->loginEdit->setText(login);
    m_ui->rulesView->setLogin(login);
    m_ui->rulesView->follow(*m_ui->newPasswordEdit, *m_ui->confirmationEdit);
    retranslate();
    connect(m_ui->loginEdit, &QLineEdit::textChanged, m_ui->rulesView, &PasswordRulesView::setLogin);
    connect(m_ui->sendCodeButton, &QPushButton::clicked, this, &PasswordResetDialog::sendCode);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::resetPassword);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (login.isEmpty() ? m_ui->loginEdit : m_ui->codeEdit)->setFocus();
}

PasswordResetDialog::~PasswordResetDialog() = default;

QString PasswordResetDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void PasswordResetDialog::setMinimumLength(int minLength)
{
    m_ui->rulesView->setMinimumLength(minLength);
}

void PasswordResetDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    AccountStepDialog::changeEvent(event);
}

void PasswordResetDialog::sendCode()
{
    if (login().isEmpty()) {
        showProblem(m_ui->loginEdit, tr("Enter your login: the code is mailed to the address of its account."));
        return;
    }
    send(services::AccountService::Operation::RequestPasswordReset, tr("Asking the portal for a code…"),
         [login = login()](services::AccountService& account) { account.requestPasswordReset(login); });
}

void PasswordResetDialog::resetPassword()
{
    if (login().isEmpty() || m_ui->codeEdit->text().trimmed().isEmpty()) {
        showProblem(login().isEmpty() ? m_ui->loginEdit : m_ui->codeEdit,
                    tr("Enter your login and the code the portal mailed you (ask for one with \"Send me a code\")."));
        return;
    }
    if (!m_ui->rulesView->check().isMet()) {
        showProblem(m_ui->rulesView->fieldToFix(), m_ui->rulesView->problem());
        return;
    }
    send(services::AccountService::Operation::ResetPassword, tr("Resetting the password…"),
         [login = login(), code = m_ui->codeEdit->text().trimmed(), answer = m_ui->answerEdit->text(),
          next = m_ui->newPasswordEdit->text(), confirmation = m_ui->confirmationEdit->text()](
             services::AccountService& account) { account.resetPassword(login, code, answer, next, confirmation); });
}

void PasswordResetDialog::onFinished(services::AccountService::Operation operation, const portal::PortalError& error)
{
    if (error.isError()) {
        showRefusal(error,
                    {{QStringLiteral("code"), m_ui->codeEdit},
                     {QStringLiteral("new_password"), m_ui->newPasswordEdit},
                     {QStringLiteral("new_password_confirmation"), m_ui->confirmationEdit}},
                    operation == services::AccountService::Operation::ResetPassword ? m_ui->codeEdit : m_ui->loginEdit);
        return;
    }
    if (operation == services::AccountService::Operation::ResetPassword) {
        accept();
        return;
    }
    showInformation(tr("If %1 is the login of an account, the portal has mailed a code to its address. The mail also "
                       "gives your secret question.")
                        .arg(login()));
    m_ui->codeEdit->setFocus();
}

void PasswordResetDialog::retranslate()
{
    m_ui->introLabel->setText(tr("Ask the portal for a code: it mails one to the address of your account. Then enter "
                                 "it with the answer to your secret question and your new password."));
    m_ui->sendCodeButton->setText(tr("Send me a &code"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset the password"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segurdesk::account
