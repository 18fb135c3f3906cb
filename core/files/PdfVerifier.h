#pragma once

#include "core/files/FileInspection.h"

#include <QByteArray>

namespace segurdesk::files {

// Checks that a PDF held in memory opens with QtPdf (PDFium) and has pages.
//
// Encryption policy: a PDF is refused as password-protected only when a password is needed to
// OPEN it. A PDF with just an owner password (restrictions on editing or copying, empty user
// password) opens and prints without any prompt, for the ASP agent as for us: it is accepted.
// An unsupported security handler cannot be opened either and is refused the same way.
//
// PDFium rebuilds a damaged cross-reference table by scanning the objects, so a PDF cut short
// can still "open"; the file must therefore also end with "%%EOF" (within the last 1024 bytes,
// the tolerance Acrobat applies, ignoring trailing whitespace and NULs) and every page must
// have a size. A page tree that loops is refused before QtPdf sees it (PdfPageTree).
//
// Needs a QGuiApplication (or QCoreApplication) in the process.
class PdfVerifier
{
public:
    struct Result
    {
        FileVerdict verdict = FileVerdict::PdfCorrupt;
        int pageCount = 0;
    };

    static Result verify(const QByteArray& content);
};

} // namespace segurdesk::files
