#include "cli/StatusCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "cli/OpenLocalData.h"
#include "cli/StatusReport.h"
#include "core/services/DossierSync.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

void printNoOfflineData(QTextStream& err)
{
    err << QCoreApplication::translate("cli", "No offline data yet: run status once while the portal is reachable.")
        << Qt::endl;
}

} // namespace

QString StatusCommand::name() const
{
    return QStringLiteral("status");
}

QString StatusCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "status --login ID [--json]   show your enrollments and advance requests "
                                       "with their history (offline: the last copy)");
}

Task<int> StatusCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const bool json = options.takeFlag(QStringLiteral("--json"));
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session
        = co_await AccountSession::takeWithoutOperands(options, synopsis(), err, exitCode);
    if (!session)
        co_return exitCode;
    const std::unique_ptr<services::LocalData> store
        = co_await openLocalData(services::LocalData::Cache, err, session->cacheAccount());
    if (!store)
        co_return SomeRejected;

    services::DossierSync sync(session->client(), store->cache().location());
    std::optional<services::DossierSnapshot> snapshot;
    exitCode = co_await session->logIn(AccountSession::Purpose::Dossiers, err);
    const bool unreachable = exitCode != AllGood && services::DossierSync::isUnreachable(session->failure());
    if (exitCode != AllGood && !unreachable)
        co_return exitCode;
    // Logged in: a fresh copy (or the offline one if the portal stops answering meanwhile).
    // Not reached at all: the offline copy.
    portal::PortalError error;
    Step refreshed;
    QObject::connect(&sync, &services::DossierSync::refreshed, &refreshed, [&](const services::DossierSnapshot& given) {
        snapshot = given;
        refreshed.done();
    });
    QString offlineProblem;
    QObject::connect(&sync, &services::DossierSync::failed, &refreshed,
                     [&](const portal::PortalError& refusal, const QString& problem) {
                         error = refusal;
                         offlineProblem = problem;
                         refreshed.done();
                     });
    if (unreachable)
        sync.giveOfflineCopy(session->failure());
    else
        sync.refresh();
    co_await refreshed;
    if (!snapshot) {
        if (!offlineProblem.isEmpty())
            err << QCoreApplication::translate("cli",
                                               "The portal cannot be reached, and the offline data cannot be "
                                               "read: %1")
                       .arg(offlineProblem)
                << Qt::endl;
        else if (services::DossierSync::isUnreachable(error))
            printNoOfflineData(err);
        else
            AccountSession::printError(err, error);
        co_return SomeRejected;
    }
    if (!snapshot->cacheProblem.isEmpty())
        err << snapshot->cacheProblem << Qt::endl;
    StatusReport report {snapshot->enrollments, snapshot->advanceRequests, snapshot->payments, snapshot->offline, {}};
    if (snapshot->offline) {
        report.refreshedAt = snapshot->refreshedAt;
        err << QCoreApplication::translate("cli", "The portal cannot be reached: showing the offline data of %1.")
                   .arg(QLocale().toString(report.refreshedAt.toLocalTime(), QLocale::ShortFormat))
            << Qt::endl;
    }
    if (json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        report.printText(out);
    co_return AllGood;
}

} // namespace segurdesk::cli
