#pragma once

#include <QByteArray>

namespace segurdesk::files::PdfPageTree {

// Whether the page tree of a PDF loops: a /Kids array that leads back to a node on its own path
// ("2 0 obj << /Type /Pages /Kids [2 0 R] >>"). The PDFium of Qt 6.4 never returns from opening
// such a file, so it is refused before QtPdf sees it. Read from the raw bytes: the objects
// written plainly and those inside Flate-compressed object streams (/ObjStm), whose inflated
// size is capped.
bool loops(const QByteArray& content);

} // namespace segurdesk::files::PdfPageTree
