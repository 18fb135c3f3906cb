#include "cli/StatusCommand.h"

#include "cli/AccountSession.h"
#include "cli/ArgumentList.h"
#include "cli/OpenLocalData.h"
#include "cli/PagedFetch.h"
#include "cli/StatusReport.h"
#include "core/portal/AdvanceRequestListRequest.h"
#include "core/portal/EnrollmentListRequest.h"
#include "core/portal/EnrollmentRequest.h"
#include "core/portal/MailListRequest.h"
#include "core/portal/PaymentListRequest.h"
#include "core/storage/DossierCache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

using storage::CachedObject;

// The portal was not reached at all: the cache is the only source.
bool isUnreachable(const portal::PortalError& error)
{
    switch (error.code) {
    case portal::PortalErrorCode::ConnectionFailed:
    case portal::PortalErrorCode::ConnectionLost:
    case portal::PortalErrorCode::Timeout:
        return true;
    default:
        return false;
    }
}

// Every list, and each enrollment's detail for its history. Returns false with `error` set.
bool download(portal::PortalClient& client, StatusReport& report, QList<QJsonObject>& mails, portal::PortalError& error)
{
    QList<QJsonObject> summaries;
    if (!fetchAllPages<portal::EnrollmentListRequest>(client, summaries, error))
        return false;
    for (const QJsonObject& summary : summaries) {
        portal::EnrollmentRequest detail(client, summary.value(QLatin1String("id")).toString());
        PortalSession::await(detail);
        if (!detail.succeeded()) {
            error = detail.error();
            return false;
        }
        report.enrollments.append(detail.json());
    }
    return fetchAllPages<portal::AdvanceRequestListRequest>(client, report.advanceRequests, error)
        && fetchAllPages<portal::PaymentListRequest>(client, report.payments, error)
        && fetchAllPages<portal::MailListRequest>(client, mails, error);
}

QList<CachedObject> cachedObjects(const StatusReport& report, const QList<QJsonObject>& mails)
{
    QList<CachedObject> objects;
    const auto add = [&objects](CachedObject::Kind kind, const QList<QJsonObject>& list) {
        for (const QJsonObject& json : list)
            objects.append(CachedObject::fromPortal(kind, json));
    };
    add(CachedObject::Kind::Enrollment, report.enrollments);
    add(CachedObject::Kind::AdvanceRequest, report.advanceRequests);
    add(CachedObject::Kind::Payment, report.payments);
    add(CachedObject::Kind::Mail, mails);
    return objects;
}

QList<QJsonObject> cachedJson(const storage::DossierCache& cache, CachedObject::Kind kind)
{
    QList<QJsonObject> list;
    for (const CachedObject& object : cache.list(kind))
        list.append(object.json);
    return list;
}

} // namespace

QString StatusCommand::name() const
{
    return QStringLiteral("status");
}

QString StatusCommand::synopsis() const
{
    return QCoreApplication::translate("cli",
                                       "status --login ID [--json]   your enrollments and advance requests with "
                                       "their history (offline: the last copy)");
}

int StatusCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ArgumentList options(arguments);
    const bool json = options.takeFlag(QStringLiteral("--json"));
    int exitCode = AllGood;
    const std::unique_ptr<AccountSession> session
        = AccountSession::takeWithoutOperands(options, synopsis(), err, exitCode);
    if (!session)
        return exitCode;
    const std::unique_ptr<services::LocalData> store
        = openLocalData(services::LocalData::Cache, err, session->cacheAccount());
    if (!store)
        return SomeRejected;

    StatusReport report;
    portal::PortalError error;
    exitCode = session->logIn(AccountSession::Purpose::Dossiers, err);
    if (exitCode == AllGood) {
        QList<QJsonObject> mails;
        if (download(session->client(), report, mails, error)) {
            if (const storage::StorageError stored = store->cache().rebuild(cachedObjects(report, mails)))
                err << stored.message() << Qt::endl;
        } else if (!isUnreachable(error)) {
            AccountSession::printError(err, error);
            return SomeRejected;
        }
    } else if (isUnreachable(session->failure())) {
        error = session->failure();
    } else {
        return exitCode;
    }
    if (error.isError()) {
        report = StatusReport();
        report.offline = true;
        report.refreshedAt = store->cache().refreshedAt();
        if (!report.refreshedAt.isValid()) {
            err << QCoreApplication::translate("cli",
                                               "No offline data yet: run status once while the portal is "
                                               "reachable.")
                << Qt::endl;
            return SomeRejected;
        }
        report.enrollments = cachedJson(store->cache(), CachedObject::Kind::Enrollment);
        report.advanceRequests = cachedJson(store->cache(), CachedObject::Kind::AdvanceRequest);
        report.payments = cachedJson(store->cache(), CachedObject::Kind::Payment);
        err << QCoreApplication::translate("cli", "The portal cannot be reached: showing the offline data of %1.")
                   .arg(QLocale().toString(report.refreshedAt.toLocalTime(), QLocale::ShortFormat))
            << Qt::endl;
    }
    if (json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        report.printText(out);
    return AllGood;
}

} // namespace segurdesk::cli
