#include "core/files/FileTypeSniffer.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace segurdesk::files {

namespace {

constexpr qsizetype kPdfHeaderWindow = 1024;

bool startsWith(QByteArrayView data, QByteArrayView magic, qsizetype offset = 0)
{
    return data.size() >= offset + magic.size() && std::memcmp(data.data() + offset, magic.data(), magic.size()) == 0;
}

quint8 byteAt(QByteArrayView data, qsizetype index)
{
    return static_cast<quint8>(data[index]);
}

quint32 readLittleEndian32(QByteArrayView data, qsizetype offset)
{
    return quint32(byteAt(data, offset)) | quint32(byteAt(data, offset + 1)) << 8
        | quint32(byteAt(data, offset + 2)) << 16 | quint32(byteAt(data, offset + 3)) << 24;
}

// ISO base media files (MP4, MOV, HEIF, AVIF) share the "ftyp" box; its brands tell them apart.
FileType sniffIsoMedia(QByteArrayView head)
{
    const quint32 boxSize = quint32(byteAt(head, 0)) << 24 | quint32(byteAt(head, 1)) << 16
        | quint32(byteAt(head, 2)) << 8 | quint32(byteAt(head, 3));
    const qsizetype end = std::min<qsizetype>(head.size(), std::clamp<quint32>(boxSize, 16, 256));
    bool heif = false;
    bool avif = false;
    for (qsizetype offset = 8; offset + 4 <= end; offset += 4) {
        if (offset == 12)
            continue; // minor version, not a brand
        const QByteArrayView brand = head.sliced(offset, 4);
        avif = avif || brand == "avif" || brand == "avis";
        heif = heif || brand == "heic" || brand == "heix" || brand == "hevc" || brand == "hevx" || brand == "heim"
            || brand == "heis" || brand == "mif1" || brand == "msf1";
    }
    if (avif)
        return FileType::Avif;
    if (heif)
        return FileType::Heif;
    if (head.sliced(8, 4) == "qt  ")
        return FileType::QuickTime;
    return FileType::Mp4;
}

bool isBmp(QByteArrayView head)
{
    if (!startsWith(head, "BM") || head.size() < 18)
        return false;
    const quint32 infoSize = readLittleEndian32(head, 14);
    return infoSize == 12 || infoSize == 40 || infoSize == 52 || infoSize == 56 || infoSize == 64 || infoSize == 108
        || infoSize == 124;
}

bool isWindowsExecutable(QByteArrayView head)
{
    if (!startsWith(head, "MZ") || head.size() < 64)
        return false;
    const quint32 peOffset = readLittleEndian32(head, 0x3C);
    // The PE header may lie beyond the sniffed bytes; a DOS stub with a plausible offset is enough.
    if (peOffset + 4 <= static_cast<quint32>(head.size()))
        return startsWith(head, QByteArrayView("PE\0\0", 4), peOffset);
    return peOffset < 0x10000;
}

FileType sniffBinary(QByteArrayView head)
{
    struct Magic
    {
        QByteArrayView bytes;
        FileType type = FileType::Unknown;
    };
    static const Magic kMagics[] = {
        {QByteArrayView("\xFF\xD8\xFF", 3), FileType::Jpeg},
        {QByteArrayView("\x89PNG\r\n\x1A\n", 8), FileType::Png},
        {"GIF87a", FileType::Gif},
        {"GIF89a", FileType::Gif},
        {QByteArrayView("II*\0", 4), FileType::Tiff},
        {QByteArrayView("MM\0*", 4), FileType::Tiff},
        {QByteArrayView("\0\0\0\x0CjP  \r\n\x87\n", 12), FileType::Jpeg2000},
        {QByteArrayView("\xFF\x4F\xFF\x51", 4), FileType::Jpeg2000},
        {QByteArrayView("\xFF\x0A", 2), FileType::JpegXl},
        {QByteArrayView("\0\0\0\x0CJXL \r\n\x87\n", 12), FileType::JpegXl},
        {"8BPS", FileType::Photoshop},
        {QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), FileType::OfficeLegacy},
        {"{\\rtf", FileType::Rtf},
        {"%!PS", FileType::PostScript},
        {QByteArrayView("\xC5\xD0\xD3\xC6", 4), FileType::PostScript},
        {"\x7F"
         "ELF",
         FileType::Elf},
        {QByteArrayView("\xFE\xED\xFA\xCE", 4), FileType::MachO},
        {QByteArrayView("\xFE\xED\xFA\xCF", 4), FileType::MachO},
        {QByteArrayView("\xCE\xFA\xED\xFE", 4), FileType::MachO},
        {QByteArrayView("\xCF\xFA\xED\xFE", 4), FileType::MachO},
        {QByteArrayView("\x1F\x8B", 2), FileType::Gzip},
        {"BZh", FileType::Bzip2},
        {QByteArrayView("\xFD"
                        "7zXZ\0",
                        6),
         FileType::Xz},
        {QByteArrayView("\x28\xB5\x2F\xFD", 4), FileType::Zstd},
        {QByteArrayView("7z\xBC\xAF\x27\x1C", 6), FileType::SevenZip},
        {QByteArrayView("Rar!\x1A\x07", 6), FileType::Rar},
        {"MSCF", FileType::Cab},
        {QByteArrayView("PK\x03\x04", 4), FileType::Zip},
        {QByteArrayView("PK\x05\x06", 4), FileType::Zip},
        {QByteArrayView("PK\x07\x08", 4), FileType::Zip},
        {QByteArrayView("\x1A\x45\xDF\xA3", 4), FileType::Matroska},
        {"ID3", FileType::Mp3},
        {"OggS", FileType::Ogg},
        {"fLaC", FileType::Flac},
        {QByteArrayView("SQLite format 3\0", 16), FileType::Sqlite},
        {"AT&TFORM", FileType::DjVu},
    };
    for (const Magic& magic : kMagics) {
        if (startsWith(head, magic.bytes))
            return magic.type;
    }
    if (startsWith(head, "RIFF") && head.size() >= 12) {
        const QByteArrayView form = head.sliced(8, 4);
        if (form == "WEBP")
            return FileType::WebP;
        if (form == "WAVE")
            return FileType::Wav;
        if (form == "AVI ")
            return FileType::Avi;
    }
    if (head.size() >= 16 && head.sliced(4, 4) == "ftyp")
        return sniffIsoMedia(head);
    if (head.size() >= 6 && startsWith(head, QByteArrayView("\0\0\1\0", 4)) && (byteAt(head, 4) | byteAt(head, 5)))
        return FileType::Icon;
    if (isBmp(head))
        return FileType::Bmp;
    if (isWindowsExecutable(head))
        return FileType::WindowsExecutable;
    if (startsWith(head, "ustar", 257))
        return FileType::Tar;
    // An MPEG audio frame without an ID3 tag: 11 sync bits, then a valid layer.
    if (head.size() >= 4 && byteAt(head, 0) == 0xFF && (byteAt(head, 1) & 0xE0) == 0xE0 && (byteAt(head, 1) & 0x06))
        return FileType::Mp3;
    return FileType::Unknown;
}

