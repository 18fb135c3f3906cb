#include "cli/AccountSession.h"

#include "cli/ArgumentList.h"
#include "cli/Command.h"
#include "cli/SecretInput.h"
#include "core/services/LocalData.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

// The account fields a portal refusal names; dossier fields keep their JSON path.
QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("new_password"))
        return QCoreApplication::translate("cli", "New password");
    if (field == QLatin1String("new_password_confirmation"))
        return QCoreApplication::translate("cli", "Confirmation");
    if (field == QLatin1String("current_password"))
        return QCoreApplication::translate("cli", "Current password");
    if (field == QLatin1String("question"))
        return QCoreApplication::translate("cli", "Secret question");
    if (field == QLatin1String("answer"))
        return QCoreApplication::translate("cli", "Answer");
    return field;
}

} // namespace

Task<std::unique_ptr<AccountSession>> AccountSession::take(ArgumentList& arguments, QTextStream& err, int& exitCode)
{
    const std::optional<QString> login = arguments.takeValue(QStringLiteral("--login"));
    if (!login || login->trimmed().isEmpty()) {
        err << QCoreApplication::translate("cli",
                                           "This command needs your portal login: --login ID (the password is read "
                                           "from stdin or from SEGURDESK_PASSWORD).")
            << Qt::endl;
        exitCode = UsageError;
        co_return nullptr;
    }
    QStringList rest = arguments.rest();
    std::unique_ptr<PortalSession> portalSession = co_await PortalSession::open(rest, err, exitCode);
    if (!portalSession)
        co_return nullptr;
    arguments = ArgumentList(rest);
    std::unique_ptr<AccountSession> session(new AccountSession);
    session->m_portal = std::move(portalSession);
    session->m_service = std::make_unique<services::AccountService>(session->m_portal->client());
    session->m_login = login->trimmed();
    co_return session;
}

Task<std::unique_ptr<AccountSession>>
AccountSession::takeWithoutOperands(ArgumentList& arguments, const QString& synopsis, QTextStream& err, int& exitCode)
{
    std::unique_ptr<AccountSession> session = co_await take(arguments, err, exitCode);
    if (session && !arguments.rest().isEmpty()) {
        err << QCoreApplication::translate("cli", "Unexpected argument \"%1\".").arg(arguments.rest().first()) << '\n'
            << "  " << synopsis << Qt::endl;
        exitCode = UsageError;
        co_return nullptr;
    }
    co_return session;
}

QString AccountSession::cacheAccount() const
{
    return services::LocalData::cacheAccountOf(m_portal->identity(), m_login);
}

Task<int> AccountSession::logIn(Purpose purpose, QTextStream& err)
{
    const std::optional<QString> password = SecretInput::read(
        "SEGURDESK_PASSWORD", QCoreApplication::translate("cli", "Password for %1: ").arg(m_login), err);
    if (!password || password->isEmpty()) {
        err << QCoreApplication::translate("cli",
                                           "No password: give it on the first line of stdin or in the "
                                           "SEGURDESK_PASSWORD environment variable.")
            << Qt::endl;
        co_return UsageError;
    }
    m_failure = co_await run([&](services::AccountService& service) { service.logIn(m_login, *password); });
    if (m_failure.isError()) {
        printError(err, m_failure);
        co_return SomeRejected;
    }
    if (purpose == Purpose::AccountState) {
        m_password = *password;
        co_return AllGood;
    }
    if (account().mustChangePassword) {
        err << QCoreApplication::translate("cli",
                                           "The portal requires a new password before anything else: run "
                                           "segurdesk-cli password --login %1.")
                   .arg(m_login)
            << Qt::endl;
        co_return SomeRejected;
    }
    if (!account().secretQuestionSet) {
        err << QCoreApplication::translate("cli",
                                           "The portal requires your secret question before anything else: run "
                                           "segurdesk-cli secret-question --login %1 --question \"...\".")
                   .arg(m_login)
            << Qt::endl;
        co_return SomeRejected;
    }
    co_return AllGood;
}

Task<portal::PortalError> AccountSession::run(const std::function<void(services::AccountService&)>& operation)
{
    portal::PortalError error;
    Step finished;
    QObject::connect(m_service.get(), &services::AccountService::finished, &finished,
                     [&](services::AccountService::Operation, const portal::PortalError& result) {
                         error = result;
                         finished.done();
                     });
    operation(*m_service);
    co_await finished;
    co_return error;
}

void AccountSession::printError(QTextStream& err, const portal::PortalError& error)
{
    err << error.message() << Qt::endl;
    if (!error.detail.isEmpty() && error.detail != error.message())
        err << QCoreApplication::translate("cli", "Portal: %1").arg(error.detail) << Qt::endl;
    for (const model::FieldError& field : error.fieldErrors)
        err << "  "
            << QCoreApplication::translate("cli", "%1: %2 [%3]").arg(fieldLabel(field.field), field.message, field.code)
            << Qt::endl;
    if (!error.requestId.isEmpty())
        err << QCoreApplication::translate("cli", "Request id (for the support desk): %1").arg(error.requestId)
            << Qt::endl;
}

} // namespace segurdesk::cli
