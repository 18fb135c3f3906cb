// services::LocalData on a real data folder: the lock, the passphrase-protected key, the stores.
#include "core/services/LocalData.h"

#include "core/services/SessionKey.h"
#include "core/storage/DataFolderLock.h"
#include "core/storage/DraftStore.h"
#include "core/storage/Outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <optional>

using namespace segurdesk;
using services::LocalData;

namespace {

const QString Passphrase = QStringLiteral("correct horse battery staple");

class LocalDataTest : public ::testing::Test
{
protected:
    // Each test is a session of its own: no passphrase given yet.
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        services::SessionKey::forget();
    }
    void TearDown() override
    {
        services::SessionKey::forget();
        qunsetenv("XDG_DATA_HOME");
    }

    // Opens `data` and returns what came back: "opened", or the failure and its message.
    static std::pair<std::optional<LocalData::Failure>, QString> open(LocalData& data, int parts)
    {
        QSignalSpy opened(&data, &LocalData::opened);
        QSignalSpy failed(&data, &LocalData::failed);
        data.open(parts);
        // Nothing is decided inside open(): the answer comes from the event loop.
        EXPECT_EQ(opened.count() + failed.count(), 0);
        EXPECT_TRUE(QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 30000));
        EXPECT_EQ(opened.count() + failed.count(), 1);
        if (!failed.isEmpty())
            return {failed.first().at(0).value<LocalData::Failure>(), failed.first().at(1).toString()};
        return {std::nullopt, {}};
    }

    // The data folder under `home` protected by another passphrase, in an earlier session; the
    // test's own folder is current again afterwards.
    void protectAnotherFolder(const QTemporaryDir& home)
    {
        qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
        {
            LocalData other;
            other.setPassphrase(QStringLiteral("another passphrase"));
            ASSERT_FALSE(open(other, LocalData::Drafts).first);
        }
        services::SessionKey::forget();
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
    }

    QTemporaryDir m_home;
};

TEST_F(LocalDataTest, OpensTheStoresUnderAPassphraseAndFindsThemAgain)
{
    QString draftId;
    {
        LocalData data;
        data.setPassphrase(Passphrase);
        const auto [failure, message] = open(data, LocalData::Drafts | LocalData::Outbox);
        ASSERT_FALSE(failure) << message.toStdString();
        storage::Draft draft;
        ASSERT_FALSE(data.drafts().create(QJsonObject {{QStringLiteral("format_version"), 1}}, draft));
        draftId = draft.id();
        EXPECT_TRUE(data.outbox().pending().isEmpty());
    }
    EXPECT_TRUE(QFile::exists(QDir(LocalData::dataDir()).filePath(QStringLiteral("drafts.key"))));

    LocalData again;
    again.setPassphrase(Passphrase);
    const auto [failure, message] = open(again, LocalData::Drafts);
    ASSERT_FALSE(failure) << message.toStdString();
    storage::Draft loaded;
    EXPECT_FALSE(again.drafts().load(draftId, loaded));
}

TEST_F(LocalDataTest, AKeyFileWithoutItsPassphraseOrWithAWrongOneOpensNothing)
{
    {
        LocalData first;
        first.setPassphrase(Passphrase);
        ASSERT_FALSE(open(first, LocalData::Drafts).first);
    }
    // In the next session, the passphrase is asked again. A failed opening holds nothing: the next
    // try, still beside it, does not wait for it.
    services::SessionKey::forget();
    LocalData without;
    EXPECT_EQ(open(without, LocalData::Drafts).first, LocalData::Failure::PassphraseNeeded);

    LocalData wrong;
    wrong.setPassphrase(QStringLiteral("wrong"));
    const auto [failure, message] = open(wrong, LocalData::Drafts);
    EXPECT_EQ(failure, LocalData::Failure::Unreadable);
    EXPECT_FALSE(message.isEmpty());
}

