#include "app/account/AccountFlow.h"

#include "app/account/ForgottenLoginDialog.h"
#include "app/account/LoginDialog.h"
#include "app/account/PasswordChangeDialog.h"
#include "app/account/PasswordResetDialog.h"
#include "app/account/SecretQuestionDialog.h"
#include "core/services/AccountService.h"
#include "core/services/PortalLookups.h"

namespace segurdesk::account {

AccountFlow::AccountFlow(services::AccountService& account, portal::PortalClient& client, QWidget& parent)
    : m_account(account)
    , m_parent(parent)
    , m_lookups(std::make_unique<services::PortalLookups>(client))
{
    // A /config that cannot be read (the client logs why) leaves the rules at the portal's
    // usual length; the portal still refuses a password that is too short, at its field.
    // What the user did is said once the session is closed: the dashboard then goes away.
    connect(
        &m_account, &services::AccountService::finished, this, [this](services::AccountService::Operation operation) {
            if (operation != services::AccountService::Operation::LogOut || !std::exchange(m_closing, false))
                return;
            emit cancelled(m_passwordChanged ? tr("Your password has been changed. The portal will ask for your secret "
                                                  "question at your next login.")
                                             : QString());
        });
    connect(m_lookups.get(), &services::PortalLookups::configReady, this, [this](const portal::PortalConfig& config) {
        if (!config.auth.passwordMinLength)
            return;
        m_minLength = int(*config.auth.passwordMinLength);
        if (m_passwordChange)
            m_passwordChange->setMinimumLength(*m_minLength);
        if (m_passwordReset)
            m_passwordReset->setMinimumLength(*m_minLength);
    });
}

AccountFlow::~AccountFlow()
{
    // The dialogs use the account, which goes with this flow's owner: they go first (a dialog
    // opened over the login dialog is its child).
    delete m_step.data();
    delete m_login.data();
}

void AccountFlow::start(const QString& login)
{
    // While the session of a first login given up closes, nothing opens: the flow is ending.
    if (m_closing || (m_step == m_login && m_login))
        return;
    // The session ended during a first-login step: it can do nothing more, the login comes again.
    if (m_step)
        discardStep();
    // The login typed in this flow comes again when the session ends before it is ready.
    m_login = new LoginDialog(m_account, login.isEmpty() ? m_user : login, &m_parent);
    connect(m_login, &QDialog::accepted, this, [this, dialog = m_login] {
        m_user = dialog->login();
        if (dialog->unreachable())
            emit ready(m_user, dialog->unreachable());
        else
            nextStep();
    });
    connect(m_login, &QDialog::rejected, this, [this] { emit cancelled(QString()); });
    connect(m_login, &LoginDialog::forgotLoginRequested, this, &AccountFlow::forgotLogin);
    connect(m_login, &LoginDialog::forgotPasswordRequested, this, &AccountFlow::forgotPassword);
    openStep(m_login);
}

void AccountFlow::nextStep()
{
    if (m_account.isReadyForDossiers()) {
        emit ready(m_user, std::nullopt);
        return;
    }
    QDialog* step = nullptr;
    if (m_account.account().mustChangePassword) {
        m_passwordChange = new PasswordChangeDialog(m_account, &m_parent);
        if (m_minLength)
            m_passwordChange->setMinimumLength(*m_minLength);
        else
            m_lookups->requestConfig();
        step = m_passwordChange;
    } else {
        step = new SecretQuestionDialog(m_account, &m_parent);
    }
    if (step == m_passwordChange)
        connect(step, &QDialog::accepted, this, [this] { m_passwordChanged = true; });
    connect(step, &QDialog::accepted, this, &AccountFlow::nextStep);
    connect(step, &QDialog::rejected, this, &AccountFlow::cancel);
    openStep(step);
}

void AccountFlow::openStep(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_step = dialog;
    dialog->open();
}

void AccountFlow::forgotLogin()
{
    auto* dialog = new ForgottenLoginDialog(m_account, m_login);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountFlow::forgotPassword()
{
    m_passwordReset = new PasswordResetDialog(m_account, m_login->login(), m_login);
    m_passwordReset->setAttribute(Qt::WA_DeleteOnClose);
    if (m_minLength)
        m_passwordReset->setMinimumLength(*m_minLength);
    else
        m_lookups->requestConfig();
    connect(m_passwordReset, &QDialog::accepted, this, [this, dialog = m_passwordReset] {
        if (m_login)
            m_login->setLogin(dialog->login(), tr("Your password has been reset: log in with the new one."));
    });
    m_passwordReset->open();
}

void AccountFlow::discardStep()
{
    m_step->disconnect(this);
    m_step->hide();
    m_step->deleteLater();
    m_step.clear();
}

void AccountFlow::cancel()
{
    m_closing = true;
    m_account.logOut();
}

} // namespace segurdesk::account
