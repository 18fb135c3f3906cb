#include "core/services/AttachmentCheck.h"

#include "core/files/PhotoDocuments.h"
#include "core/services/Worker.h"

#include <QBuffer>
#include <QImageReader>
#include <QPdfDocument>

namespace segurdesk::services {

namespace {

// Page `index` of a loaded `document` within `bounds`, or a null image.
QImage pdfPage(QPdfDocument& document, int index, QSize bounds)
{
    if (document.status() != QPdfDocument::Status::Ready || index >= document.pageCount())
        return {};
    const QSize page = document.pagePointSize(index).toSize();
    if (page.isEmpty())
        return {};
    // A page is drawn on transparency; it is read as paper.
    return files::PhotoDocuments::onPaper(document.render(index, page.scaled(bounds, Qt::KeepAspectRatio)));
}

QImage pdfThumbnail(QPdfDocument& document, QSize bounds)
{
    return pdfPage(document, 0, bounds);
}

QImage pictureThumbnail(QImageReader& reader, QSize bounds)
{
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(bounds, Qt::KeepAspectRatio).expandedTo({1, 1}));
    return reader.read();
}

CheckedDocument checkFile(const QString& path, const files::InspectionLimits& limits, QSize bounds)
{
    CheckedDocument result {files::FileInspector(limits).inspect(path), {}};
    if (!result.inspection.accepted())
        return result;
    if (result.inspection.type == files::FileType::Pdf) {
        QPdfDocument document;
        document.load(path);
        result.thumbnail = pdfThumbnail(document, bounds);
    } else {
        QImageReader reader(path);
        result.thumbnail = pictureThumbnail(reader, bounds);
    }
    return result;
}

} // namespace

CheckedDocument checkDocumentContent(const QByteArray& content, const QString& fileName,
                                     const files::InspectionLimits& limits, QSize bounds)
{
    CheckedDocument result {files::FileInspector(limits).inspectContent(content, fileName), {}};
    if (!result.inspection.accepted())
        return result;
    QByteArray bytes = content; // shared, not copied: QBuffer needs a non-const array
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    if (result.inspection.type == files::FileType::Pdf) {
        // From a buffer, QtPdf loads at once: the document is ready when load() returns.
        QPdfDocument document;
        document.load(&buffer);
        result.thumbnail = pdfThumbnail(document, bounds);
    } else {
        QImageReader reader(&buffer);
        result.thumbnail = pictureThumbnail(reader, bounds);
    }
    return result;
}

DocumentPages documentPages(const QByteArray& content, QSize bounds, int maxPages)
{
    QByteArray bytes = content; // shared, not copied: QBuffer needs a non-const array
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    DocumentPages pages;
    if (content.startsWith("%PDF-")) {
        QPdfDocument document;
        document.load(&buffer);
        pages.total = document.status() == QPdfDocument::Status::Ready ? document.pageCount() : 0;
        for (int index = 0; index < std::min(pages.total, maxPages); ++index) {
            QImage page = pdfPage(document, index, bounds);
            if (page.isNull())
                return {};
            pages.images.append(std::move(page));
        }
        return pages;
    }
    QImageReader reader(&buffer);
    if (QImage picture = pictureThumbnail(reader, bounds); !picture.isNull())
        pages = {{std::move(picture)}, 1};
    return pages;
}

AttachmentCheck::AttachmentCheck(QObject* parent)
    : QObject(parent)
{ }

AttachmentCheck::~AttachmentCheck() = default;

void AttachmentCheck::check(const QString& path)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    runOnWorker(
        this, [path, limits = m_limits, bounds = m_thumbnailSize] { return checkFile(path, limits, bounds); },
        [this, generation, path](const CheckedDocument& result) {
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
