#include "core/files/FileType.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::files {

namespace {

struct TypeInfo
{
    FileType type;
    const char* id;
    const char* name;
};

// Indexed by the enum value: keep in the declaration order of FileType.
constexpr std::array<TypeInfo, 50> kTypes = {{
    {FileType::Unknown, "unknown", QT_TRANSLATE_NOOP("FileType", "unknown type")},
    {FileType::Pdf, "pdf", QT_TRANSLATE_NOOP("FileType", "PDF document")},
    {FileType::Jpeg, "jpeg", QT_TRANSLATE_NOOP("FileType", "JPEG image")},
    {FileType::Png, "png", QT_TRANSLATE_NOOP("FileType", "PNG image")},
    {FileType::Gif, "gif", QT_TRANSLATE_NOOP("FileType", "GIF image")},
    {FileType::Bmp, "bmp", QT_TRANSLATE_NOOP("FileType", "BMP image")},
    {FileType::Tiff, "tiff", QT_TRANSLATE_NOOP("FileType", "TIFF image")},
    {FileType::WebP, "webp", QT_TRANSLATE_NOOP("FileType", "WebP image")},
    {FileType::Heif, "heif", QT_TRANSLATE_NOOP("FileType", "HEIC/HEIF image")},
    {FileType::Avif, "avif", QT_TRANSLATE_NOOP("FileType", "AVIF image")},
    {FileType::Jpeg2000, "jpeg2000", QT_TRANSLATE_NOOP("FileType", "JPEG 2000 image")},
    {FileType::JpegXl, "jpegxl", QT_TRANSLATE_NOOP("FileType", "JPEG XL image")},
    {FileType::Icon, "ico", QT_TRANSLATE_NOOP("FileType", "Windows icon")},
    {FileType::Photoshop, "psd", QT_TRANSLATE_NOOP("FileType", "Photoshop image")},
    {FileType::Svg, "svg", QT_TRANSLATE_NOOP("FileType", "SVG drawing")},
    {FileType::Zip, "zip", QT_TRANSLATE_NOOP("FileType", "ZIP archive")},
    {FileType::Docx, "docx", QT_TRANSLATE_NOOP("FileType", "Word document (DOCX)")},
    {FileType::Xlsx, "xlsx", QT_TRANSLATE_NOOP("FileType", "Excel spreadsheet (XLSX)")},
    {FileType::Pptx, "pptx", QT_TRANSLATE_NOOP("FileType", "PowerPoint presentation (PPTX)")},
    {FileType::Odt, "odt", QT_TRANSLATE_NOOP("FileType", "OpenDocument text (ODT)")},
    {FileType::Ods, "ods", QT_TRANSLATE_NOOP("FileType", "OpenDocument spreadsheet (ODS)")},
    {FileType::Odp, "odp", QT_TRANSLATE_NOOP("FileType", "OpenDocument presentation (ODP)")},
    {FileType::Epub, "epub", QT_TRANSLATE_NOOP("FileType", "EPUB book")},
    {FileType::OfficeLegacy, "ole", QT_TRANSLATE_NOOP("FileType", "Microsoft Office 97-2003 document (DOC, XLS, PPT)")},
    {FileType::Rtf, "rtf", QT_TRANSLATE_NOOP("FileType", "RTF document")},
    {FileType::Text, "text", QT_TRANSLATE_NOOP("FileType", "plain text")},
    {FileType::Html, "html", QT_TRANSLATE_NOOP("FileType", "HTML page")},
    {FileType::Xml, "xml", QT_TRANSLATE_NOOP("FileType", "XML document")},
    {FileType::PostScript, "postscript", QT_TRANSLATE_NOOP("FileType", "PostScript document")},
    {FileType::Elf, "elf", QT_TRANSLATE_NOOP("FileType", "Linux executable program")},
    {FileType::WindowsExecutable, "exe", QT_TRANSLATE_NOOP("FileType", "Windows executable program")},
    {FileType::MachO, "macho", QT_TRANSLATE_NOOP("FileType", "macOS executable program")},
    {FileType::Gzip, "gzip", QT_TRANSLATE_NOOP("FileType", "gzip archive")},
    {FileType::Bzip2, "bzip2", QT_TRANSLATE_NOOP("FileType", "bzip2 archive")},
    {FileType::Xz, "xz", QT_TRANSLATE_NOOP("FileType", "xz archive")},
    {FileType::Zstd, "zstd", QT_TRANSLATE_NOOP("FileType", "Zstandard archive")},
    {FileType::SevenZip, "7z", QT_TRANSLATE_NOOP("FileType", "7-Zip archive")},
    {FileType::Rar, "rar", QT_TRANSLATE_NOOP("FileType", "RAR archive")},
    {FileType::Tar, "tar", QT_TRANSLATE_NOOP("FileType", "tar archive")},
    {FileType::Cab, "cab", QT_TRANSLATE_NOOP("FileType", "Windows cabinet archive")},
    {FileType::Mp4, "mp4", QT_TRANSLATE_NOOP("FileType", "MP4 video")},
    {FileType::QuickTime, "quicktime", QT_TRANSLATE_NOOP("FileType", "QuickTime video")},
    {FileType::Matroska, "matroska", QT_TRANSLATE_NOOP("FileType", "Matroska/WebM video")},
    {FileType::Avi, "avi", QT_TRANSLATE_NOOP("FileType", "AVI video")},
    {FileType::Mp3, "mp3", QT_TRANSLATE_NOOP("FileType", "MP3 audio")},
    {FileType::Wav, "wav", QT_TRANSLATE_NOOP("FileType", "WAV audio")},
    {FileType::Ogg, "ogg", QT_TRANSLATE_NOOP("FileType", "Ogg audio or video")},
    {FileType::Flac, "flac", QT_TRANSLATE_NOOP("FileType", "FLAC audio")},
    {FileType::Sqlite, "sqlite", QT_TRANSLATE_NOOP("FileType", "SQLite database")},
    {FileType::DjVu, "djvu", QT_TRANSLATE_NOOP("FileType", "DjVu document")},
}};

constexpr bool tableMatchesEnum()
{
    for (std::size_t i = 0; i < kTypes.size(); ++i) {
        if (static_cast<std::size_t>(kTypes[i].type) != i)
            return false;
    }
    return true;
}
static_assert(tableMatchesEnum(), "kTypes must follow the order of FileType");

const TypeInfo& info(FileType type)
{
    const auto index = static_cast<std::size_t>(type);
    return index < kTypes.size() ? kTypes[index] : kTypes[0];
}

} // namespace

QString fileTypeId(FileType type)
{
    return QLatin1String(info(type).id);
}

QString fileTypeDisplayName(FileType type)
{
    return QCoreApplication::translate("FileType", info(type).name);
}

bool isAcceptedFileType(FileType type)
{
    return type == FileType::Pdf || type == FileType::Jpeg || type == FileType::Png;
}

} // namespace segurdesk::files
