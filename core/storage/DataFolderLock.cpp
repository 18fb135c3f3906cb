#include "core/storage/DataFolderLock.h"

#include <QDir>

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
    if (m_file.error() == QLockFile::LockFailedError)
        return {StorageError::DataFolderBusy, holder()};
    return {StorageError::WriteFailed,
            QStringLiteral("lock file %1: error %2").arg(m_file.fileName()).arg(m_file.error())};
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
