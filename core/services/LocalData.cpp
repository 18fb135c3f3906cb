#include "core/services/LocalData.h"

#include "core/crypto/KeychainKeyProvider.h"
#include "core/crypto/PassphraseKeyProvider.h"
#include "core/services/SessionKey.h"
#include "core/services/Worker.h"
#include "core/storage/DataFolderLock.h"
#include "core/storage/DossierCache.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace segurdesk::services {

namespace {

// How often a busy data folder is tried again: a short wait once the other process is done.
constexpr std::chrono::milliseconds LockRetryInterval {250};

QString keyFilePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("drafts.key"));
}

// The key file's content (a key wrapped by a passphrase, a few dozen bytes): what SessionKey
// matches a kept key with. Empty when there is none.
QByteArray keyFileContent(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
}

// Whether the folder holds data encrypted under a key other than a new one: drafts, the outbox or
// the cache. Choosing a passphrase then would leave them unreadable.
bool holdsEncryptedData(const QString& dataDir)
{
    const QDir dir(dataDir);
    return dir.exists(QStringLiteral("outbox.sqlite")) || dir.exists(QStringLiteral("cache.sqlite"))
        || !QDir(storage::DraftStore::defaultRoot()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
}

} // namespace

std::optional<bool> LocalData::passphraseToAsk(Failure failure)
{
    if (failure == Failure::PassphraseNeeded || failure == Failure::KeychainUnavailable)
        return failure == Failure::KeychainUnavailable;
    return std::nullopt;
}

LocalData::LocalData(Stores stores, QObject* parent)
    : QObject(parent)
    , m_stores(stores)
{
    m_lockRetry.setInterval(LockRetryInterval);
    m_lockRetry.setSingleShot(true);
    connect(&m_lockRetry, &QTimer::timeout, this, &LocalData::tryLock);
    connect(&m_unwrapping, &QFutureWatcher<Unwrapped>::finished, this, [this] {
        const Unwrapped unwrapped = m_unwrapping.result();
        if (!unwrapped.key.isNull())
            SessionKey::keep(unwrapped.dataDir, unwrapped.keyFile, unwrapped.key);
        openParts(unwrapped.key, unwrapped.error);
    });
}

// A key file still being unwrapped or created is left to its worker, which holds the lock until
// it is done; its result is dropped with the watcher.
LocalData::~LocalData() = default;

QString LocalData::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void LocalData::open(int parts, const QString& cacheAccount)
{
    m_parts = parts;
    m_cacheAccount = cacheAccount;
    if (!QDir().mkpath(dataDir()))
        return fail(Failure::Unreadable, tr("The data folder %1 cannot be created.").arg(dataDir()));
    m_lock = std::make_shared<storage::DataFolderLock>(dataDir());
    m_lockDeadline = QDeadlineTimer(LockWait);
    // From the event loop, as every later step: open() returns before any signal.
    m_lockRetry.start(0);
}

void LocalData::tryLock()
{
    const storage::StorageError error = m_lock->lock();
    if (error.code() == storage::StorageError::DataFolderBusy && !m_lockDeadline.hasExpired()) {
        if (!m_toldWaiting) {
            m_toldWaiting = true;
            emit waiting(error.detail());
        }
        return m_lockRetry.start(LockRetryInterval);
    }
    if (error)
        return fail(error.code() == storage::StorageError::DataFolderBusy ? Failure::Busy : Failure::Unreadable,
                    error.message());
    fetchKey();
}

