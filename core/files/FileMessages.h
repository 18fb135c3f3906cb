#pragma once

#include "core/files/FileType.h"

#include <QSize>
#include <QString>

// The translated sentences that tell a user why a file was refused and what to do about it.
// Numbers are formatted for the interface language ("4 194 305 octets" in French).
namespace segurdesk::files::FileMessages {

QString notFound();
QString isFolder();
QString notRegularFile();
QString readError();
QString empty();
QString tooLarge(qint64 size, qint64 maxBytes);
// `fileName` is used only to point out an extension that lies about the content.
QString typeNotAllowed(FileType type, const QString& fileName);
QString pdfEncrypted();
QString pdfCorrupt();
QString pdfNoPages();
QString imageCorrupt();
QString imageTooManyPixels(QSize size, qint64 maxPixels);

} // namespace segurdesk::files::FileMessages
