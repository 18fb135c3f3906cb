// Random bytes and damaged real files through the whole inspector: every outcome is a
// verdict, never a crash or a hang, and nothing random is ever accepted.
#include "core/files/FileInspector.h"
#include "tests/core/files/FileFixtures.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

using testing::FileFixtures;

const QSet<QString> kKnownCodes = {
    QStringLiteral("file.ok"),
    QStringLiteral("file.unreadable"),
    QStringLiteral("file.empty"),
    QStringLiteral("file.too_large"),
    QStringLiteral("file.type_not_allowed"),
    QStringLiteral("file.pdf_encrypted"),
    QStringLiteral("file.pdf_corrupt"),
    QStringLiteral("file.pdf_no_pages"),
    QStringLiteral("file.image_corrupt"),
    QStringLiteral("file.image_too_many_pixels"),
};

QByteArray randomBytes(QRandomGenerator& random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

TEST(FileInspectorRobustness, RandomBuffersWithAndWithoutRealMagicBytes)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const FileFixtures files(directory.path());
    const QList<QByteArray> prefixes = {
        {},
        QByteArrayLiteral("%PDF-1.7\n"),
        QByteArray("\xFF\xD8\xFF", 3),
        QByteArray("\xFF\xD8\xFF\xC0\x00\x11\x08\x00\x10\x00\x10\x03", 12),
        QByteArray("\x89PNG\r\n\x1A\n", 8),
        FileFixtures::pngClaiming({16, 16}).left(33),
        QByteArray("PK\x03\x04", 4),
        QByteArrayLiteral("GIF89a"),
        QByteArray("\0\0\0\x18"
                   "ftypheic",
                   12),
    };
    QRandomGenerator random(20240611);
    for (int round = 0; round < 360; ++round) {
        const QByteArray& prefix = prefixes.at(round % prefixes.size());
        const QByteArray content = prefix + randomBytes(random, random.bounded(1, 6000));
        const QString path = files.write(QStringLiteral("random-%1.bin").arg(round), content);
        ASSERT_FALSE(path.isEmpty());
        const FileInspection inspection = FileInspector().inspect(path);
        EXPECT_TRUE(kKnownCodes.contains(inspection.code())) << round;
        EXPECT_FALSE(inspection.accepted())
            << "round " << round << " accepted as " << fileTypeId(inspection.type).toStdString();
        EXPECT_EQ(inspection.size, content.size());
    }
}

TEST(FileInspectorRobustness, RealFilesWithRandomDamage)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const FileFixtures files(directory.path());
    const QList<QByteArray> originals = {
        FileFixtures::pdf(2),
        FileFixtures::image("png", {48, 48}, true),
        FileFixtures::image("jpeg", {48, 48}, true),
    };
    QRandomGenerator random(7);
    for (int round = 0; round < 150; ++round) {
        QByteArray damaged = originals.at(round % originals.size());
        for (int flips = random.bounded(1, 8); flips > 0; --flips)
            damaged[random.bounded(damaged.size())] = char(random.bounded(256));
        if (round % 5 == 0)
            damaged.truncate(random.bounded(1, damaged.size()));
        const QString path = files.write(QStringLiteral("damaged-%1").arg(round), damaged);
        const FileInspection inspection = FileInspector().inspect(path);
        EXPECT_TRUE(kKnownCodes.contains(inspection.code())) << round;
        EXPECT_EQ(inspection.message.isEmpty(), inspection.accepted()) << round;
    }
}

} // namespace
} // namespace segurdesk::files
