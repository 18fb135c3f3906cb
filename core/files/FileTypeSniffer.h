#pragma once

#include "core/files/FileType.h"

#include <QByteArrayView>

namespace segurdesk::files {

// Content sniffing: the type of a file from its first bytes, never from its name.
//
// PDF rule: like Acrobat and PDFium (which QtPdf uses), "%PDF-" may start anywhere in the first
// 1024 bytes, so a PDF behind a few bytes of junk a mail gateway prepended is still a PDF; a
// file whose first bytes are another format's signature stays that format.
class FileTypeSniffer
{
public:
    // How many leading bytes sniff() looks at; reading more does not change its answer.
    static constexpr qsizetype HeadBytes = 4096;
    // How many trailing bytes refineZip() wants: the end of the central directory and its names.
    static constexpr qsizetype ZipTailBytes = qsizetype {64} * 1024;

    static FileType sniff(QByteArrayView head);
    // Tells OOXML, OpenDocument and EPUB apart from a plain ZIP by the entry names, which the
    // first local header (in `head`) and the central directory (in `tail`) store uncompressed.
    static FileType refineZip(QByteArrayView head, QByteArrayView tail);
};

} // namespace segurdesk::files
