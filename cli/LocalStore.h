#pragma once

#include "core/crypto/SecretKey.h"
#include "core/storage/DataFolderLock.h"
#include "core/storage/DossierCache.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"

#include <QString>

#include <memory>

class QTextStream;

namespace segurdesk::cli {

// The user's local data as the CLI opens it: the draft master key, the encrypted drafts, the
// submission outbox and the dossier cache, all under QStandardPaths::AppDataLocation, shared
// with the desktop app.
//
// The key comes from the OS keychain. Where there is none (servers, CI), the environment
// variable SEGURDESK_PASSPHRASE protects it instead (scrypt, key file "drafts.key"); once a
// key file exists it is always used, and without the variable the command stops. Nothing is
// ever stored in plaintext.
//
// It holds the data folder's lock (storage::DataFolderLock) while it is open: a second process
// waits up to LockWait for the first to finish, then stops with a message.
class LocalStore
{
public:
    // Opens what `parts` asks for; on failure writes the reason to `err` and returns nullptr.
    // The Cache part holds the objects of `cacheAccount` (AccountSession::cacheAccount()).
    enum Part { Drafts = 1, Outbox = 2, Cache = 4 };
    static std::unique_ptr<LocalStore> open(int parts, QTextStream& err, const QString& cacheAccount = {});

    static QString dataDir();

    // Long enough for another run's batch to end; a command queued longer is better told.
    static constexpr std::chrono::minutes LockWait {10};

    storage::DraftStore& drafts() { return *m_drafts; }
    storage::Outbox& outbox() { return *m_outbox; }
    storage::DossierCache& cache() { return *m_cache; }

private:
    LocalStore() = default;

    // First in, last out: everything below is used under the lock.
    std::unique_ptr<storage::DataFolderLock> m_lock;
    crypto::SecretKey m_key;
    std::unique_ptr<storage::DraftStore> m_drafts;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::DossierCache> m_cache;
};

} // namespace segurdesk::cli
