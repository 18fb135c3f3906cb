// Documents made from photos, checked by the file inspector as the portal checks them: photos
// and PDFs made at test time, heavy ones from noise, which no encoder can shrink for free.
#include "core/files/PhotoDocuments.h"

#include "tests/core/files/FileFixtures.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

using testing::FileFixtures;

constexpr qint64 MiB = qint64 {1024} * 1024;

FileInspection inspected(const PhotoDocuments::Made& made, const InspectionLimits& limits)
{
    return FileInspector(limits).inspectContent(made.content, QStringLiteral("made"));
}

QSize pixelsOf(const QByteArray& picture)
{
    QByteArray bytes = picture;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    return reader.read().size();
}

TEST(PhotoDocuments, AHeavyPhotoBecomesAJpegWithinTheLimitAndKeepsItsShape)
{
    const QByteArray photo = FileFixtures::image("png", {2400, 1800}, true);
    const InspectionLimits limits;
    ASSERT_GT(photo.size(), limits.maxBytes);

    const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(photo, limits);

    ASSERT_TRUE(made.ok()) << made.failure.toStdString();
    const FileInspection inspection = inspected(made, limits);
    EXPECT_TRUE(inspection.accepted()) << inspection.message.toStdString();
    EXPECT_EQ(inspection.type, FileType::Jpeg);
    EXPECT_LE(made.content.size(), limits.maxBytes);
    EXPECT_NEAR(double(inspection.pixelSize.width()) / inspection.pixelSize.height(), 4.0 / 3.0, 0.01);
}

TEST(PhotoDocuments, APhotoWithTooManyPixelsIsScaledUnderThePixelLimit)
{
    // Not a round factor: the size is rounded down, never a pixel over.
    const QByteArray photo = FileFixtures::image("jpeg", {3001, 1999});
    InspectionLimits limits;
    limits.maxPixels = 1'234'567;
    ASSERT_EQ(FileInspector(limits).inspectContent(photo, QStringLiteral("photo.jpg")).verdict,
              FileVerdict::ImageTooManyPixels);

    const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(photo, limits);

    ASSERT_TRUE(made.ok()) << made.failure.toStdString();
    const FileInspection inspection = inspected(made, limits);
    EXPECT_TRUE(inspection.accepted()) << inspection.message.toStdString();
    EXPECT_LE(qint64(inspection.pixelSize.width()) * inspection.pixelSize.height(), limits.maxPixels);
    EXPECT_GT(qint64(inspection.pixelSize.width()) * inspection.pixelSize.height(), limits.maxPixels * 9 / 10);
}

TEST(PhotoDocuments, APhotoIsMadeUprightAsTheCameraSaid)
{
    QByteArray photo;
    QBuffer buffer(&photo);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setTransformation(QImageIOHandler::TransformationRotate90);
    ASSERT_TRUE(writer.write(QImage::fromData(FileFixtures::image("png", {1200, 900}))));
    ASSERT_EQ(pixelsOf(photo), QSize(900, 1200)) << "the camera's orientation was not written";

    const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(photo, {});

    ASSERT_TRUE(made.ok()) << made.failure.toStdString();
    // Upright in the pixels themselves: a reader that ignores the orientation sees it so too.
    EXPECT_EQ(QImage::fromData(made.content).size(), QSize(900, 1200));
}

TEST(PhotoDocuments, TransparencyBecomesWhitePaper)
{
    QImage picture(1000, 1000, QImage::Format_ARGB32);
    picture.fill(Qt::transparent);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(picture.save(&buffer, "png"));

    const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(png, {});

    ASSERT_TRUE(made.ok()) << made.failure.toStdString();
    const QColor corner = QImage::fromData(made.content).pixelColor(10, 10);
    EXPECT_GT(corner.lightness(), 245);
}

TEST(PhotoDocuments, ALimitTooSmallToStayReadableIsRefusedWithTheLimit)
{
    InspectionLimits limits;
    limits.maxBytes = qint64 {40} * 1024;

    const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(FileFixtures::image("png", {2000, 1500}, true), limits);

    EXPECT_FALSE(made.ok());
    EXPECT_TRUE(made.content.isEmpty());
    EXPECT_TRUE(made.failure.contains(QStringLiteral("40"))) << made.failure.toStdString();
}

TEST(PhotoDocuments, OnlyJpegAndPngPhotosCanBeMadeLighter)
{
    for (const QByteArray& content : {FileFixtures::pdf(1), FileFixtures::gif(), QByteArray("not a photo")}) {
        const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(content, {});
        EXPECT_FALSE(made.ok());
        EXPECT_TRUE(made.content.isEmpty());
        EXPECT_TRUE(made.failure.contains(QStringLiteral("JPEG"))) << made.failure.toStdString();
    }
}

TEST(PhotoDocuments, ADamagedPhotoIsRefused)
{
    const QByteArray photo = FileFixtures::image("jpeg", {1200, 900}, true);

    const PhotoDocuments::Made made = PhotoDocuments::fitPhoto(photo.left(300), {});

    EXPECT_FALSE(made.ok());
    EXPECT_TRUE(made.content.isEmpty());
}

TEST(PhotoDocuments, TwoPhotosBecomeAPdfOfTwoPagesInTheirOrder)
{
    const QList<QByteArray> photos {FileFixtures::image("jpeg", {1600, 1000}), FileFixtures::image("png", {800, 1200})};

    const PhotoDocuments::Made made = PhotoDocuments::photosToPdf(photos, {});

    ASSERT_TRUE(made.ok()) << made.failure.toStdString();
    const FileInspection inspection = inspected(made, {});
    EXPECT_TRUE(inspection.accepted()) << inspection.message.toStdString();
    EXPECT_EQ(inspection.type, FileType::Pdf);
    EXPECT_EQ(inspection.pageCount, 2);
}

TEST(PhotoDocuments, HeavyPhotosAreDrawnSmallerUntilThePdfFits)
{
    InspectionLimits limits;
    limits.maxBytes = 2 * MiB;
    const QByteArray heavy = FileFixtures::image("png", {2400, 1800}, true);
    ASSERT_GT(heavy.size(), limits.maxBytes);

    const PhotoDocuments::Made made = PhotoDocuments::photosToPdf({heavy, heavy}, limits);

    ASSERT_TRUE(made.ok()) << made.failure.toStdString();
    EXPECT_LE(made.content.size(), limits.maxBytes);
    const FileInspection inspection = inspected(made, limits);
    EXPECT_TRUE(inspection.accepted()) << inspection.message.toStdString();
    EXPECT_EQ(inspection.pageCount, 2);
}

TEST(PhotoDocuments, APdfIsNotMadeWhenOnePhotoIsNot)
{
    const PhotoDocuments::Made made
        = PhotoDocuments::photosToPdf({FileFixtures::image("jpeg", {800, 600}), FileFixtures::pdf(1)}, {});

    EXPECT_FALSE(made.ok());
    EXPECT_TRUE(made.content.isEmpty());
    EXPECT_TRUE(made.failure.startsWith(QStringLiteral("Photo 2"))) << made.failure.toStdString();
}

TEST(PhotoDocuments, NoPhotoMakesNoPdf)
{
    EXPECT_FALSE(PhotoDocuments::photosToPdf({}, {}).ok());
}

} // namespace
} // namespace segurdesk::files
