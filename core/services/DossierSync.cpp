#include "core/services/DossierSync.h"

#include "core/portal/AdvanceRequestListRequest.h"
#include "core/portal/Clock.h"
#include "core/portal/ConfigRequest.h"
#include "core/portal/EnrollmentListRequest.h"
#include "core/portal/EnrollmentRequest.h"
#include "core/portal/MailListRequest.h"
#include "core/portal/PaymentListRequest.h"
#include "core/portal/PortalClient.h"
#include "core/portal/PortalLog.h"
#include "core/services/ListPages.h"
#include "core/services/ReleaseLater.h"
#include "core/services/Worker.h"
#include "core/storage/DossierCache.h"
#include "core/storage/StorageLog.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace segurdesk::services {

namespace {

using storage::CachedObject;

// The id of the one object of kind Config.
constexpr QLatin1String ConfigId("config");

QList<CachedObject> cachedObjects(const DossierSnapshot& snapshot)
{
    QList<CachedObject> objects;
    const auto add = [&objects](CachedObject::Kind kind, const QList<QJsonObject>& list) {
        for (const QJsonObject& json : list)
            objects.append(CachedObject::fromPortal(kind, json));
    };
    add(CachedObject::Kind::Enrollment, snapshot.enrollments);
    add(CachedObject::Kind::AdvanceRequest, snapshot.advanceRequests);
    add(CachedObject::Kind::Payment, snapshot.payments);
    add(CachedObject::Kind::Mail, snapshot.mails);
    return objects;
}

// The /config kept in `cache`: none in a copy made before it was kept, or when it cannot be read
// (then `error` says why).
struct KeptConfig
{
    QJsonObject config;
    storage::StorageError error;
};

KeptConfig keptConfig(const storage::DossierCache& cache)
{
    CachedObject object;
    const storage::StorageError error = cache.get(CachedObject::Kind::Config, ConfigId, object);
    if (error.code() == storage::StorageError::NotFound)
        return {};
    return {error ? QJsonObject() : object.json, error};
}

// The snapshot written as the account's offline copy, on a worker thread with a connection of
// its own, and the statuses it changed. Gives the time the copy carries, to the millisecond, or
// why it could not be kept.
struct Kept
{
    storage::StorageError error;
    QDateTime refreshedAt;
    QList<StatusChange> changes;
    // The /config the copy keeps: the snapshot's, or the one kept before when the portal's could
    // not be read this time.
    QJsonObject config;
};

Kept keep(const storage::DossierCache::Location& at, const DossierSnapshot& snapshot)
{
    storage::DossierCache cache(at);
    Kept kept {cache.open(), {}, {}, snapshot.config};
    if (kept.error)
        return kept;
    if (kept.config.isEmpty())
        kept.config = keptConfig(cache).config;
    storage::StorageError unread;
    const QHash<QString, QString> enrollments = cache.statuses(CachedObject::Kind::Enrollment, &unread);
    const QHash<QString, QString> advanceRequests
        = unread ? QHash<QString, QString>() : cache.statuses(CachedObject::Kind::AdvanceRequest, &unread);
    // The copy is rewritten all the same; only what changed goes untold.
    if (unread)
        qCWarning(lcStorage) << "statuses of the cached dossiers unreadable:" << unread.message();
    QList<CachedObject> objects = cachedObjects(snapshot);
    if (!kept.config.isEmpty())
        objects.append({CachedObject::Kind::Config, ConfigId, {}, {}, {}, {}, kept.config});
    kept.error = cache.rebuild(objects);
    if (kept.error)
        return kept;
    kept.refreshedAt = cache.refreshedAt();
    for (const CachedObject& object : objects) {
        if (object.kind != CachedObject::Kind::Enrollment && object.kind != CachedObject::Kind::AdvanceRequest)
            continue;
        const QString previous
            = (object.kind == CachedObject::Kind::Enrollment ? enrollments : advanceRequests).value(object.id);
        if (!previous.isEmpty() && previous != object.status)
            kept.changes.append({object.kind, object.id, object.status});
    }
    return kept;
}

// The account's offline copy, on a worker thread with a connection of its own: no snapshot when
// nothing was ever kept for the account, or when the cache cannot be opened (then `problem` says
// why).
struct OfflineCopy
{
    std::optional<DossierSnapshot> snapshot;
    QString problem; // translated
};

OfflineCopy readOfflineCopy(const storage::DossierCache::Location& at)
{
    storage::DossierCache cache(at);
    if (const storage::StorageError error = cache.open())
        return {std::nullopt, error.message()};
    DossierSnapshot copy;
    copy.offline = true;
    copy.refreshedAt = cache.refreshedAt();
    if (!copy.refreshedAt.isValid())
        return {};
    const auto read = [&cache, &copy](CachedObject::Kind kind, QList<QJsonObject>& into) {
        storage::StorageError error;
        for (const CachedObject& object : cache.list(kind, {}, &error))
            into.append(object.json);
        if (error)
            copy.cacheProblem = error.message();
    };
    read(CachedObject::Kind::Enrollment, copy.enrollments);
    read(CachedObject::Kind::AdvanceRequest, copy.advanceRequests);
    read(CachedObject::Kind::Payment, copy.payments);
    read(CachedObject::Kind::Mail, copy.mails);
    const KeptConfig config = keptConfig(cache);
    copy.config = config.config;
    if (config.error)
        copy.cacheProblem = config.error.message();
    return {copy, {}};
}

} // namespace

