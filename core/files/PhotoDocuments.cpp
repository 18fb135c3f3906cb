#include "core/files/PhotoDocuments.h"

#include "core/files/DataSize.h"
#include "core/files/FileTypeSniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace segurdesk::files::PhotoDocuments {

namespace {

// Below this many pixels on its shorter side, a photographed page stops being readable.
constexpr int MinLegibleSide = 800;
// A page is not drawn finer than this: paper shows no more, and the file only grows.
constexpr int MaxPageDpi = 200;
// About an A4 page at MaxPageDpi: a photo for a page is never kept larger.
constexpr qint64 MaxPagePixels = qint64 {1500} * 2200;
constexpr int MinPageDpi = 100;
constexpr int MaxRounds = 8;
// Each new try aims a little under the limit, so that it rarely takes another.
constexpr double Margin = 0.9;

struct Decoded
{
    QImage image;
    QString failure;
};

Decoded decode(const QByteArray& photo, qint64 maxPixels)
{
    const FileType type = FileTypeSniffer::sniff(
        QByteArrayView(photo).first(std::min<qsizetype>(photo.size(), FileTypeSniffer::HeadBytes)));
    if (type != FileType::Jpeg && type != FileType::Png)
        return {{},
                QCoreApplication::translate(
                    "PhotoDocuments",
                    "Only a JPEG or PNG photo can be made lighter. A PDF that is too heavy must be made again by "
                    "the program or the scanner that created it, at a lower resolution.")};
    QByteArray bytes = photo; // shared, not copied: QBuffer needs a non-const array
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    const qint64 pixels = qint64(size.width()) * size.height();
    if (type == FileType::Jpeg && size.isValid() && pixels > maxPixels) {
        // libjpeg divides by 2, 4 or 8 while decoding (below Qt's "high quality"): a huge photo
        // is decoded at the smallest such size still above the limit, never whole in memory.
        int divisor = 1;
        while (divisor < 8 && pixels / (qint64 {4} * divisor * divisor) >= maxPixels)
            divisor *= 2;
        reader.setQuality(0);
        reader.setScaledSize(QSize((size.width() + divisor - 1) / divisor, (size.height() + divisor - 1) / divisor));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {{},
                QCoreApplication::translate("PhotoDocuments",
                                            "This photo cannot be read: it may be damaged. Take or export it "
                                            "again as JPEG.")};
    const qint64 read = qint64(image.width()) * image.height();
    if (read > maxPixels) {
        // Rounded down, so that the photo is never a pixel over the limit.
        const double factor = std::sqrt(static_cast<double>(maxPixels) / static_cast<double>(read));
        image = image.scaled(static_cast<int>(image.width() * factor), static_cast<int>(image.height() * factor),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    return {onPaper(image).convertToFormat(QImage::Format_RGB32), {}};
}

QString notMade()
{
    return QCoreApplication::translate("PhotoDocuments", "The new document could not be made on this computer.");
}

QByteArray jpeg(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    return image.save(&buffer, "JPEG", quality) ? bytes : QByteArray();
}

QString tooDetailed(qint64 maxBytes)
{
    return QCoreApplication::translate(
               "PhotoDocuments",
               "This photo cannot be made lighter than %1 and stay readable. Take it again closer to the "
               "document, or scan the document.")
        .arg(DataSize::ofLimit(maxBytes));
}

double shrinkFactor(qint64 limit, qint64 size)
{
    return std::sqrt(static_cast<double>(limit) / static_cast<double>(size)) * Margin;
}

QByteArray pdfOf(const QList<QImage>& pages, int dpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("Ségur Desk"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return {};
    const QRect area(QPoint(0, 0), writer.pageLayout().paintRectPixels(dpi).size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        const QImage& photo = pages.at(i);
        // Never enlarged; made no finer than the page shows, so that the file holds no more.
        const bool fits = photo.width() <= area.width() && photo.height() <= area.height();
        const QImage drawn = fits ? photo : photo.scaled(area.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage(QPoint((area.width() - drawn.width()) / 2, 0), drawn);
    }
    painter.end();
    return bytes;
}

} // namespace

Made fitPhoto(const QByteArray& photo, const InspectionLimits& limits)
{
    const Decoded decoded = decode(photo, limits.maxPixels);
    if (!decoded.failure.isEmpty())
        return {{}, decoded.failure};
    QImage image = decoded.image;
    for (int round = 0; round < MaxRounds; ++round) {
        qint64 smallest = 0;
        for (const int quality : {85, 70}) {
            QByteArray made = jpeg(image, quality);
            if (made.isEmpty())
                return {{}, notMade()};
            if (made.size() <= limits.maxBytes)
                return {made, {}};
            smallest = made.size();
        }
        const double factor = shrinkFactor(limits.maxBytes, smallest);
        const QSize next(static_cast<int>(image.width() * factor), static_cast<int>(image.height() * factor));
        if (std::min(next.width(), next.height()) < MinLegibleSide)
            break;
        image = image.scaled(next, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return {{}, tooDetailed(limits.maxBytes)};
}

Made photosToPdf(const QList<QByteArray>& photos, const InspectionLimits& limits)
{
    QList<QImage> pages;
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Decoded decoded = decode(photos.at(i), std::min(limits.maxPixels, MaxPagePixels));
        if (!decoded.failure.isEmpty())
            return {{}, QCoreApplication::translate("PhotoDocuments", "Photo %1: %2").arg(i + 1).arg(decoded.failure)};
        pages.append(decoded.image);
    }
    if (pages.isEmpty())
        return {{}, QCoreApplication::translate("PhotoDocuments", "Choose at least one photo.")};
    double dpi = MaxPageDpi;
    for (int round = 0; round < MaxRounds && dpi >= MinPageDpi; ++round) {
        QByteArray made = pdfOf(pages, static_cast<int>(dpi));
        if (made.isEmpty())
            return {{}, notMade()};
        if (made.size() <= limits.maxBytes)
            return {made, {}};
        dpi *= shrinkFactor(limits.maxBytes, made.size());
    }
    return {{},
            QCoreApplication::translate(
                "PhotoDocuments",
                "These photos do not fit in one document of %1 and stay readable. Attach fewer pages, or scan "
                "the document.")
                .arg(DataSize::ofLimit(limits.maxBytes))};
}

QImage onPaper(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image;
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    paper = paper.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter(&paper).drawImage(0, 0, image);
    return paper.convertToFormat(QImage::Format_RGB32);
}

} // namespace segurdesk::files::PhotoDocuments
