#pragma once

#include "core/portal/PortalError.h"
#include "core/portal/Session.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace segurdesk::portal {
class PortalClient;
class PortalRequest;
} // namespace segurdesk::portal

namespace segurdesk::services {

// The operator's account on the portal, as both front ends drive it: logging in, the password
// change the portal forces at first login, the secret question, the recovery of a forgotten
// login or password, logging out, and the session's end.
//
// The bearer token stays in the PortalClient (never here, never on disk). account() is what
// the portal said of the session last. The session ends (expired()) when the portal answers
// 401 to any call made on the client, or when its expiry time passes: the client then forgets
// the token, and the front end asks for the password again.
//
// Asynchronous, on the thread that owns it, one operation at a time: each call returns at once
// and finished() follows from the event loop with the operation and its error (none on
// success). The client must outlive this object.
class AccountService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    enum class Operation {
        LogIn,
        ChangePassword,
        SetSecretQuestion,
        RecoverLogin,
        RequestPasswordReset,
        ResetPassword,
        LogOut,
    };
    Q_ENUM(Operation)

    explicit AccountService(portal::PortalClient& client, QObject* parent = nullptr);
    ~AccountService() override;

    void logIn(const QString& login, const QString& password);
    // After logIn(): the portal then issues a new session.
    void changePassword(const QString& currentPassword, const QString& newPassword, const QString& confirmation);
    void setSecretQuestion(const QString& question, const QString& answer);
    // Mails the logins attached to `email`; the portal answers the same whether it knows it or not.
    void recoverLogin(const QString& email);
    // Mails a one-time code for `login`, for resetPassword().
    void requestPasswordReset(const QString& login);
    // `secretAnswer` empty when the account has no secret question.
    void resetPassword(const QString& login, const QString& code, const QString& secretAnswer,
                       const QString& newPassword, const QString& confirmation);
    void logOut();

    bool isBusy() const { return m_running != nullptr; }
    bool isLoggedIn() const;
    const portal::Session& account() const { return m_account; }
    // Dossier calls may go: logged in, the initial password changed and the secret question set.
    bool isReadyForDossiers() const
    {
        return isLoggedIn() && !m_account.mustChangePassword && m_account.secretQuestionSet;
    }

signals:
    void finished(segurdesk::services::AccountService::Operation operation,
                  const segurdesk::portal::PortalError& error);
    // The session ended without logOut(): the portal refused its token, or it expired.
    void expired();

private:
    template<typename Request, typename... Arguments> void run(Operation operation, Arguments&&... arguments);
    void onFinished(Operation operation, const std::optional<portal::Session>& session);
    void watchExpiry();
    void onAuthenticationChanged(bool authenticated);

    portal::PortalClient& m_client;
    portal::Session m_account;
    std::unique_ptr<portal::PortalRequest> m_running;
    QTimer m_expiry;
    bool m_loggingOut = false;
};

} // namespace segurdesk::services
