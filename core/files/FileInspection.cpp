#include "core/files/FileInspection.h"

namespace segurdesk::files {

QString fileVerdictCode(FileVerdict verdict)
{
    switch (verdict) {
    case FileVerdict::Accepted:
        return QStringLiteral("file.ok");
    case FileVerdict::Unreadable:
        return QStringLiteral("file.unreadable");
    case FileVerdict::Empty:
        return QStringLiteral("file.empty");
    case FileVerdict::TooLarge:
        return QStringLiteral("file.too_large");
    case FileVerdict::TypeNotAllowed:
        return QStringLiteral("file.type_not_allowed");
    case FileVerdict::PdfEncrypted:
        return QStringLiteral("file.pdf_encrypted");
    case FileVerdict::PdfCorrupt:
        return QStringLiteral("file.pdf_corrupt");
    case FileVerdict::PdfNoPages:
        return QStringLiteral("file.pdf_no_pages");
    case FileVerdict::ImageCorrupt:
        return QStringLiteral("file.image_corrupt");
    case FileVerdict::ImageTooManyPixels:
        return QStringLiteral("file.image_too_many_pixels");
    }
    return QStringLiteral("file.unreadable");
}

} // namespace segurdesk::files
