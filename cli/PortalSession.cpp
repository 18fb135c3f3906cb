#include "cli/PortalSession.h"

#include "cli/Command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

// The value of `--name VALUE` or `--name=VALUE`, removed from `arguments`.
std::optional<QString> takeOption(QStringList& arguments, const QString& name, bool& missingValue)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(name + QLatin1Char('='))) {
            const QString value = argument.mid(name.size() + 1);
            arguments.removeAt(i);
            return value;
        }
        if (argument == name) {
            if (i + 1 >= arguments.size()) {
                missingValue = true;
                return std::nullopt;
            }
            const QString value = arguments.at(i + 1);
            arguments.remove(i, 2);
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

Task<std::unique_ptr<PortalSession>> PortalSession::open(QStringList& arguments, QTextStream& err, int& exitCode)
{
    bool missingValue = false;
    const std::optional<QString> url = takeOption(arguments, QStringLiteral("--portal"), missingValue);
    const std::optional<QString> timeout = takeOption(arguments, QStringLiteral("--timeout"), missingValue);
    bool timeoutOk = true;
    const double seconds = timeout ? timeout->toDouble(&timeoutOk) : 30.0;
    if (missingValue || !timeoutOk || seconds <= 0 || (url && QUrl(*url, QUrl::StrictMode).scheme().isEmpty())) {
        err << QCoreApplication::translate("cli",
                                           "--portal needs the portal's address (https://...) and --timeout "
                                           "a number of seconds.")
            << Qt::endl;
        exitCode = UsageError;
        co_return nullptr;
    }
    portal::PortalClient::Options options;
    options.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    std::unique_ptr<PortalSession> session(new PortalSession);
    std::optional<services::PortalConnection::Failure> failure;
    Step started;
    QObject::connect(&session->m_connection, &services::PortalConnection::ready, &started,
                     [&started] { started.done(); });
    QObject::connect(&session->m_connection, &services::PortalConnection::failed, &started,
                     [&](services::PortalConnection::Failure why, const QString& message) {
                         failure = why;
                         err << message << Qt::endl;
                         started.done();
                     });
    session->m_connection.open(url ? QUrl(*url, QUrl::StrictMode) : QUrl(), options);
    co_await started;
    if (failure) {
        exitCode = *failure == services::PortalConnection::Failure::AddressRefused ? UsageError : SomeRejected;
        co_return nullptr;
    }
    co_return session;
}

Task<bool> PortalSession::send(portal::PortalRequest& request)
{
    Step finished;
    QObject::connect(&request, &portal::PortalRequest::finished, &finished, [&finished] { finished.done(); });
    request.start();
    co_await finished;
    co_return request.succeeded();
}

} // namespace segurdesk::cli
