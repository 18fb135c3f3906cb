#include "sandbox/services/AuthService.h"

#include "core/validation/AccountSecrets.h"
#include "sandbox/services/PasswordPolicy.h"
#include "sandbox/services/SecureTokens.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace segurdesk::sandbox {

namespace {

const QString kAccountColumns = QStringLiteral(
    "id, login, email, display_name, must_change_password, secret_question IS NOT NULL, password_hash, "
    "initial_password_hash, secret_question, secret_answer_hash");

Account accountFrom(const QSqlQuery& query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.login = query.value(1).toString();
    account.email = query.value(2).toString();
    account.displayName = query.value(3).toString();
    account.mustChangePassword = query.value(4).toBool();
    account.secretQuestionSet = query.value(5).toBool();
    return account;
}

} // namespace

AuthService::AuthService(SandboxDatabase& db, const Clock& clock, const SandboxConfig& config, Mailer& mailer)
    : m_db(db)
    , m_clock(clock)
    , m_config(config)
    , m_mailer(mailer)
{ }

std::optional<Account> AuthService::accountByLogin(const QString& login)
{
    QSqlQuery& query = m_db.run(QStringLiteral("SELECT %1 FROM accounts WHERE login = ?").arg(kAccountColumns),
                                {login.trimmed().toLower()});
    if (!query.next())
        return std::nullopt;
    return accountFrom(query);
}

AuthService::LoginResult AuthService::login(const QString& login, const QString& password)
{
    LoginResult result;
    const QString key = login.trimmed().toLower();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 lockedUntil
        = m_db.scalar(QStringLiteral("SELECT locked_until FROM login_failures WHERE login = ?"), {key}).toLongLong();
    if (lockedUntil > now) {
        result.outcome = LoginResult::Outcome::Locked;
        result.retryAfterSeconds = (lockedUntil - now + 999) / 1000;
        return result;
    }
    QSqlQuery& query = m_db.run(QStringLiteral("SELECT %1 FROM accounts WHERE login = ?").arg(kAccountColumns), {key});
    const bool known = query.next();
    // An unknown login costs the same hash as a known one: timing must not tell them apart.
    const QString stored = known ? query.value(6).toString()
                                 : SecureTokens::hashPassword(QStringLiteral("-"), m_config.pbkdf2Iterations());
    if (!SecureTokens::verifyPassword(password, stored) || !known) {
        recordFailure(key, now, &result);
        return result;
    }
    m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {key});
    result.outcome = LoginResult::Outcome::Ok;
    result.session = issueToken(accountFrom(query));
    return result;
}

void AuthService::recordFailure(const QString& login, qint64 now, LoginResult* result)
{
    m_db.run(QStringLiteral("INSERT INTO login_failures (login, failures, locked_until) VALUES (?, 1, 0)"
                            " ON CONFLICT(login) DO UPDATE SET failures = failures + 1"),
             {login});
    const int failures
        = m_db.scalar(QStringLiteral("SELECT failures FROM login_failures WHERE login = ?"), {login}).toInt();
    result->outcome = LoginResult::Outcome::Invalid;
    if (failures >= m_config.lockoutAttempts()) {
        const qint64 until = now + m_config.lockoutSeconds() * 1000;
        m_db.run(QStringLiteral("UPDATE login_failures SET failures = 0, locked_until = ? WHERE login = ?"),
                 {until, login});
        result->outcome = LoginResult::Outcome::Locked;
        result->retryAfterSeconds = m_config.lockoutSeconds();
    }
}

AuthService::Session AuthService::issueToken(const Account& account)
{
    Session session;
    session.account = account;
    session.token = SecureTokens::randomHex(32);
    session.expiresAt = m_clock.now().addSecs(m_config.tokenTtlSeconds());
    m_db.run(QStringLiteral("INSERT INTO tokens (token_hash, account_id, expires_at) VALUES (?, ?, ?)"),
             {SecureTokens::sha256Hex(session.token.toLatin1()), account.id, session.expiresAt.toMSecsSinceEpoch()});
    return session;
}