void LocalData::fetchKey()
{
    const QString folder = dataDir();
    const QString keyFile = keyFilePath(folder);
    if (m_passphrase.isEmpty() && crypto::PassphraseKeyProvider::keyFileExists(keyFile)) {
        const crypto::SecretKey kept = SessionKey::find(folder, keyFileContent(keyFile));
        if (kept.isNull())
            return fail(Failure::PassphraseNeeded, tr("Your drafts are protected by a passphrase."));
        return openParts(kept, {});
    }
    if (!m_passphrase.isEmpty()) {
        // scrypt takes a good part of a second by design: never on the caller's thread.
        m_unwrapping.setFuture(runOnWorker([folder, keyFile, passphrase = std::exchange(m_passphrase, QString()),
                                            lock = m_lock, create = m_keyFile == KeyFile::OpenOrCreate] {
            Unwrapped unwrapped {folder, {}, {}, {}};
            // A key file gone since the passphrase was asked is not made again from it.
            if (!create && !crypto::PassphraseKeyProvider::keyFileExists(keyFile)) {
                unwrapped.error = crypto::KeyError(crypto::KeyError::KeyFileUnreadable, QStringLiteral("missing"));
                return unwrapped;
            }
            unwrapped.key = crypto::PassphraseKeyProvider(keyFile, passphrase).masterKey(&unwrapped.error);
            // Read once the key file is made, when it was not there yet.
            unwrapped.keyFile = keyFileContent(keyFile);
            return unwrapped;
        }));
        return;
    }
    m_keychain = std::make_unique<crypto::KeychainKeyProvider>();
    connect(m_keychain.get(), &crypto::KeychainKeyProvider::masterKeyReady, this, &LocalData::openParts);
    m_keychain->fetchMasterKey();
}

void LocalData::openParts(const crypto::SecretKey& key, const crypto::KeyError& error)
{
    if (key.isNull() && error.code() == crypto::KeyError::KeychainUnavailable && holdsEncryptedData(dataDir()))
        // The keychain may only be late (its daemon not started yet): the data stay under its key.
        return fail(Failure::Unreadable,
                    tr("%1 Your drafts are protected by its key: start the keychain (your desktop session "
                       "does), then try again.")
                        .arg(error.message()));
    if (key.isNull())
        return fail(error.code() == crypto::KeyError::KeychainUnavailable ? Failure::KeychainUnavailable
                                                                          : Failure::Unreadable,
                    error.message());
    m_key = key;
    if (m_parts & Drafts)
        m_drafts = std::make_unique<storage::DraftStore>(storage::DraftStore::defaultRoot(), m_key);
    if (m_stores == Stores::OnWorkers && (m_parts & (Outbox | Cache)))
        return checkPartsOnWorker();
    if (m_parts & Outbox) {
        m_outbox = std::make_unique<storage::Outbox>(outboxLocation());
        if (const storage::StorageError opened = m_outbox->open())
            return fail(Failure::Unreadable, opened.message());
    }
    if (m_parts & Cache) {
        m_cache = std::make_unique<storage::DossierCache>(cacheLocation());
        if (const storage::StorageError opened = m_cache->open())
            return fail(Failure::Unreadable, opened.message());
    }
    emit opened();
}

void LocalData::checkPartsOnWorker()
{
    std::optional<storage::Outbox::Location> outbox;
    if (m_parts & Outbox)
        outbox = outboxLocation();
    std::optional<storage::DossierCache::Location> cache;
    if (m_parts & Cache)
        cache = cacheLocation();
    // Opening makes a file and its tables when they are missing, and says whether they can be
    // read: the jobs that use them later open their own connections.
    runOnWorker(
        this,
        [outbox, cache, lock = m_lock] {
            if (outbox) {
                if (storage::StorageError error = storage::Outbox(*outbox).open())
                    return error;
            }
            if (cache)
                return storage::DossierCache(*cache).open();
            return storage::StorageError();
        },
        [this](const storage::StorageError& error) {
            if (error)
                return fail(Failure::Unreadable, error.message());
            emit opened();
        });
}

storage::Outbox::Location LocalData::outboxLocation() const
{
    return {QDir(dataDir()).filePath(QStringLiteral("outbox.sqlite")), m_key};
}

storage::DossierCache::Location LocalData::cacheLocation() const
{
    return {QDir(dataDir()).filePath(QStringLiteral("cache.sqlite")), m_key, m_cacheAccount};
}

void LocalData::fail(Failure failure, const QString& message)
{
    // Nothing half-open stays behind, and the folder is free for the next try.
    m_cache.reset();
    m_outbox.reset();
    m_drafts.reset();
    m_key.clear();
    m_lock.reset();
    QMetaObject::invokeMethod(
        this, [this, failure, message] { emit failed(failure, message); }, Qt::QueuedConnection);
}

} // namespace segurdesk::services
