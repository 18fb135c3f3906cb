#pragma once

#include "core/files/FileType.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace segurdesk::files {

// Why a file was accepted or not. Each value has one stable code (fileVerdictCode) that
// scripts and the portal client may rely on:
//   file.ok                    accepted
//   file.unreadable            missing, a folder, not a regular file, or a read error
//   file.empty                 zero bytes
//   file.too_large             more bytes than the caller's limit (decided from the size alone)
//   file.type_not_allowed      content is neither PDF, JPEG nor PNG (whatever the name says)
//   file.pdf_encrypted         a password is needed to open the PDF
//   file.pdf_corrupt           QtPdf cannot open it, or it is truncated
//   file.pdf_no_pages          opens but has no page
//   file.image_corrupt         the image does not decode completely
//   file.image_too_many_pixels its header declares more pixels than allowed (not decoded)
enum class FileVerdict {
    Accepted,
    Unreadable,
    Empty,
    TooLarge,
    TypeNotAllowed,
    PdfEncrypted,
    PdfCorrupt,
    PdfNoPages,
    ImageCorrupt,
    ImageTooManyPixels,
};

QString fileVerdictCode(FileVerdict verdict);

// What FileInspector found out about one file. Fields the inspection did not reach stay at
// their defaults: `type` is Unknown for an oversize file (its content is not read), `sha256` is
// empty unless the whole content was read, `pageCount` is 0 and `pixelSize` invalid when they
// do not apply.
struct FileInspection
{
    FileVerdict verdict = FileVerdict::Unreadable;
    FileType type = FileType::Unknown;
    qint64 size = -1;
    int pageCount = 0;
    QSize pixelSize;
    QByteArray sha256Hex;
    // Translated; says why the file was refused and what to do. Empty when accepted.
    QString message;

    bool accepted() const { return verdict == FileVerdict::Accepted; }
    QString code() const { return fileVerdictCode(verdict); }
};

} // namespace segurdesk::files
