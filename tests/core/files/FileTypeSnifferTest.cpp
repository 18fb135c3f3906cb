// Content sniffing from the first bytes of real and hand-made headers: the name never counts.
#include "core/files/FileTypeSniffer.h"

#include <QByteArray>

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

struct SnifferRow
{
    const char* name;
    QByteArray head;
    FileType type;
};

QByteArray bytes(const char* data, qsizetype size)
{
    return QByteArray(data, size);
}

QByteArray isoMedia(const char* majorBrand, const char* compatibleBrands)
{
    QByteArray box = QByteArray("\0\0\0\x18", 4) + "ftyp" + majorBrand + QByteArray("\0\0\0\0", 4) + compatibleBrands;
    return box + QByteArray(64, '\0');
}

QByteArray tar()
{
    QByteArray header(512, '\0');
    header.replace(0, 8, "file.txt");
    header.replace(257, 6, QByteArray("ustar\0", 6));
    return header;
}

QByteArray windowsExecutable()
{
    QByteArray exe(256, '\0');
    exe.replace(0, 2, "MZ");
    exe[0x3C] = char(0x80);
    exe.replace(0x80, 4, QByteArray("PE\0\0", 4));
    return exe;
}

QByteArray bmp()
{
    QByteArray header = QByteArray("BM", 2) + QByteArray(12, '\0');
    header += QByteArray("\x28\0\0\0", 4); // BITMAPINFOHEADER, 40 bytes
    return header + QByteArray(40, '\0');
}