bool isValidUtf8(QByteArrayView text)
{
    // The head may cut the last character in two: a truncated final sequence is fine.
    qsizetype i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<quint8>(text[i]);
        const int length = lead < 0x80 ? 1
            : (lead >> 5) == 0x6       ? 2
            : (lead >> 4) == 0xE       ? 3
            : (lead >> 3) == 0x1E      ? 4
                                       : 0;
        if (length == 0)
            return false;
        for (int k = 1; k < length; ++k) {
            if (i + k >= text.size())
                return true;
            if ((static_cast<quint8>(text[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

bool looksLikeText(QByteArrayView head)
{
    if (head.isEmpty())
        return false;
    qsizetype highBytes = 0;
    for (const char c : head) {
        highBytes += static_cast<quint8>(c) >= 0x80 ? 1 : 0;
        const auto byte = static_cast<quint8>(c);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != 0x1B)
            return false;
        if (byte == 0x7F)
            return false;
    }
    // Legacy 8-bit text (Windows-1252, Latin-1) has a few accented letters, not mostly high bytes.
    return highBytes * 10 <= head.size() || isValidUtf8(head);
}

FileType sniffText(QByteArrayView head)
{
    if (startsWith(head, "\xEF\xBB\xBF"))
        head = head.sliced(3);
    if (!looksLikeText(head))
        return FileType::Unknown;
    const QByteArray lower = QByteArray::fromRawData(head.data(), head.size()).trimmed().toLower();
    if (lower.startsWith("<?xml") || lower.startsWith("<svg") || lower.startsWith("<!doctype svg")) {
        if (lower.contains("<svg"))
            return FileType::Svg;
        if (lower.contains("<html"))
            return FileType::Html;
        return FileType::Xml;
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
        || lower.startsWith("<body") || (lower.startsWith("<!--") && lower.contains("<html")))
        return FileType::Html;
    return FileType::Text;
}

} // namespace

FileType FileTypeSniffer::sniff(QByteArrayView head)
{
    head = head.first(std::min(head.size(), HeadBytes));
    if (startsWith(head, "\xFF\xFE") || startsWith(head, "\xFE\xFF"))
        return FileType::Text; // UTF-16 with a byte order mark; FF FE would otherwise pass for MPEG audio
    if (const FileType binary = sniffBinary(head); binary != FileType::Unknown)
        return binary;
    const QByteArrayView window = head.first(std::min(head.size(), kPdfHeaderWindow));
    if (QByteArray::fromRawData(window.data(), window.size()).contains("%PDF-"))
        return FileType::Pdf;
    return sniffText(head);
}

FileType FileTypeSniffer::refineZip(QByteArrayView head, QByteArrayView tail)
{
    // ODF and EPUB store an uncompressed "mimetype" entry first, so its content sits at offset 38.
    if (startsWith(head, "mimetype", 30)) {
        const QByteArrayView mime = head.sliced(std::min<qsizetype>(38, head.size()));
        if (startsWith(mime, "application/vnd.oasis.opendocument.text"))
            return FileType::Odt;
        if (startsWith(mime, "application/vnd.oasis.opendocument.spreadsheet"))
            return FileType::Ods;
        if (startsWith(mime, "application/vnd.oasis.opendocument.presentation"))
            return FileType::Odp;
        if (startsWith(mime, "application/epub+zip"))
            return FileType::Epub;
    }
    const QByteArray first = QByteArray::fromRawData(head.data(), head.size());
    const QByteArray last = QByteArray::fromRawData(tail.data(), tail.size());
    const auto hasEntry = [&](const char* name) {
        return first.contains(name) || last.contains(name);
    };
    if (hasEntry("[Content_Types].xml")) {
        if (hasEntry("word/"))
            return FileType::Docx;
        if (hasEntry("xl/"))
            return FileType::Xlsx;
        if (hasEntry("ppt/"))
            return FileType::Pptx;
    }
    return FileType::Zip;
}

} // namespace segurdesk::files
