#include "core/storage/DataFolderLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using segurdesk::storage::DataFolderLock;
using segurdesk::storage::StorageError;

namespace {

TEST(DataFolderLock, KeepsASecondHolderOutUntilTheFirstLetsGo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto first = std::make_unique<DataFolderLock>(dir.path());
    ASSERT_FALSE(first->lock());

    DataFolderLock second(dir.path());
    const StorageError busy = second.lock();
    EXPECT_EQ(busy.code(), StorageError::DataFolderBusy);
    EXPECT_TRUE(busy.detail().contains(QString::number(QCoreApplication::applicationPid())))
        << busy.detail().toStdString();
    EXPECT_FALSE(busy.message().isEmpty());

    first.reset();
    EXPECT_FALSE(second.lock());
    EXPECT_TRUE(second.holder().contains(QString::number(QCoreApplication::applicationPid())));
}

TEST(DataFolderLock, TakesOverTheLockOfAProcessThatDied)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A process that has ended: its pid names no running process.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    ASSERT_TRUE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    ASSERT_TRUE(ended.waitForFinished());
    QFile lockFile(QDir(dir.path()).filePath(QStringLiteral("segurdesk.lock")));
    ASSERT_TRUE(lockFile.open(QIODevice::WriteOnly));
    // QLockFile's format: pid, application name, host name.
    lockFile.write(QByteArray::number(deadPid) + "\nsegurdesk-cli\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lockFile.close();

    DataFolderLock lock(dir.path());
    EXPECT_FALSE(lock.lock());
}

// A holder killed between creating the lock file and writing its name in it leaves an empty file,
// which QLockFile never takes for stale when, as here, no stale time is set.
TEST(DataFolderLock, TakesOverAnEmptyLockFileOnlyOnceItCannotBeBeingWritten)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile lockFile(QDir(dir.path()).filePath(QStringLiteral("segurdesk.lock")));
    ASSERT_TRUE(lockFile.open(QIODevice::WriteOnly));
    lockFile.close();

    // Just made: its maker may be writing its name in it now.
    DataFolderLock lock(dir.path());
    EXPECT_EQ(lock.lock().code(), StorageError::DataFolderBusy);

    ASSERT_TRUE(lockFile.open(QIODevice::ReadWrite));
    ASSERT_TRUE(
        lockFile.setFileTime(QDateTime::currentDateTime().addMSecs(-2 * DataFolderLock::UnreadableLockGrace.count()),
                             QFileDevice::FileModificationTime));
    lockFile.close();
    EXPECT_FALSE(lock.lock());
    EXPECT_TRUE(lock.holder().contains(QString::number(QCoreApplication::applicationPid())));
}

} // namespace
