#include "core/storage/DataFolderLock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace segurdesk::storage {

DataFolderLock::DataFolderLock(const QString& dataDir)
    : m_file(QDir(dataDir).filePath(QStringLiteral("segurdesk.lock")))
{
    // A long submission is no sign of a dead holder: only a holder that no longer runs is.
    m_file.setStaleLockTime(0);
}

StorageError DataFolderLock::lock()
{
    if (m_file.tryLock(0))
        return {};
    if (m_file.error() == QLockFile::LockFailedError && holderDiedWhileLocking()) {
        m_file.removeStaleLockFile();
        if (m_file.tryLock(0))
            return {};
    }
    if (m_file.error() == QLockFile::LockFailedError)
        return {StorageError::DataFolderBusy, holder()};
    return {StorageError::WriteFailed,
            QStringLiteral("lock file %1: error %2").arg(m_file.fileName()).arg(m_file.error())};
}

bool DataFolderLock::holderDiedWhileLocking() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_file.getLockInfo(&pid, &host, &application))
        return false;
    // QLockFile creates the file, then writes who holds it: a file that still says nothing after
    // UnreadableLockGrace was left by a process stopped in between, which QLockFile never takes
    // for stale with no stale time.
    const QFileInfo file(m_file.fileName());
    return file.exists() && file.lastModified().msecsTo(QDateTime::currentDateTime()) > UnreadableLockGrace.count();
}

QString DataFolderLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return {};
    return QStringLiteral("%1, process %2").arg(application).arg(pid);
}

} // namespace segurdesk::storage
