#include "cli/AccountSession.h"

#include "cli/ArgumentList.h"
#include "cli/Command.h"
#include "cli/SecretInput.h"
#include "cli/StepLoop.h"

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

std::unique_ptr<AccountSession> AccountSession::take(ArgumentList& arguments, QTextStream& err, int& exitCode)
{
    const std::optional<QString> login = arguments.takeValue(QStringLiteral("--login"));
    if (!login || login->trimmed().isEmpty()) {
        err << QCoreApplication::translate("cli",
                                           "This command needs your portal login: --login ID (the password is read "
                                           "from stdin or from SEGURDESK_PASSWORD).")
            << Qt::endl;
        exitCode = UsageError;
        return nullptr;
    }
    QStringList rest = arguments.rest();
    std::unique_ptr<PortalSession> portalSession = PortalSession::open(rest, err, exitCode);
    if (!portalSession)
        return nullptr;
    arguments = ArgumentList(rest);
    std::unique_ptr<AccountSession> session(new AccountSession);
    session->m_portal = std::move(portalSession);
    session->m_service = std::make_unique<services::AccountService>(session->m_portal->client());
    session->m_login = login->trimmed();
    return session;
}

std::unique_ptr<AccountSession> AccountSession::takeWithoutOperands(ArgumentList& arguments, const QString& synopsis,
                                                                    QTextStream& err, int& exitCode)
{
    std::unique_ptr<AccountSession> session = take(arguments, err, exitCode);
    if (session && !arguments.rest().isEmpty()) {
        err << QCoreApplication::translate("cli", "Unexpected argument \"%1\".").arg(arguments.rest().first()) << '\n'
            << "  " << synopsis << Qt::endl;
        exitCode = UsageError;
        return nullptr;
    }
    return session;
}

QString AccountSession::cacheAccount() const
{
    return m_portal->identity() + QLatin1Char('\n') + m_login;
}

int AccountSession::logIn(Purpose purpose, QTextStream& err)
{
    const std::optional<QString> password = SecretInput::read(
        "SEGURDESK_PASSWORD", QCoreApplication::translate("cli", "Password for %1: ").arg(m_login), err);
    if (!password || password->isEmpty()) {
        err << QCoreApplication::translate("cli",
                                           "No password: give it on the first line of stdin or in the "
                                           "SEGURDESK_PASSWORD environment variable.")
            << Qt::endl;
        return UsageError;
    }
    m_failure = run([&](services::AccountService& service) { service.logIn(m_login, *password); });
    if (m_failure.isError()) {
        printError(err, m_failure);
        return SomeRejected;
    }
    if (purpose == Purpose::AccountState) {
        m_password = *password;
        return AllGood;
    }
    if (account().mustChangePassword) {
        err << QCoreApplication::translate("cli",
                                           "The portal requires a new password before anything else: run "
                                           "segurdesk-cli password --login %1.")
                   .arg(m_login)
            << Qt::endl;
        return SomeRejected;
    }
    if (!account().secretQuestionSet) {
        err << QCoreApplication::translate("cli",
                                           "The portal requires your secret question before anything else: run "
                                           "segurdesk-cli secret-question --login %1 --question \"...\".")
                   .arg(m_login)
            << Qt::endl;
        return SomeRejected;
    }
    return AllGood;
}

portal::PortalError AccountSession::run(const std::function<void(services::AccountService&)>& operation)
{
    portal::PortalError error;
    StepLoop loop;
    const QMetaObject::Connection done
        = QObject::connect(m_service.get(), &services::AccountService::finished, &loop,
                           [&](services::AccountService::Operation, const portal::PortalError& result) {
                               error = result;
                               loop.quit();
                           });
    operation(*m_service);
    loop.exec();
    QObject::disconnect(done);
    return error;
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
