#pragma once

#include "core/files/FileInspector.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>

namespace segurdesk::files {

// Documents made from photos the portal refuses as they are, on the user's request: a photo too
// heavy or too large re-encoded to fit the limits, and photos of several pages (an identity
// card's front and back) put into one PDF, a page each. The photos are only read; what is made
// is new content, without the photos' metadata (place, camera), turned upright as the camera
// said. Blocking and needing a QGuiApplication (image codecs, QPdfWriter): for worker threads.
namespace PhotoDocuments {

struct Made
{
    QByteArray content;
    QString failure; // translated; says what to do; empty when `content` was made

    bool ok() const { return failure.isEmpty(); }
};

// A JPEG or PNG photo as a JPEG within `limits`: first at its own size with a lower quality,
// then scaled down, never below what stays legible on paper.
Made fitPhoto(const QByteArray& photo, const InspectionLimits& limits);

// JPEG or PNG photos as one A4 PDF within `limits`, one photo per page in the given order.
Made photosToPdf(const QList<QByteArray>& photos, const InspectionLimits& limits);

// `image` with any transparency laid on white paper, as a document is read.
QImage onPaper(const QImage& image);

} // namespace PhotoDocuments

} // namespace segurdesk::files
