#include "app/account/ForgottenLoginDialog.h"

#include "core/validation/Email.h"
#include "ui_ForgottenLoginDialog.h"

#include <QEvent>
#include <QPushButton>

namespace segurdesk::account {

ForgottenLoginDialog::ForgottenLoginDialog(services::AccountService& account, QWidget* parent)
    : AccountStepDialog(account, parent)
    , m_ui(std::make_unique<Ui::ForgottenLoginDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("forgottenLoginDialog"));
    setUpStep(*m_ui->messageLabel, *m_ui->buttons);
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ForgottenLoginDialog::sendLogin);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->emailEdit->setFocus();
}

ForgottenLoginDialog::~ForgottenLoginDialog() = default;

void ForgottenLoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    AccountStepDialog::changeEvent(event);
}

void ForgottenLoginDialog::sendLogin()
{
    const ValidationResult email = validation::validateEmail(m_ui->emailEdit->text());
    if (!email.isValid()) {
        showProblem(m_ui->emailEdit, email.message);
        return;
    }
    send(services::AccountService::Operation::RecoverLogin, tr("Asking the portal…"),
         [email = email.normalized](services::AccountService& account) { account.recoverLogin(email); });
}

void ForgottenLoginDialog::onFinished(services::AccountService::Operation, const portal::PortalError& error)
{
    if (error.isError()) {
        showRefusal(error, {{QStringLiteral("email"), m_ui->emailEdit}}, m_ui->emailEdit);
        return;
    }
    showInformation(tr("If an account of the portal uses %1, the portal has mailed its login to that address. "
                       "Look in your mail, then log in with it.")
                        .arg(m_ui->emailEdit->text().trimmed()));
    m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
    retranslate();
}

void ForgottenLoginDialog::retranslate()
{
    m_ui->introLabel->setText(tr("Enter the email address given in your enrollment: the portal will mail the login of "
                                 "your account to it."));
    if (QPushButton* send = m_ui->buttons->button(QDialogButtonBox::Ok)) {
        send->setText(tr("&Send my login"));
        m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    } else {
        m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    }
}

} // namespace segurdesk::account
