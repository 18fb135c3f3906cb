#pragma once

#include "core/crypto/KeyError.h"
#include "core/crypto/SecretKey.h"
#include "core/storage/DossierCache.h"
#include "core/storage/Outbox.h"

#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace segurdesk::crypto {
class KeychainKeyProvider;
}

namespace segurdesk::storage {
class DataFolderLock;
class DraftStore;
} // namespace segurdesk::storage

namespace segurdesk::services {

// The user's local data, shared by the desktop app and segurdesk-cli: the draft master key, the
// encrypted drafts, the submission outbox and the dossier cache, under dataDir()
// (QStandardPaths::AppDataLocation). Nothing is ever stored in plaintext.
//
// Opening takes three steps, each without making the caller wait:
//  1. the data folder's lock (storage::DataFolderLock), held until this object is destroyed;
//     while another process holds it, waiting() names that process and the lock is tried again
//     until LockWait has passed;
//  2. the master key: from the passphrase-protected key file "drafts.key" when a passphrase was
//     given or that file exists (scrypt, on a worker thread; the key is then kept for the rest
//     of the session, see SessionKey, and that file opens without the passphrase), else from
//     the OS keychain;
//  3. the parts asked for: the SQLite files opened on this object's thread (Stores::OnThisThread,
//     for segurdesk-cli's own reads), or made and checked on a worker and closed there
//     (Stores::OnWorkers, for the desktop app, whose GUI thread never waits on the disk). Either
//     way, jobs on workers open their own connections from outboxLocation() or cacheLocation().
// Then exactly one of opened() or failed() follows, from the event loop. After failed() nothing is
// held, the lock included: another LocalData may try again at once. Used on the thread that owns
// it; the stores are usable once opened() has come, and live as long as this object.
class LocalData : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalData)

public:
    enum Part { Drafts = 1, Outbox = 2, Cache = 4 };
    enum class Failure {
        Busy, // another process kept the data folder past LockWait
        PassphraseNeeded, // the key file exists and no passphrase was given
        KeychainUnavailable, // no keychain answers and the folder holds no data: a passphrase is needed instead
        Unreadable, // the folder, the key or a store cannot be read or created
    };
    Q_ENUM(Failure)

    // Whether `failure` asks for the drafts' passphrase: nullopt if not, else whether one must be
    // chosen (no keychain answers) rather than given (a key file exists).
    static std::optional<bool> passphraseToAsk(Failure failure);

    enum class Stores { OnThisThread, OnWorkers };

    explicit LocalData(Stores stores = Stores::OnThisThread, QObject* parent = nullptr);
    ~LocalData() override;

    static QString dataDir();

    // Long enough for another run's batch to end; a command queued longer is better told.
    static constexpr std::chrono::minutes LockWait {10};

    // What a passphrase may do with the key file: open it only (to unlock drafts kept under it),
    // or also make it when there is none yet (a passphrase chosen where no keychain answers).
    enum class KeyFile { OpenExisting, OpenOrCreate };
    // Protects the master key with `passphrase` instead of the keychain. Before open().
    void setPassphrase(const QString& passphrase, KeyFile keyFile = KeyFile::OpenOrCreate)
    {
        m_passphrase = passphrase;
        m_keyFile = keyFile;
    }
    // Opens the `parts`; the Cache part holds the objects of `cacheAccount`. Once per object.
    void open(int parts, const QString& cacheAccount = {});
    // The cache account of `login` on the portal known as `portalIdentity`
    // (PortalConnection::identity()): one login's dossiers on one portal, never another's.
    static QString cacheAccountOf(const QString& portalIdentity, const QString& login)
    {
        return portalIdentity + QLatin1Char('\n') + login;
    }
    // The portal identity and the login of a cache account, as cacheAccountOf() made it.
    struct CacheAccount
    {
        QString portalIdentity;
        QString login;
    };
    static CacheAccount cacheAccountParts(const QString& cacheAccount)
    {
        // A login holds no line break; without one, the account names no portal.
        const qsizetype split = cacheAccount.lastIndexOf(QLatin1Char('\n'));
        return split < 0 ? CacheAccount {QString(), cacheAccount}
                         : CacheAccount {cacheAccount.left(split), cacheAccount.mid(split + 1)};
    }

    // The data folder's lock, for a job on a worker that uses copies of the stores: the folder
    // stays locked until the job lets go of it too, even if this object is gone by then.
    std::shared_ptr<const storage::DataFolderLock> lockHold() const { return m_lock; }

    storage::DraftStore& drafts() { return *m_drafts; }
    // Stores::OnThisThread only.
    storage::Outbox& outbox() { return *m_outbox; }
    storage::DossierCache& cache() { return *m_cache; }

    storage::Outbox::Location outboxLocation() const;
    storage::DossierCache::Location cacheLocation() const;

signals:
    // Another process (`holder`, "segurdesk-cli, process 4242") is using the data: opening waits.
    void waiting(const QString& holder);
    void opened();
    void failed(segurdesk::services::LocalData::Failure failure, const QString& message);

private:
    void tryLock();
    void fetchKey();
    void openParts(const crypto::SecretKey& key, const crypto::KeyError& error);
    void checkPartsOnWorker();
    void fail(Failure failure, const QString& message);

    Stores m_stores;
    int m_parts = 0;
    QString m_cacheAccount;
    QString m_passphrase;
    KeyFile m_keyFile = KeyFile::OpenOrCreate;
    QDeadlineTimer m_lockDeadline;
    QTimer m_lockRetry;
    bool m_toldWaiting = false;
    std::unique_ptr<crypto::KeychainKeyProvider> m_keychain;
    // A key unwrapped (or created) with a passphrase, and what SessionKey keeps it under.
    struct Unwrapped
    {
        QString dataDir;
        QByteArray keyFile;
        crypto::SecretKey key;
        crypto::KeyError error;
    };
    QFutureWatcher<Unwrapped> m_unwrapping;

    // First in, last out: everything below is used under the lock. Shared with the worker that
    // unwraps or creates the key file, which keeps the lock until it is done with the folder.
    std::shared_ptr<storage::DataFolderLock> m_lock;
    crypto::SecretKey m_key;
    std::unique_ptr<storage::DraftStore> m_drafts;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::DossierCache> m_cache;
};

} // namespace segurdesk::services