OtherAccountCopies readOtherAccountCopies(const storage::DossierCache::Location& at)
{
    OtherAccountCopies result;
    storage::DossierCache cache(at);
    storage::StorageError error = cache.open();
    int damaged = 0;
    const QStringList others = error ? QStringList() : cache.otherAccounts(&damaged, &error);
    if (error)
        result.problems.append(error.message());
    if (damaged > 0)
        result.problems.append(QCoreApplication::translate(
            "DossierSync", "%n profile(s) kept under another key cannot be read.", nullptr, damaged));
    for (const QString& other : others) {
        OfflineCopy copy = readOfflineCopy({at.databasePath, at.key, other});
        if (!copy.problem.isEmpty())
            result.problems.append(copy.problem);
        else if (copy.snapshot)
            result.copies.append({other, std::move(*copy.snapshot)});
    }
    return result;
}

storage::StorageError forgetCachedAccount(const storage::DossierCache::Location& at)
{
    storage::DossierCache cache(at);
    if (storage::StorageError error = cache.open())
        return error;
    return cache.clear();
}

DossierSync::DossierSync(portal::PortalClient& client, storage::DossierCache::Location cache, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cacheLocation(std::move(cache))
{ }

DossierSync::~DossierSync() = default;

bool DossierSync::isUnreachable(const portal::PortalError& error)
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

void DossierSync::refresh()
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    m_snapshot = {};
    m_summaries.clear();
    auto config = std::make_unique<portal::ConfigRequest>(m_client);
    const portal::ConfigRequest* typed = config.get();
    const auto fetchDossiers = [this] {
        fetchPages<portal::EnrollmentListRequest>(&m_summaries, [this] { fetchDetails(0); });
    };
    start(
        std::move(config),
        [this, typed, fetchDossiers] {
            m_snapshot.config = typed->json();
            fetchDossiers();
        },
        [this, fetchDossiers](const portal::PortalError& error) {
            // Out of reach: the offline copy applies. Otherwise the dossiers matter more than the
            // call's dates, which the copy kept on this computer still has.
            if (isUnreachable(error))
                return fail(error);
            qCWarning(portal::lcPortal) << "GET /config failed, the one kept stays:" << error.message();
            fetchDossiers();
        });
}

template<class Request> void DossierSync::fetchPages(QList<QJsonObject>* items, std::function<void()> next, qint64 page)
{
    auto request = std::make_unique<Request>(m_client, page, ListPageSize);
    const Request* typed = request.get();
    start(std::move(request), [this, typed, items, next = std::move(next), page] {
        if (takeListPage(*typed, *items))
            return fetchPages<Request>(items, next, page + 1);
        next();
    });
}

void DossierSync::fetchDetails(qsizetype index)
{
    if (index >= m_summaries.size()) {
        return fetchPages<portal::AdvanceRequestListRequest>(&m_snapshot.advanceRequests, [this] {
            fetchPages<portal::PaymentListRequest>(&m_snapshot.payments, [this] {
                fetchPages<portal::MailListRequest>(&m_snapshot.mails, [this] { succeed(); });
            });
        });
    }
    // The list gives summaries; the history of each enrollment comes with its detail.
    auto request = std::make_unique<portal::EnrollmentRequest>(
        m_client, m_summaries.at(index).value(QLatin1String("id")).toString());
    const portal::EnrollmentRequest* typed = request.get();
    start(std::move(request), [this, typed, index] {
        m_snapshot.enrollments.append(typed->json());
        fetchDetails(index + 1);
    });
}

void DossierSync::start(std::unique_ptr<portal::PortalRequest> request, std::function<void()> onSuccess,
                        std::function<void(const portal::PortalError&)> onFailure)
{
    // The previous request may be the one whose finished() is being handled.
    releaseLater(m_request);
    m_request = std::move(request);
    connect(m_request.get(), &portal::PortalRequest::finished, this,
            [this, onSuccess = std::move(onSuccess), onFailure = std::move(onFailure)] {
                if (!m_request->succeeded())
                    return onFailure ? onFailure(m_request->error()) : fail(m_request->error());
                if (m_request->wasNotModified())
                    ++m_snapshot.unchangedAnswers;
                onSuccess();
            });
    m_request->start();
}

void DossierSync::succeed()
{
    m_summaries.clear();
    runOnWorker(
        this, [at = m_cacheLocation, snapshot = m_snapshot] { return keep(at, snapshot); },
        [this](const Kept& kept) {
            m_snapshot.cacheProblem = kept.error.message();
            m_snapshot.refreshedAt = kept.error ? m_client.clock().nowUtc() : kept.refreshedAt;
            m_snapshot.statusChanges = kept.changes;
            m_snapshot.config = kept.config;
            // Not kept here: whoever takes the snapshot may free its objects once done with them.
            finish([this, snapshot = std::exchange(m_snapshot, {})] { emit refreshed(snapshot); });
        });
}

void DossierSync::fail(const portal::PortalError& error)
{
    if (isUnreachable(error))
        return offerOfflineCopy(error);
    finish([this, error] { emit failed(error, {}); });
}

void DossierSync::giveOfflineCopy(const portal::PortalError& unreachable)
{
    Q_ASSERT(!m_busy);
    m_busy = true;
    offerOfflineCopy(unreachable);
}

void DossierSync::offerOfflineCopy(const portal::PortalError& unreachable)
{
    runOnWorker(
        this, [at = m_cacheLocation] { return readOfflineCopy(at); },
        [this, unreachable](const OfflineCopy& copy) {
            if (copy.snapshot)
                return finish([this, snapshot = *copy.snapshot] { emit refreshed(snapshot); });
            finish([this, unreachable, problem = copy.problem] { emit failed(unreachable, problem); });
        });
}

void DossierSync::finish(std::function<void()> emitter)
{
    QMetaObject::invokeMethod(
        this,
        [this, emitter = std::move(emitter)] {
            releaseLater(m_request);
            m_busy = false;
            emitter();
        },
        Qt::QueuedConnection);
}

} // namespace segurdesk::services
