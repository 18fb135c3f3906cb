#pragma once

#include "core/storage/StorageError.h"

#include <QLockFile>
#include <QString>

#include <chrono>

namespace segurdesk::storage {

// Keeps every other Ségur Desk process (another command, a scheduled job, the desktop app) out
// of the user's local data while held: two processes importing, editing or sending the same
// drafts at once would each make their own draft of one dossier and send it twice, or write
// one draft together and leave it damaged. A QLockFile in the data folder: a holder that dies
// (killed, crashed) leaves a stale lock that the next process takes over, however old; so is a
// lock file that names no holder UnreadableLockGrace after it was made (its maker was killed
// between creating it and writing its name in it).
class DataFolderLock
{
public:
    static constexpr std::chrono::milliseconds UnreadableLockGrace {5000};

    explicit DataFolderLock(const QString& dataDir);
    ~DataFolderLock() = default;
    DataFolderLock(const DataFolderLock&) = delete;
    DataFolderLock& operator=(const DataFolderLock&) = delete;

    // Takes the lock at once, or DataFolderBusy (detail: holder()) when another process holds it.
    // Never waits: a caller that will wait tries again later (services::LocalData).
    [[nodiscard]] StorageError lock();
    // The process that holds the lock ("segurdesk-cli, process 4242"), empty when none does.
    QString holder() const;

private:
    bool holderDiedWhileLocking() const;

    QLockFile m_file;
};

} // namespace segurdesk::storage
