#pragma once

#include "core/files/FileInspection.h"
#include "core/files/FileInspector.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>

namespace segurdesk::services {

// What a document field shows of one file: the inspector's verdict and, for an accepted file, a
// thumbnail within `bounds` (null when it cannot be drawn small).
struct CheckedDocument
{
    files::FileInspection inspection;
    QImage thumbnail;
};

// The check AttachmentCheck runs, on content already in memory (a draft's own copy, decrypted).
// Blocking: for worker threads.
CheckedDocument checkDocumentContent(const QByteArray& content, const QString& fileName,
                                     const files::InspectionLimits& limits, QSize bounds);

// A document as a reader shows it: each page of a PDF (up to a number), or the picture turned
// upright, each drawn within the bounds given; `total` counts the pages of the whole document.
// No image at all when the content cannot be drawn.
struct DocumentPages
{
    QList<QImage> images;
    int total = 0;
};
// Blocking: for worker threads.
DocumentPages documentPages(const QByteArray& content, QSize bounds, int maxPages);

// What a document field shows once the user has chosen a file: the inspector's verdict (size,
// real type, integrity, pages or pixels) and, for an accepted file, a thumbnail (the first page
// of a PDF, or the picture) no larger than thumbnailSize(), keeping its proportions.
//
// Asynchronous, on the thread that owns it: check() returns at once, the file is read, checked
// and rendered on a worker thread, and checked() follows from the event loop. Checking another
// file, or cancel(), makes the earlier answer stale: it is dropped and never arrives, so a slow
// check of an old choice cannot overwrite a newer one.
class AttachmentCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentCheck)

public:
    explicit AttachmentCheck(QObject* parent = nullptr);
    ~AttachmentCheck() override;

    // The portal's limits (from /config); they apply to the next check().
    void setLimits(const files::InspectionLimits& limits) { m_limits = limits; }
    const files::InspectionLimits& limits() const { return m_limits; }
    // In device pixels, so that a high-DPI screen gets a sharp thumbnail.
    void setThumbnailSize(QSize size) { m_thumbnailSize = size; }
    QSize thumbnailSize() const { return m_thumbnailSize; }

    void check(const QString& path);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    // `thumbnail` is null for a refused file, or when the accepted file cannot be drawn small.
    void checked(const QString& path, const segurdesk::files::FileInspection& inspection, const QImage& thumbnail);

private:
    files::InspectionLimits m_limits;
    QSize m_thumbnailSize {160, 160};
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace segurdesk::services