std::optional<Account> AuthService::authenticate(const QByteArray& authorizationHeader, QString* tokenHash)
{
    if (!authorizationHeader.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray token = authorizationHeader.mid(7).trimmed();
    if (token.size() != 64)
        return std::nullopt;
    const QString hash = SecureTokens::sha256Hex(token);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (const auto cached = m_sessions.constFind(hash); cached != m_sessions.cend() && cached->expiresAt > now) {
        *tokenHash = hash;
        return cached->account;
    }
    QSqlQuery& query = m_db.run(
        QStringLiteral("SELECT a.id, a.login, a.email, a.display_name, a.must_change_password,"
                       " a.secret_question IS NOT NULL, t.expires_at FROM tokens t JOIN accounts a"
                       " ON a.id = t.account_id WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ?"),
        {hash, now});
    if (!query.next())
        return std::nullopt;
    *tokenHash = hash;
    const Account account = accountFrom(query);
    if (m_sessions.size() >= MaxCachedSessions)
        m_sessions.clear();
    m_sessions.insert(hash, {account, query.value(6).toLongLong()});
    return account;
}

void AuthService::forgetSessions(qint64 accountId)
{
    m_sessions.removeIf([accountId](const auto& it) { return it.value().account.id == accountId; });
}

void AuthService::logout(const QString& tokenHash)
{
    m_db.run(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"), {tokenHash});
    m_sessions.remove(tokenHash);
}

std::optional<AuthService::Session> AuthService::changePassword(const Account& account, const QString& current,
                                                                const QString& next, const QString& confirmation,
                                                                QList<FieldError>* errors)
{
    QSqlQuery& query = m_db.run(
        QStringLiteral("SELECT password_hash, initial_password_hash FROM accounts WHERE id = ?"), {account.id});
    if (!query.next())
        return std::nullopt;
    if (!SecureTokens::verifyPassword(current, query.value(0).toString())) {
        errors->append({QStringLiteral("current_password"), QStringLiteral("password.wrong_current"),
                        tr("The current password is wrong.")});
        return std::nullopt;
    }
    *errors = PasswordPolicy::check(next, confirmation, account.login, current, m_config.passwordMinLength());
    if (next != current && SecureTokens::verifyPassword(next, query.value(1).toString())) {
        errors->append({QStringLiteral("new_password"), QStringLiteral("password.initial"),
                        tr("The initial password cannot be kept.")});
    }
    if (!errors->isEmpty())
        return std::nullopt;
    m_db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0 WHERE id = ?"),
             {SecureTokens::hashPassword(next, m_config.pbkdf2Iterations()), account.id});
    m_db.run(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ?"), {account.id});
    forgetSessions(account.id);
    Account updated = account;
    updated.mustChangePassword = false;
    return issueToken(updated);
}

QList<FieldError> AuthService::setSecretQuestion(const Account& account, const QString& question, const QString& answer)
{
    QList<FieldError> errors;
    const ValidationResult checkedQuestion = validation::validateSecretQuestion(question);
    if (!checkedQuestion.isValid())
        errors.append({QStringLiteral("question"), checkedQuestion.code, checkedQuestion.message});
    const ValidationResult checkedAnswer = validation::validateSecretAnswer(answer);
    if (!checkedAnswer.isValid())
        errors.append({QStringLiteral("answer"), checkedAnswer.code, checkedAnswer.message});
    if (errors.isEmpty()) {
        m_db.run(QStringLiteral("UPDATE accounts SET secret_question = ?, secret_answer_hash = ? WHERE id = ?"),
                 {checkedQuestion.normalized,
                  SecureTokens::hashPassword(checkedAnswer.normalized, m_config.pbkdf2Iterations()), account.id});
        forgetSessions(account.id);
    }
    return errors;
}

void AuthService::forgotLogin(const QString& email)
{
    QSqlQuery& query = m_db.run(QStringLiteral("SELECT id, login, email FROM accounts WHERE lower(email) = ?"),
                                {email.trimmed().toLower()});
    while (query.next()) {
        OutgoingMail mail;
        mail.accountId = query.value(0).toLongLong();
        mail.kind = QStringLiteral("forgot_login");
        mail.to = query.value(2).toString();
        mail.subject = tr("Ségur Numérique portal: your login");
        mail.body = tr("Hello,\n\nYou asked for your login to the Ségur Numérique portal of the ASP.\n\n"
                       "Your login: %1\n\nIf you did not ask for it, ignore this message.\n\nThe ASP")
                        .arg(query.value(1).toString());
        m_mailer.send(mail);
    }
}

void AuthService::forgotPassword(const QString& login)
{
    QSqlQuery& query = m_db.run(QStringLiteral("SELECT id, email, secret_question FROM accounts WHERE login = ?"),
                                {login.trimmed().toLower()});
    if (!query.next())
        return;
    const qint64 accountId = query.value(0).toLongLong();
    const QString code = SecureTokens::randomDigits(8);
    m_db.run(QStringLiteral("INSERT OR REPLACE INTO reset_codes (account_id, code_hash, expires_at) VALUES (?, ?, ?)"),
             {accountId, SecureTokens::sha256Hex(code.toLatin1()),
              m_clock.now().addSecs(m_config.resetCodeTtlSeconds()).toMSecsSinceEpoch()});
    OutgoingMail mail;
    mail.accountId = accountId;
    mail.kind = QStringLiteral("password_reset");
    mail.to = query.value(1).toString();
    mail.subject = tr("Ségur Numérique portal: reset your password");
    QString body = tr("Hello,\n\nYour password reset code: %1\nIt is valid for %2 minutes and can be used once.\n")
                       .arg(code)
                       .arg(m_config.resetCodeTtlSeconds() / 60);
    if (!query.value(2).isNull())
        body
            += tr("You will also be asked the answer to your secret question: \"%1\"\n").arg(query.value(2).toString());
    mail.body = body + tr("\nIf you did not ask for it, ignore this message.\n\nThe ASP");
    mail.secret = code;
    m_mailer.send(mail);
}

QList<FieldError> AuthService::resetPassword(const QString& login, const QString& code, const QString& secretAnswer,
                                             const QString& next, const QString& confirmation)
{
    QList<FieldError> invalid {
        {QStringLiteral("code"), QStringLiteral("reset.invalid"),
         tr("The code, the login or the answer to the secret question is wrong, or the code has expired.")}};
    QSqlQuery& query = m_db.run(
        QStringLiteral("SELECT a.id, a.login, r.code_hash, r.expires_at, a.secret_answer_hash FROM accounts a"
                       " JOIN reset_codes r ON r.account_id = a.id WHERE a.login = ?"),
        {login.trimmed().toLower()});
    if (!query.next())
        return invalid;
    const qint64 accountId = query.value(0).toLongLong();
    const bool codeOk = SecureTokens::sha256Hex(code.trimmed().toLatin1()) == query.value(2).toString()
        && query.value(3).toLongLong() > m_clock.now().toMSecsSinceEpoch();
    const bool answerOk = query.value(4).isNull()
        || SecureTokens::verifyPassword(validation::normalizeSecretAnswer(secretAnswer), query.value(4).toString());
    if (!codeOk || !answerOk) {
        // A wrong guess burns the code: it cannot be brute-forced.
        m_db.run(QStringLiteral("DELETE FROM reset_codes WHERE account_id = ?"), {accountId});
        return invalid;
    }
    QList<FieldError> errors
        = PasswordPolicy::check(next, confirmation, query.value(1).toString(), QString(), m_config.passwordMinLength());
    if (!errors.isEmpty())
        return errors;
    m_db.run(QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0 WHERE id = ?"),
             {SecureTokens::hashPassword(next, m_config.pbkdf2Iterations()), accountId});
    m_db.run(QStringLiteral("DELETE FROM reset_codes WHERE account_id = ?"), {accountId});
    m_db.run(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ?"), {accountId});
    forgetSessions(accountId);
    m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {query.value(1).toString()});
    return {};
}

std::optional<AuthService::Created> AuthService::findOrCreateAccount(const QString& email, const QString& displayName)
{
    QSqlQuery& existing = m_db.run(
        QStringLiteral("SELECT %1 FROM accounts WHERE lower(email) = ? ORDER BY id LIMIT 1").arg(kAccountColumns),
        {email.trimmed().toLower()});
    if (existing.next())
        return Created {accountFrom(existing), QString()};
    QString login;
    do {
        login = QStringLiteral("mss-") + SecureTokens::randomDigits(6);
    } while (accountByLogin(login));
    const QString password = SecureTokens::randomPassword(16);
    const QString hash = SecureTokens::hashPassword(password, m_config.pbkdf2Iterations());
    QSqlQuery& insert = m_db.run(
        QStringLiteral("INSERT INTO accounts (login, email, display_name, password_hash, initial_password_hash,"
                       " must_change_password, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)"),
        {login, email.trimmed(), displayName, hash, hash, m_clock.now().toMSecsSinceEpoch()});
    if (!insert.isActive())
        return std::nullopt;
    Account account;
    account.id = insert.lastInsertId().toLongLong();
    account.login = login;
    account.email = email.trimmed();
    account.displayName = displayName;
    return Created {account, password};
}

QJsonObject AuthService::sessionJson(const Account& account, const QString& token, const QDateTime& expiresAt)
{
    QJsonObject json {{QStringLiteral("login"), account.login},
                      {QStringLiteral("email"), account.email},
                      {QStringLiteral("display_name"), account.displayName},
                      {QStringLiteral("must_change_password"), account.mustChangePassword},
                      {QStringLiteral("secret_question_set"), account.secretQuestionSet}};
    if (!token.isEmpty()) {
        json.insert(QStringLiteral("token"), token);
        json.insert(QStringLiteral("expires_at"), expiresAt.toString(Qt::ISODate));
    }
    return json;
}

} // namespace segurdesk::sandbox