TEST_F(LocalDataTest, APassphraseGivenOnceOpensTheDataForTheRestOfTheSession)
{
    // Another data folder, protected in an earlier session.
    QTemporaryDir otherHome;
    ASSERT_NO_FATAL_FAILURE(protectAnotherFolder(otherHome));

    QString draftId;
    {
        LocalData first;
        first.setPassphrase(Passphrase);
        ASSERT_FALSE(open(first, LocalData::Drafts).first);
        storage::Draft draft;
        ASSERT_FALSE(first.drafts().create(QJsonObject {{QStringLiteral("format_version"), 1}}, draft));
        draftId = draft.id();
    }

    // The key unwrapped once is kept: later openings need no passphrase.
    LocalData later;
    const auto [failure, message] = open(later, LocalData::Drafts);
    ASSERT_FALSE(failure) << message.toStdString();
    storage::Draft loaded;
    EXPECT_FALSE(later.drafts().load(draftId, loaded));

    // It opens its own folder only.
    qputenv("XDG_DATA_HOME", otherHome.path().toLocal8Bit());
    LocalData other;
    EXPECT_EQ(open(other, LocalData::Drafts).first, LocalData::Failure::PassphraseNeeded);
}

TEST_F(LocalDataTest, AKeptKeyIsNotUsedOnceTheKeyFileIsReplaced)
{
    // A key file from elsewhere, protected by another passphrase.
    QTemporaryDir otherHome;
    ASSERT_NO_FATAL_FAILURE(protectAnotherFolder(otherHome));
    qputenv("XDG_DATA_HOME", otherHome.path().toLocal8Bit());
    const QString otherKeyFile = QDir(LocalData::dataDir()).filePath(QStringLiteral("drafts.key"));
    qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
    {
        LocalData first;
        first.setPassphrase(Passphrase);
        ASSERT_FALSE(open(first, LocalData::Drafts).first);
    }

    // Restored from a backup, say: the key kept for the old file does not open the new one.
    const QString keyFile = QDir(LocalData::dataDir()).filePath(QStringLiteral("drafts.key"));
    ASSERT_TRUE(QFile::remove(keyFile));
    ASSERT_TRUE(QFile::copy(otherKeyFile, keyFile));
    LocalData later;
    EXPECT_EQ(open(later, LocalData::Drafts).first, LocalData::Failure::PassphraseNeeded);
}

TEST_F(LocalDataTest, APassphraseToUnlockWithMakesNoKeyFile)
{
    LocalData unlock;
    unlock.setPassphrase(Passphrase, LocalData::KeyFile::OpenExisting);
    const auto [failure, message] = open(unlock, LocalData::Drafts);
    EXPECT_EQ(failure, LocalData::Failure::Unreadable);
    EXPECT_FALSE(message.isEmpty());
    EXPECT_FALSE(QFile::exists(QDir(LocalData::dataDir()).filePath(QStringLiteral("drafts.key"))));
}

TEST_F(LocalDataTest, WaitsWhileAnotherHolderUsesTheDataThenOpens)
{
    ASSERT_TRUE(QDir().mkpath(LocalData::dataDir()));
    auto other = std::make_unique<storage::DataFolderLock>(LocalData::dataDir());
    ASSERT_FALSE(other->lock());

    LocalData data;
    data.setPassphrase(Passphrase);
    QSignalSpy waiting(&data, &LocalData::waiting);
    QSignalSpy opened(&data, &LocalData::opened);
    QSignalSpy failed(&data, &LocalData::failed);
    data.open(LocalData::Drafts);
    ASSERT_TRUE(waiting.wait(10000));
    EXPECT_TRUE(waiting.first().first().toString().contains(QString::number(QCoreApplication::applicationPid())));
    EXPECT_TRUE(opened.isEmpty());
    EXPECT_TRUE(failed.isEmpty());

    other.reset();
    ASSERT_TRUE(opened.wait(10000)) << (failed.isEmpty() ? "" : failed.first().at(1).toString().toStdString());
    EXPECT_EQ(waiting.count(), 1) << "told once, not at each try";

    // Held now: the next one waits in turn.
    storage::DataFolderLock next(LocalData::dataDir());
    EXPECT_EQ(next.lock().code(), storage::StorageError::DataFolderBusy);
}

} // namespace
