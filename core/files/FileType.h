#pragma once

#include <QString>

namespace segurdesk::files {

// A file's real type, as its content shows it. Only Pdf, Jpeg and Png are accepted as
// attachments; the others exist so that a rejection can name what the user actually chose.
enum class FileType {
    Unknown,
    Pdf,
    Jpeg,
    Png,
    Gif,
    Bmp,
    Tiff,
    WebP,
    Heif,
    Avif,
    Jpeg2000,
    JpegXl,
    Icon,
    Photoshop,
    Svg,
    Zip,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Odp,
    Epub,
    OfficeLegacy,
    Rtf,
    Text,
    Html,
    Xml,
    PostScript,
    Elf,
    WindowsExecutable,
    MachO,
    Gzip,
    Bzip2,
    Xz,
    Zstd,
    SevenZip,
    Rar,
    Tar,
    Cab,
    Mp4,
    QuickTime,
    Matroska,
    Avi,
    Mp3,
    Wav,
    Ogg,
    Flac,
    Sqlite,
    DjVu,
};

// Stable lowercase identifier used by scripts and JSON output ("pdf", "docx", "unknown").
QString fileTypeId(FileType type);
// Translated name for people ("document PDF", "image GIF").
QString fileTypeDisplayName(FileType type);
// True for the types an attachment may have: PDF, JPEG, PNG.
bool isAcceptedFileType(FileType type);

} // namespace segurdesk::files
