#pragma once

#include "sandbox/Clock.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/http/Problem.h"
#include "sandbox/services/Account.h"
#include "sandbox/services/Mailer.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace segurdesk::sandbox {

// ASP Connect accounts: creation at validation, login with lockout, bearer tokens (only their
// SHA-256 is stored), password change and recovery. Passwords are PBKDF2-SHA256 hashes.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    AuthService(SandboxDatabase& db, const Clock& clock, const SandboxConfig& config, Mailer& mailer);

    struct Session
    {
        Account account;
        QString token;
        QDateTime expiresAt;
    };
    struct LoginResult
    {
        enum class Outcome { Ok, Invalid, Locked } outcome = Outcome::Invalid;
        Session session;
        qint64 retryAfterSeconds = 0;
    };
    LoginResult login(const QString& login, const QString& password);

    // The account of a valid, unexpired, unrevoked token; `tokenHash` receives its hash.
    std::optional<Account> authenticate(const QByteArray& authorizationHeader, QString* tokenHash);
    void logout(const QString& tokenHash);

    // Errors, or a fresh session (every other token of the account is revoked).
    std::optional<Session> changePassword(const Account& account, const QString& current, const QString& next,
                                          const QString& confirmation, QList<FieldError>* errors);
    QList<FieldError> setSecretQuestion(const Account& account, const QString& question, const QString& answer);
    void forgotLogin(const QString& email);
    void forgotPassword(const QString& login);
    QList<FieldError> resetPassword(const QString& login, const QString& code, const QString& secretAnswer,
                                    const QString& next, const QString& confirmation);

    struct Created
    {
        Account account;
        QString initialPassword; // empty when the account already existed
    };
    // The account of `email`, created with a random initial password when there is none.
    // Runs inside the caller's transaction.
    std::optional<Created> findOrCreateAccount(const QString& email, const QString& displayName);

    static QJsonObject sessionJson(const Account& account, const QString& token = QString(),
                                   const QDateTime& expiresAt = QDateTime());

private:
    // Valid sessions by token hash, so that polling does not query the database for every
    // request. Every change of a token or of an account's state goes through this class and
    // drops the entries it affects.
    struct CachedSession
    {
        Account account;
        qint64 expiresAt = 0;
    };
    static constexpr qsizetype MaxCachedSessions = 10000;
    void forgetSessions(qint64 accountId);

    std::optional<Account> accountByLogin(const QString& login);
    Session issueToken(const Account& account);
    void recordFailure(const QString& login, qint64 now, LoginResult* result);

    SandboxDatabase& m_db;
    const Clock& m_clock;
    const SandboxConfig& m_config;
    Mailer& m_mailer;
    QHash<QString, CachedSession> m_sessions;
};

} // namespace segurdesk::sandbox