const SnifferRow kRows[] = {
    {"pdf_at_start", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", FileType::Pdf},
    {"pdf_after_bom_and_blank_lines", "\xEF\xBB\xBF\r\n\r\n%PDF-1.4\n", FileType::Pdf},
    {"pdf_marker_past_1024_bytes", QByteArray(1100, ' ') + "%PDF-1.4\n", FileType::Text},
    {"pdf_word_without_dash", "%PDF is a format\n", FileType::Text},
    {"jpeg_jfif", bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\0", 11), FileType::Jpeg},
    {"jpeg_exif",
     bytes("\xFF\xD8\xFF\xE1\x12\x34"
           "Exif\0\0",
           12),
     FileType::Jpeg},
    {"png", bytes("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16), FileType::Png},
    {"png_signature_damaged", bytes("\x89PNG\n\x1A\n\0", 9), FileType::Unknown},
    {"gif87a", "GIF87a\x01\x00", FileType::Gif},
    {"gif89a", "GIF89a\x01\x00", FileType::Gif},
    {"bmp", bmp(), FileType::Bmp},
    {"text_starting_with_BM", "BM is not a bitmap header here\n", FileType::Text},
    {"tiff_little_endian", bytes("II*\0\x08\0\0\0", 8), FileType::Tiff},
    {"tiff_big_endian", bytes("MM\0*\0\0\0\x08", 8), FileType::Tiff},
    {"webp", bytes("RIFF\x24\0\0\0WEBPVP8 ", 16), FileType::WebP},
    {"wav", bytes("RIFF\x24\0\0\0WAVEfmt ", 16), FileType::Wav},
    {"avi", bytes("RIFF\x24\0\0\0AVI LIST", 16), FileType::Avi},
    {"heic_iphone", isoMedia("heic", "mif1heic"), FileType::Heif},
    {"heif_mif1_only", isoMedia("mif1", "mif1"), FileType::Heif},
    {"avif", isoMedia("avif", "avifmif1miaf"), FileType::Avif},
    {"mp4", isoMedia("isom", "isomiso2avc1mp41"), FileType::Mp4},
    {"quicktime", isoMedia("qt  ", "qt  "), FileType::QuickTime},
    {"jpeg2000", bytes("\0\0\0\x0CjP  \r\n\x87\n", 12), FileType::Jpeg2000},
    {"jpeg_xl_codestream", bytes("\xFF\x0A\xFA\x7F", 4), FileType::JpegXl},
    {"photoshop", "8BPS\0\x01", FileType::Photoshop},
    {"ico", bytes("\0\0\1\0\1\0\x10\x10", 8), FileType::Icon},
    {"ole_doc_xls", bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10), FileType::OfficeLegacy},
    {"rtf", R"({\rtf1\ansi\deff0)", FileType::Rtf},
    {"postscript", "%!PS-Adobe-3.0\n", FileType::PostScript},
    {"elf",
     bytes("\x7F"
           "ELF\x02\x01\x01\0",
           8),
     FileType::Elf},
    {"windows_pe", windowsExecutable(), FileType::WindowsExecutable},
    {"macho_64", bytes("\xCF\xFA\xED\xFE\x07\0\0\x01", 8), FileType::MachO},
    {"gzip", bytes("\x1F\x8B\x08\0\0\0\0\0", 8), FileType::Gzip},
    {"bzip2", "BZh91AY&SY", FileType::Bzip2},
    {"xz",
     bytes("\xFD"
           "7zXZ\0\0",
           7),
     FileType::Xz},
    {"zstd", bytes("\x28\xB5\x2F\xFD\x04\0", 6), FileType::Zstd},
    {"7z", bytes("7z\xBC\xAF\x27\x1C\0\x04", 8), FileType::SevenZip},
    {"rar5", bytes("Rar!\x1A\x07\x01\0", 8), FileType::Rar},
    {"cab", "MSCF\0\0\0\0", FileType::Cab},
    {"tar", tar(), FileType::Tar},
    {"zip", bytes("PK\x03\x04\x14\0\0\0", 8), FileType::Zip},
    {"empty_zip", bytes("PK\x05\x06\0\0\0\0", 8), FileType::Zip},
    {"matroska", bytes("\x1A\x45\xDF\xA3\x93\x42", 6), FileType::Matroska},
    {"mp3_id3", "ID3\x04\0\0", FileType::Mp3},
    {"mp3_frame", bytes("\xFF\xFB\x90\x64", 4), FileType::Mp3},
    {"ogg", "OggS\0\x02", FileType::Ogg},
    {"flac", "fLaC\0\0\0\x22", FileType::Flac},
    {"sqlite", bytes("SQLite format 3\0\x10\0", 18), FileType::Sqlite},
    {"djvu", "AT&TFORM\0\0", FileType::DjVu},
    {"svg", R"(<svg xmlns="http://www.w3.org/2000/svg" width="10"/>)", FileType::Svg},
    {"svg_after_xml_declaration", "  <?xml version=\"1.0\"?>\n<!-- logo -->\n<svg/>", FileType::Svg},
    {"xml", R"(<?xml version="1.0" encoding="UTF-8"?><facture/>)", FileType::Xml},
    {"xhtml", R"(<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>)", FileType::Html},
    {"html_doctype_uppercase", "\n\n<!DOCTYPE HTML PUBLIC><HTML>", FileType::Html},
    {"html_bare", "<html><head><title>Kbis</title>", FileType::Html},
    {"text_utf8_french", "Société Générale — relevé d'identité bancaire\r\n", FileType::Text},
    {"text_utf16_bom",
     bytes("\xFF\xFE"
           "S\0o\0",
           6),
     FileType::Text},
    {"csv", "siret;nom\n12345678901234;ACME\n", FileType::Text},
    {"shell_script", "#!/bin/sh\necho hello\n", FileType::Text},
    {"binary_with_nul", bytes("abc\0def", 7), FileType::Unknown},
    {"empty", "", FileType::Unknown},
    {"single_byte", "%", FileType::Text},
    {"truncated_png_signature", bytes("\x89PN", 3), FileType::Unknown},
};

class FileTypeSnifferTest : public ::testing::TestWithParam<SnifferRow>
{
};

TEST_P(FileTypeSnifferTest, NamesTheRealType)
{
    const SnifferRow& row = GetParam();
    EXPECT_EQ(fileTypeId(FileTypeSniffer::sniff(row.head)), fileTypeId(row.type));
}

INSTANTIATE_TEST_SUITE_P(Rows, FileTypeSnifferTest, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<SnifferRow>& row) { return row.param.name; });

TEST(FileTypeSnifferZip, TellsOfficeFormatsApartFromTheCentralDirectory)
{
    const QByteArray head = QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') + "[Content_Types].xml";
    EXPECT_EQ(FileTypeSniffer::refineZip(head, "_rels/.rels word/document.xml"), FileType::Docx);
    EXPECT_EQ(FileTypeSniffer::refineZip(head, "xl/workbook.xml"), FileType::Xlsx);
    EXPECT_EQ(FileTypeSniffer::refineZip(head, "ppt/presentation.xml"), FileType::Pptx);
    EXPECT_EQ(FileTypeSniffer::refineZip(head, "other/thing.xml"), FileType::Zip);
    EXPECT_EQ(FileTypeSniffer::refineZip(QByteArray("PK\x03\x04", 4), "word/document.xml"), FileType::Zip);
}

TEST(FileTypeSnifferZip, ReadsTheOpenDocumentMimetypeEntry)
{
    const QByteArray prefix = QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') + "mimetype";
    EXPECT_EQ(FileTypeSniffer::refineZip(prefix + "application/vnd.oasis.opendocument.spreadsheet", {}), FileType::Ods);
    EXPECT_EQ(FileTypeSniffer::refineZip(prefix + "application/vnd.oasis.opendocument.presentation", {}),
              FileType::Odp);
    EXPECT_EQ(FileTypeSniffer::refineZip(prefix + "application/epub+zip", {}), FileType::Epub);
    EXPECT_EQ(FileTypeSniffer::refineZip(prefix + "applic", {}), FileType::Zip);
}

TEST(FileType, EveryTypeHasAnIdAndAName)
{
    for (int value = int(FileType::Unknown); value <= int(FileType::DjVu); ++value) {
        const auto type = static_cast<FileType>(value);
        EXPECT_FALSE(fileTypeId(type).isEmpty()) << value;
        EXPECT_FALSE(fileTypeDisplayName(type).isEmpty()) << value;
        EXPECT_EQ(isAcceptedFileType(type), type == FileType::Pdf || type == FileType::Jpeg || type == FileType::Png);
    }
}

} // namespace
} // namespace segurdesk::files
