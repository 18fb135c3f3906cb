#include "app/account/LoginDialog.h"

#include "core/services/DossierSync.h"
#include "ui_LoginDialog.h"

#include <QEvent>
#include <QPushButton>

namespace segurdesk::account {

LoginDialog::LoginDialog(services::AccountService& account, const QString& login, QWidget* parent)
    : AccountStepDialog(account, parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    setUpStep(*m_ui->messageLabel, *m_ui->buttons);
    m_ui->loginEdit->setText(login);
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->forgotLoginButton, &QPushButton::clicked, this, &LoginDialog::forgotLoginRequested);
    connect(m_ui->forgotPasswordButton, &QPushButton::clicked, this, &LoginDialog::forgotPasswordRequested);
    (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void LoginDialog::setLogin(const QString& login, const QString& information)
{
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    showInformation(information);
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    AccountStepDialog::changeEvent(event);
}

void LoginDialog::logIn()
{
    if (login().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        showProblem(login().isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit,
                    tr("Enter the login and the password the portal gave you."));
        return;
    }
    send(services::AccountService::Operation::LogIn, tr("Logging in…"),
         [login = login(), password = m_ui->passwordEdit->text()](services::AccountService& account) {
             account.logIn(login, password);
         });
}

void LoginDialog::onFinished(services::AccountService::Operation, const portal::PortalError& error)
{
    m_ui->passwordEdit->clear();
    if (services::DossierSync::isUnreachable(error)) {
        m_unreachable = error;
        accept();
    } else if (error.isError()) {
        showProblem(m_ui->passwordEdit, error.message());
    } else {
        accept();
    }
}

void LoginDialog::retranslate()
{
    m_ui->introLabel->setText(tr("Your dossiers are read from the portal with your account's login and password. "
                                 "The password is not kept on this computer."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log &in"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace segurdesk::account
