#include "core/storage/Outbox.h"

#include "tests/core/storage/StorageFixtures.h"
#include "tests/support/FileSearch.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>
#include <memory>

using namespace segurdesk::storage;
using namespace segurdesk::storage::testing;
using segurdesk::crypto::SecretKey;
using segurdesk::test::foundNothing;
using segurdesk::test::searchFiles;

namespace {

const SubmissionReceipt Receipt {QStringLiteral("17"), QStringLiteral("ENR-2023-000017"),
                                 QDateTime(QDate(2023, 4, 2), QTime(9, 30), Qt::UTC)};

class OutboxTest : public ::testing::Test
{
protected:
    void SetUp() override { reopen(); }
    // A fresh Outbox on the same file, as after a crash and restart.
    void reopen()
    {
        m_outbox.reset();
        m_outbox = std::make_unique<Outbox>(path(), m_key);
        ASSERT_FALSE(m_outbox->open());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("data/outbox.sqlite")); }
    QString record(const QString& draft, const QString& hash, StorageError::Code expected = StorageError::None)
    {
        QString key;
        EXPECT_EQ(m_outbox->record(draft, hash, key).code(), expected);
        return key;
    }

    QTemporaryDir m_dir;
    SecretKey m_key = SecretKey::generate();
    std::unique_ptr<Outbox> m_outbox;
};

TEST_F(OutboxTest, PendingSubmissionSurvivesARestartWithItsKey)
{
    const QString key = record(QStringLiteral("draft-a"), QStringLiteral("hash-1"));
    ASSERT_FALSE(QUuid::fromString(key).isNull());
    ASSERT_FALSE(m_outbox->noteAttempt(key));

    reopen();
    const QList<OutboxEntry> pending = m_outbox->pending();
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending.first().idempotencyKey, key);
    EXPECT_EQ(pending.first().draftId, QStringLiteral("draft-a"));
    EXPECT_EQ(pending.first().payloadHash, QStringLiteral("hash-1"));
    EXPECT_EQ(pending.first().attempts, 1);

    // The user clicks again after the restart: same content, same key.
    EXPECT_EQ(record(QStringLiteral("draft-a"), QStringLiteral("hash-1")), key);

    ASSERT_FALSE(m_outbox->acknowledge(key, Receipt));
    reopen();
    EXPECT_TRUE(m_outbox->pending().isEmpty());
    OutboxEntry done;
    ASSERT_FALSE(m_outbox->entry(key, done));
    EXPECT_EQ(done.state, OutboxEntry::State::Acknowledged);
    EXPECT_EQ(done.receipt, Receipt);
}

TEST_F(OutboxTest, OtherContentWhileAnswerIsAwaitedIsRefused)
{
    const QString key = record(QStringLiteral("d"), QStringLiteral("h1"));
    EXPECT_TRUE(record(QStringLiteral("d"), QStringLiteral("h2"), StorageError::SubmissionPending).isEmpty());
    EXPECT_EQ(m_outbox->pending().size(), 1);
    // Other drafts are independent.
    EXPECT_NE(record(QStringLiteral("e"), QStringLiteral("h1")), key);
}

TEST_F(OutboxTest, AnAcknowledgedDraftIsNeverSubmittedAgain)
{
    const QString key = record(QStringLiteral("d"), QStringLiteral("h1"));
    ASSERT_FALSE(m_outbox->acknowledge(key, Receipt));
    ASSERT_FALSE(m_outbox->acknowledge(key, Receipt)); // a replayed answer
    SubmissionReceipt other = Receipt;
    other.number = QStringLiteral("ENR-2023-000018");
    EXPECT_EQ(m_outbox->acknowledge(key, other).code(), StorageError::InvalidState);
    record(QStringLiteral("d"), QStringLiteral("h1"), StorageError::AlreadySubmitted);
    record(QStringLiteral("d"), QStringLiteral("h2"), StorageError::AlreadySubmitted);
    EXPECT_EQ(m_outbox->markFailed(key, {}).code(), StorageError::InvalidState);
}

