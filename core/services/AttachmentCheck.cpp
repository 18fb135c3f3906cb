#include "core/services/AttachmentCheck.h"

#include "core/services/Worker.h"

#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

namespace segurdesk::services {

namespace {

struct Checked
{
    files::FileInspection inspection;
    QImage thumbnail;
};

QImage pdfThumbnail(const QString& path, QSize bounds)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1)
        return {};
    const QSize page = document.pagePointSize(0).toSize();
    if (page.isEmpty())
        return {};
    QImage image = document.render(0, page.scaled(bounds, Qt::KeepAspectRatio));
    // A page is drawn on transparency; a thumbnail is read as paper.
    if (image.hasAlphaChannel()) {
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        paper = paper.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QPainter(&paper).drawImage(0, 0, image);
        image = paper.convertToFormat(QImage::Format_RGB32);
    }
    return image;
}

QImage pictureThumbnail(const QString& path, QSize bounds)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(bounds, Qt::KeepAspectRatio).expandedTo({1, 1}));
    return reader.read();
}

Checked inspect(const QString& path, const files::InspectionLimits& limits, QSize bounds)
{
    Checked result {files::FileInspector(limits).inspect(path), {}};
    if (!result.inspection.accepted())
        return result;
    result.thumbnail
        = result.inspection.type == files::FileType::Pdf ? pdfThumbnail(path, bounds) : pictureThumbnail(path, bounds);
    return result;
}

} // namespace

AttachmentCheck::AttachmentCheck(QObject* parent)
    : QObject(parent)
{ }

AttachmentCheck::~AttachmentCheck() = default;

void AttachmentCheck::check(const QString& path)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    runOnWorker(
        this, [path, limits = m_limits, bounds = m_thumbnailSize] { return inspect(path, limits, bounds); },
        [this, generation, path](const Checked& result) {
            // A newer choice, or cancel(), made this answer stale.
            if (generation != m_generation)
                return;
            m_busy = false;
            emit checked(path, result.inspection, result.thumbnail);
        });
}

void AttachmentCheck::cancel()
{
    ++m_generation;
    m_busy = false;
}

} // namespace segurdesk::services
