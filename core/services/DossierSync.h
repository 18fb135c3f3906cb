#pragma once

#include "core/portal/PortalError.h"
#include "core/storage/DossierCache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace segurdesk::portal {
class PortalClient;
class PortalRequest;
} // namespace segurdesk::portal

namespace segurdesk::services {

// An enrollment or an advance request whose status the portal changed since the copy kept on this
// computer: its new status as the contract names it ("validated").
struct StatusChange
{
    storage::CachedObject::Kind kind = storage::CachedObject::Kind::Enrollment;
    QString id;
    QString status;

    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

// The account's dossiers as the portal last told them, each the JSON object of
// docs/portal-api.yaml, unchanged.
struct DossierSnapshot
{
    QList<QJsonObject> enrollments; // each with its status history
    QList<QJsonObject> advanceRequests;
    QList<QJsonObject> payments;
    QList<QJsonObject> mails;
    // The portal's /config (the call's closing date): as the refresh got it, or as kept with an
    // earlier one when the portal could not give it.
    QJsonObject config;
    // Read back from the cache because the portal could not be reached.
    bool offline = false;
    // When the portal gave these objects.
    QDateTime refreshedAt;
    // Answers the portal gave as "unchanged since your copy" (ETag, 304) during this refresh.
    int unchangedAnswers = 0;
    // A fresh snapshot the cache could not keep: shown, and the offline copy is the older one.
    QString cacheProblem;
    // What this refresh found changed against the copy it replaced: none on the account's first
    // refresh, nor offline.
    QList<StatusChange> statusChanges;
};

// The copy kept on this computer of another account sharing the cache file (a profile used
// before): its name (LocalData::cacheAccountOf()) and its dossiers as last refreshed, marked
// offline; the snapshot's cacheProblem says why part of them could not be read.
struct OtherAccountCopy
{
    QString account;
    DossierSnapshot snapshot;
};
struct OtherAccountCopies
{
    QList<OtherAccountCopy> copies;
    // Why some accounts could not be read at all (translated); those are left out.
    QStringList problems;
};
// The copies of every account of the file at `at` but `at`'s own. Decrypts each object: run on a
// worker thread, which opens connections of its own.
OtherAccountCopies readOtherAccountCopies(const storage::DossierCache::Location& at);
// Forgets what the file at `at` keeps of `at`'s account: its copy and its name. On a worker.
storage::StorageError forgetCachedAccount(const storage::DossierCache::Location& at);

// Downloads the account's dossiers (the portal's /config, every page of enrollments with each
// one's detail, advance requests, payments and mails) and keeps them in the encrypted
// DossierCache for offline use.
// When the portal cannot be reached at all, the cached copy is given instead, marked offline.
// Calling refresh() again polls: the portal answers 304 for what has not changed, and the
// client serves its last copy of it.
//
// Asynchronous, on the thread that owns it, one refresh at a time: refresh() returns at once;
// then refreshed() (fresh or offline) or failed() (refused by the portal, or unreachable with
// no offline copy yet) follows from the event loop. The client (logged in) must outlive this
// object. The cache at `cache` is written (in one transaction) and read back on worker threads,
// each with a connection of its own, so that a large account never holds up the owner's thread.
class DossierSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierSync)

public:
    DossierSync(portal::PortalClient& client, storage::DossierCache::Location cache, QObject* parent = nullptr);
    ~DossierSync() override;

    void refresh();
    bool isBusy() const { return m_busy; }

    // For a front end that already knows the portal is out of reach (its login did not get
    // through), instead of refresh(): refreshed() follows with the cached copy, marked offline,
    // or failed(unreachable) when nothing was ever cached for the account.
    void giveOfflineCopy(const portal::PortalError& unreachable);

    // Whether `error` says the portal was not reached at all (the offline copy applies).
    static bool isUnreachable(const portal::PortalError& error);

signals:
    void refreshed(const segurdesk::services::DossierSnapshot& snapshot);
    // `offlineProblem`: why the offline copy, which applied, could not be read (translated);
    // empty when none was ever kept, or when the portal refused.
    void failed(const segurdesk::portal::PortalError& error, const QString& offlineProblem);

private:
    // Every page of `Request`'s list into `items`, then `next`.
    template<class Request> void fetchPages(QList<QJsonObject>* items, std::function<void()> next, qint64 page = 1);
    void fetchDetails(qsizetype index);
    // Runs `request`; `onSuccess` follows its success, and `onFailure` its failure, which ends
    // the refresh when there is none.
    void start(std::unique_ptr<portal::PortalRequest> request, std::function<void()> onSuccess,
               std::function<void(const portal::PortalError&)> onFailure = {});
    void succeed();
    void fail(const portal::PortalError& error);
    void offerOfflineCopy(const portal::PortalError& unreachable);
    void finish(std::function<void()> emitter);

    portal::PortalClient& m_client;
    storage::DossierCache::Location m_cacheLocation;
    bool m_busy = false;
    DossierSnapshot m_snapshot;
    QList<QJsonObject> m_summaries;
    std::unique_ptr<portal::PortalRequest> m_request;
};

} // namespace segurdesk::services