TEST_F(OutboxTest, AfterARefusalOnlyChangedContentGetsANewKey)
{
    const QString first = record(QStringLiteral("d"), QStringLiteral("h1"));
    const QJsonObject problem {{QStringLiteral("status"), 422},
                               {QStringLiteral("title"), QStringLiteral("Dossier invalide")},
                               {QStringLiteral("detail"), QStringLiteral("IBAN FR7630006000011234567890189 refusé")}};
    ASSERT_FALSE(m_outbox->markFailed(first, problem));
    EXPECT_EQ(m_outbox->acknowledge(first, Receipt).code(), StorageError::InvalidState);

    reopen();
    EXPECT_TRUE(m_outbox->pending().isEmpty());
    OutboxEntry failed;
    ASSERT_FALSE(m_outbox->entry(first, failed));
    EXPECT_EQ(failed.state, OutboxEntry::State::Failed);
    EXPECT_EQ(failed.problem, problem);

    record(QStringLiteral("d"), QStringLiteral("h1"), StorageError::UnchangedSinceRefusal);
    const QString second = record(QStringLiteral("d"), QStringLiteral("h2"));
    EXPECT_NE(second, first);
    EXPECT_FALSE(second.isEmpty());
    const QList<OutboxEntry> history = m_outbox->history(QStringLiteral("d"));
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().idempotencyKey, second);
    // Changing back to the refused content is a change too once h2 was refused in turn.
    ASSERT_FALSE(m_outbox->markFailed(second, problem));
    EXPECT_FALSE(record(QStringLiteral("d"), QStringLiteral("h1")).isEmpty());
}

TEST_F(OutboxTest, ProblemDetailsAreEncryptedOnDisk)
{
    const QString key = record(QStringLiteral("d"), QStringLiteral("h"));
    ASSERT_FALSE(m_outbox->markFailed(
        key, {{QStringLiteral("detail"), QStringLiteral("IBAN FR7630006000011234567890189 refusé")}}));
    m_outbox.reset();
    EXPECT_TRUE(foundNothing(searchFiles(m_dir.path(), {"FR7630006000011234567890189"}), 1, 1));
    m_outbox = std::make_unique<Outbox>(path(), SecretKey::generate());
    ASSERT_FALSE(m_outbox->open());
    OutboxEntry entry;
    EXPECT_EQ(m_outbox->entry(key, entry).code(), StorageError::Damaged);
}

TEST_F(OutboxTest, UnknownKeysAreReported)
{
    OutboxEntry entry;
    EXPECT_EQ(m_outbox->entry(QStringLiteral("nope"), entry).code(), StorageError::UnknownSubmission);
    EXPECT_EQ(m_outbox->acknowledge(QStringLiteral("nope"), Receipt).code(), StorageError::UnknownSubmission);
    EXPECT_EQ(m_outbox->noteAttempt(QStringLiteral("nope")).code(), StorageError::InvalidState);
}

TEST_F(OutboxTest, OpeningAgainWritesNothing)
{
    // Each step of a submission opens the outbox anew: a write there would be a commit, with its
    // fsync, every time. With m_outbox's connection still open, a write would grow the WAL file.
    record(QStringLiteral("draft-a"), QStringLiteral("hash-1"));
    const QFileInfo wal(path() + QStringLiteral("-wal"));
    ASSERT_TRUE(wal.exists());
    const qint64 before = wal.size();
    Outbox again(m_outbox->location());
    ASSERT_FALSE(again.open());
    EXPECT_EQ(QFileInfo(wal.filePath()).size(), before);
    EXPECT_EQ(again.pending().size(), 1);
    // It was written once, by the first opening.
    SqliteConnection file(path());
    ASSERT_FALSE(file.open());
    int version = 0;
    ASSERT_FALSE(file.schemaVersion(version));
    EXPECT_EQ(version, 1);
}

TEST_F(OutboxTest, TwoConnectionsAgreeOnOneKey)
{
    // Two windows (or the app and the CLI) clicking submit on one draft at once.
    Outbox second(path(), m_key);
    ASSERT_FALSE(second.open());
    const QString key = record(QStringLiteral("d"), QStringLiteral("h"));
    QString other;
    ASSERT_FALSE(second.record(QStringLiteral("d"), QStringLiteral("h"), other));
    EXPECT_EQ(other, key);
    EXPECT_EQ(second.record(QStringLiteral("d"), QStringLiteral("h2"), other).code(), StorageError::SubmissionPending);
}

} // namespace
