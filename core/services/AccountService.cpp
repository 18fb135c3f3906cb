#include "core/services/AccountService.h"

#include "core/portal/Clock.h"
#include "core/portal/ForgotLoginRequest.h"
#include "core/portal/ForgotPasswordRequest.h"
#include "core/portal/LoginRequest.h"
#include "core/portal/LogoutRequest.h"
#include "core/portal/PasswordChangeRequest.h"
#include "core/portal/PortalClient.h"
#include "core/portal/ResetPasswordRequest.h"
#include "core/portal/SecretQuestionRequest.h"
#include "core/portal/SessionTokenRequest.h"
#include "core/services/ReleaseLater.h"

#include <limits>
#include <type_traits>

namespace segurdesk::services {

AccountService::AccountService(portal::PortalClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_expiry.setSingleShot(true);
    // The portal would refuse the next call anyway: the front end learns it without making one.
    connect(&m_expiry, &QTimer::timeout, &m_client, &portal::PortalClient::clearBearerToken);
    connect(&m_client, &portal::PortalClient::authenticationChanged, this, &AccountService::onAuthenticationChanged);
}

AccountService::~AccountService()
{
    // A logout cut short (its owner is going) still ends the session on this side: the request
    // dies without an answer, and the token must not outlive it in the client.
    if (m_loggingOut)
        m_client.clearBearerToken();
}

bool AccountService::isLoggedIn() const
{
    return m_client.isAuthenticated() && !m_account.login.isEmpty();
}

template<typename Request, typename... Arguments>
void AccountService::run(Operation operation, Arguments&&... arguments)
{
    Q_ASSERT(!isBusy());
    auto request = std::make_unique<Request>(m_client, std::forward<Arguments>(arguments)...);
    connect(request.get(), &portal::PortalRequest::finished, this, [this, operation, typed = request.get()] {
        // Login and password change answer with the session; the others with nothing.
        std::optional<portal::Session> session;
        if constexpr (std::is_base_of_v<portal::SessionTokenRequest, Request>) {
            if (typed->succeeded())
                session = typed->value();
        }
        onFinished(operation, session);
    });
    m_running = std::move(request);
    m_running->start();
}

void AccountService::logIn(const QString& login, const QString& password)
{
    run<portal::LoginRequest>(Operation::LogIn, login, password);
}

void AccountService::changePassword(const QString& currentPassword, const QString& newPassword,
                                    const QString& confirmation)
{
    run<portal::PasswordChangeRequest>(Operation::ChangePassword, currentPassword, newPassword, confirmation);
}

void AccountService::setSecretQuestion(const QString& question, const QString& answer)
{
    run<portal::SecretQuestionRequest>(Operation::SetSecretQuestion, question, answer);
}

void AccountService::recoverLogin(const QString& email)
{
    run<portal::ForgotLoginRequest>(Operation::RecoverLogin, email);
}

void AccountService::requestPasswordReset(const QString& login)
{
    run<portal::ForgotPasswordRequest>(Operation::RequestPasswordReset, login);
}

void AccountService::resetPassword(const QString& login, const QString& code, const QString& secretAnswer,
                                   const QString& newPassword, const QString& confirmation)
{
    run<portal::ResetPasswordRequest>(Operation::ResetPassword, login, code, secretAnswer, newPassword, confirmation);
}

void AccountService::logOut()
{
    m_loggingOut = true;
    run<portal::LogoutRequest>(Operation::LogOut);
}

void AccountService::onFinished(Operation operation, const std::optional<portal::Session>& session)
{
    const portal::PortalError error = m_running->error();
    releaseLater(m_running);
    if (session) {
        m_account = *session;
        watchExpiry();
    } else if (!error.isError() && operation == Operation::SetSecretQuestion) {
        m_account.secretQuestionSet = true;
    }
    if (operation == Operation::LogOut) {
        // The client forgets the token whatever the portal answered.
        m_loggingOut = false;
        m_account = {};
        m_expiry.stop();
    }
    emit finished(operation, error);
}

void AccountService::watchExpiry()
{
    if (!m_account.expiresAt.isValid())
        return m_expiry.stop();
    const qint64 left = m_client.clock().nowUtc().msecsTo(m_account.expiresAt);
    // Already past by this computer's clock (it runs ahead of the portal's), or longer than QTimer
    // counts: the portal's 401 ends the session instead.
    if (left <= 0 || left > std::numeric_limits<int>::max())
        return m_expiry.stop();
    m_expiry.start(int(left));
}

void AccountService::onAuthenticationChanged(bool authenticated)
{
    if (authenticated || m_account.login.isEmpty() || m_loggingOut)
        return;
    m_account = {};
    m_expiry.stop();
    // The client says so from inside the finishing request: the front end hears it from the loop.
    QMetaObject::invokeMethod(this, &AccountService::expired, Qt::QueuedConnection);
}

} // namespace segurdesk::services
