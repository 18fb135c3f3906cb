// SIGKILL during autosave: a child process (DraftWriterProcess) saves one draft in a loop and is
// killed at random points; after each kill the draft must load as one whole version. 50 kills by
// default; SEGURDESK_LONG_TESTS=1 runs 1 000.
#include "core/storage/DraftStore.h"
#include "tests/core/storage/DraftVersions.h"
#include "tests/core/storage/StorageFixtures.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace segurdesk::storage;
using namespace segurdesk::storage::testing;
using segurdesk::crypto::SecretKey;

namespace {

int killCount()
{
    return qEnvironmentVariableIntValue("SEGURDESK_LONG_TESTS") > 0 ? 1000 : 50;
}

QByteArray attachmentOf(const DraftStore& store, const Draft& draft)
{
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    return store.readAttachment(draft, QStringLiteral("document"), buffer) ? QByteArray() : content;
}

TEST(DraftCrash, EveryKillLeavesTheOldOrTheNewVersionNeverATornOne)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("drafts"));
    const SecretKey key = SecretKey::generate();
    DraftStore store(root, key);
    Draft draft;
    ASSERT_FALSE(store.create({}, draft));

    QRandomGenerator random(20230630);
    int lastConfirmed = 0;
    const int kills = killCount();
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(SEGURDESK_DRAFT_WRITER),
                     {root, draft.id(), dir.filePath(QStringLiteral("source.bin"))});
        ASSERT_TRUE(writer.waitForStarted());
        writer.write(QByteArray(reinterpret_cast<const char*>(key.data()), SecretKey::Size).toHex() + '\n');
        writer.closeWriteChannel();

        // Let it complete a random number of saves, then kill it a random moment later: the
        // delay only picks where in the next save the kill lands; nothing waits on it.
        const int saves = 1 + random.bounded(3);
        for (int seen = 0; seen < saves;) {
            if (!writer.canReadLine()) {
                ASSERT_TRUE(writer.waitForReadyRead(30000)) << "the writer stopped: exit " << writer.exitCode();
                continue;
            }
            lastConfirmed = writer.readLine().trimmed().toInt();
            ++seen;
        }
        QThread::usleep(random.bounded(4000));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(30000));
        while (writer.canReadLine())
            lastConfirmed = writer.readLine().trimmed().toInt();

        Draft loaded;
        const StorageError error = store.load(draft.id(), loaded);
        ASSERT_FALSE(error) << "round " << round << ": " << error.detail().toStdString();
        const int version = dossierVersion(loaded.dossier());
        const int documentVersion = segurdesk::storage::testing::documentVersion(attachmentOf(store, loaded));
        ASSERT_GE(version, lastConfirmed) << "round " << round << ": a confirmed save was lost";
        ASSERT_TRUE(documentVersion == version || documentVersion == version + 1)
            << "round " << round << ": dossier " << version << " with document " << documentVersion;
        ASSERT_EQ(loaded.attachments().size(), 1);
        EXPECT_EQ(loaded.attachments().first().size, documentFor(documentVersion).size());
    }
    // Interrupted attaches leave files behind only until the next save.
    Draft final;
    ASSERT_FALSE(store.load(draft.id(), final));
    ASSERT_FALSE(store.save(final));
    EXPECT_EQ(QDir(root + QLatin1Char('/') + draft.id()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

TEST(DraftCrash, RandomBitFlipsAreAlwaysReportedAsDamaged)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("drafts"));
    DraftStore store(root, SecretKey::generate());
    Draft draft;
    ASSERT_FALSE(store.create(dossierFor(7), draft));
    writeAll(dir.filePath(QStringLiteral("doc.bin")), documentFor(7));
    ASSERT_FALSE(store.attach(draft, QStringLiteral("document"), dir.filePath(QStringLiteral("doc.bin"))));
    const QString folder = root + QLatin1Char('/') + draft.id() + QLatin1Char('/');
    const QStringList files {folder + QStringLiteral("draft.sdef"), folder + draft.attachments().first().storedName};

    QRandomGenerator random(4194304);
    for (int round = 0; round < 200; ++round) {
        const QString& path = files.at(round % 2);
        const QByteArray original = readAll(path);
        QByteArray flipped = original;
        const qsizetype bit = random.bounded(qint64(flipped.size()) * 8);
        flipped[bit / 8] = static_cast<char>(flipped[bit / 8] ^ (1 << (bit % 8)));
        writeAll(path, flipped);
        Draft loaded;
        const StorageError error = store.load(draft.id(), loaded);
        EXPECT_TRUE(error.code() == StorageError::Damaged || error.code() == StorageError::UnsupportedVersion)
            << "bit " << bit << " of " << path.toStdString();
        writeAll(path, original);
    }
    Draft intact;
    EXPECT_FALSE(store.load(draft.id(), intact));
}

} // namespace
