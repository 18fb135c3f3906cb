#include "app/account/LoginDialog.h"

#include "app/widgets/SeverityColour.h"
#include "core/services/AccountService.h"
#include "core/services/DossierSync.h"
#include "ui_LoginDialog.h"

#include <QEvent>
#include <QPushButton>

namespace segurdesk::account {

LoginDialog::LoginDialog(services::AccountService& account, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_account(account)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    // Wide enough for the introduction and a refusal to read in a few lines.
    setMinimumWidth(52 * fontMetrics().averageCharWidth());
    m_ui->loginEdit->setText(login);
    m_ui->messageLabel->hide();
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_account, &services::AccountService::finished, this,
            [this](services::AccountService::Operation operation, const portal::PortalError& error) {
                if (operation == services::AccountService::Operation::LogIn)
                    onLoggedIn(error);
            });
    (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::logIn()
{
    if (login().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        widgets::showProblem(*m_ui->messageLabel, login().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit,
                             tr("Enter the login and the password the portal gave you."));
        return;
    }
    setBusy(true);
    m_ui->messageLabel->setPalette(palette());
    m_ui->messageLabel->setText(tr("Logging in…"));
    m_ui->messageLabel->show();
    m_account.logIn(login(), m_ui->passwordEdit->text());
}

void LoginDialog::onLoggedIn(const portal::PortalError& error)
{
    setBusy(false);
    m_ui->passwordEdit->clear();
    if (services::DossierSync::isUnreachable(error)) {
        m_unreachable = error;
        accept();
        return;
    }
    if (error.isError()) {
        widgets::showProblem(*m_ui->messageLabel, m_ui->passwordEdit, error.message());
        m_ui->passwordEdit->setFocus();
        return;
    }
    if (!m_account.isReadyForDossiers()) {
        // The portal opens no dossier before these two steps, which it asks for at first login.
        widgets::showProblem(*m_ui->messageLabel, m_ui->loginEdit,
                             m_account.account().mustChangePassword
                                 ? tr("The portal asks you to change your initial password before anything else: "
                                      "run segurdesk-cli password --login %1, then log in again here.")
                                       .arg(login())
                                 : tr("The portal asks you to choose a secret question before anything else: run "
                                      "segurdesk-cli secret-question --login %1 --question \"…\", then log in "
                                      "again here.")
                                       .arg(login()));
        return;
    }
    accept();
}

void LoginDialog::reject()
{
    // A login under way ends first: its session would otherwise be left open with nobody to close it.
    if (!m_account.isBusy())
        QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttons->setEnabled(!busy);
}

void LoginDialog::retranslate()
{
    m_ui->introLabel->setText(tr("Your dossiers are read from the portal with your account's login and password. "
                                 "The password is not kept on this computer."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log &in"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segurdesk::account
