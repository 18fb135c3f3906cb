// The file inspector against real files made at test time: PDFs from QPdfWriter and qpdf,
// images from QImage, hand-made headers, renamed, truncated and oversize files.
#include "core/files/FileInspector.h"

#include "tests/core/files/FileFixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <iterator>
#include <set>
#include <string_view>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

using testing::FileFixtures;

struct InspectorRow
{
    const char* name;
    // Makes the file and returns its path (or a path that purposely does not exist).
    std::function<QString(const FileFixtures&)> make;
    FileVerdict verdict;
    FileType type;
    int pages = 0;
    QSize pixels = {};
    InspectionLimits limits = {};
};

QByteArray truncated(const QByteArray& bytes, double keep)
{
    return bytes.left(qsizetype(double(bytes.size()) * keep));
}

// A PDF header followed by a hole: the file claims `size` bytes but costs nothing on disk.
QString sparsePdf(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("%PDF-1.7\n") > 0 && file.resize(size) ? path : QString();
}

QByteArray withFlippedByte(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x5A);
    return bytes;
}

// A well-formed ODF archive: "mimetype" first and stored, as the standard requires.
QByteArray odt()
{
    return FileFixtures::storedZip(
        {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<office:document-content/>"}});
}

QByteArray docx()
{
    return FileFixtures::storedZip({{"[Content_Types].xml", "<Types/>"},
                                    {"_rels/.rels", "<Relationships/>"},
                                    {"word/document.xml", "<w:document/>"}});
}

QByteArray xlsx()
{
    return FileFixtures::storedZip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
}

QString encrypted(const FileFixtures& files, const QString& user, const QString& owner)
{
    QString error;
    QString output = files.encryptWithQpdf(files.write(QStringLiteral("plain.pdf"), FileFixtures::pdf(2)),
                                           QStringLiteral("encrypted.pdf"), user, owner, &error);
    EXPECT_FALSE(output.isEmpty()) << error.toStdString();
    return output;
}

const QSize kSmall(64, 48);
const qint64 kMaxBytes = InspectionLimits::DefaultMaxBytes;

const InspectorRow kRows[] = {
    // Accepted
    {"pdf_one_page", [](auto& f) { return f.write(QStringLiteral("a.pdf"), FileFixtures::pdf(1)); },
     FileVerdict::Accepted, FileType::Pdf, 1},
    {"pdf_three_pages", [](auto& f) { return f.write(QStringLiteral("a.pdf"), FileFixtures::pdf(3)); },
     FileVerdict::Accepted, FileType::Pdf, 3},
    {"pdf_behind_junk_bytes",
     [](auto& f) { return f.write(QStringLiteral("a.pdf"), QByteArray(300, ' ') + FileFixtures::pdf(1)); },
     FileVerdict::Accepted, FileType::Pdf, 1},
    {"pdf_owner_password_only", [](auto& f) { return encrypted(f, QString(), QStringLiteral("owner")); },
     FileVerdict::Accepted, FileType::Pdf, 2},
    {"png", [](auto& f) { return f.write(QStringLiteral("a.png"), FileFixtures::image("png", kSmall)); },
     FileVerdict::Accepted, FileType::Png, 0, kSmall},
    {"jpeg", [](auto& f) { return f.write(QStringLiteral("a.jpg"), FileFixtures::image("jpeg", kSmall)); },
     FileVerdict::Accepted, FileType::Jpeg, 0, kSmall},
    {"jpeg_odd_size_noise",
     [](auto& f) {
         return f.write(QStringLiteral("a.jpeg"), FileFixtures::image("jpeg", {333, 77}, true));
     },
     FileVerdict::Accepted, FileType::Jpeg, 0, QSize(333, 77)},
    {"jpeg_with_bytes_after_eoi",
     [](auto& f) { return f.write(QStringLiteral("a.jpg"), FileFixtures::image("jpeg", kSmall) + "TRAILER"); },
     FileVerdict::Accepted, FileType::Jpeg, 0, kSmall},
    {"png_named_pdf", [](auto& f) { return f.write(QStringLiteral("scan.pdf"), FileFixtures::image("png", kSmall)); },
     FileVerdict::Accepted, FileType::Png, 0, kSmall},
    {"pdf_named_jpg", [](auto& f) { return f.write(QStringLiteral("photo.jpg"), FileFixtures::pdf(1)); },
     FileVerdict::Accepted, FileType::Pdf, 1},
    {"pdf_without_extension", [](auto& f) { return f.write(QStringLiteral("kbis"), FileFixtures::pdf(2)); },
     FileVerdict::Accepted, FileType::Pdf, 2},
    {"exactly_default_limit",
     [](auto& f) {
         return f.write(QStringLiteral("big.png"), FileFixtures::padded(FileFixtures::image("png", kSmall), kMaxBytes));
     },
     FileVerdict::Accepted, FileType::Png, 0, kSmall},
    {"exactly_custom_limit",
     [](auto& f) {
         return f.write(QStringLiteral("a.png"), FileFixtures::padded(FileFixtures::image("png", kSmall), 5000));
     },
     FileVerdict::Accepted,
     FileType::Png,
     0,
     kSmall,
     {5000}},
    // Size
    {"one_byte_over_default_limit",
     [](auto& f) {
         return f.write(QStringLiteral("big.png"),
                        FileFixtures::padded(FileFixtures::image("png", kSmall), kMaxBytes + 1));
     },
     FileVerdict::TooLarge, FileType::Png},
    {"one_byte_over_custom_limit",
     [](auto& f) {
         return f.write(QStringLiteral("a.png"), FileFixtures::padded(FileFixtures::image("png", kSmall), 5001));
     },
     FileVerdict::TooLarge,
     FileType::Png,
     0,
     {},
     {5000}},
    // Decided from the head and the size: reading 10 GiB (sparse, so free to make) would take minutes.
    {"sparse_ten_gigabytes", [](auto& f) { return sparsePdf(f.path(QStringLiteral("huge.pdf")), 10LL << 30); },
     FileVerdict::TooLarge, FileType::Pdf},
    {"empty", [](auto& f) { return f.write(QStringLiteral("empty.pdf"), {}); }, FileVerdict::Empty, FileType::Unknown},
    // Unreadable
    {"missing", [](auto& f) { return f.path(QStringLiteral("nowhere.pdf")); }, FileVerdict::Unreadable,
     FileType::Unknown},
    {"directory", [](auto& f) { return f.path(QString()); }, FileVerdict::Unreadable, FileType::Unknown},
#ifdef Q_OS_UNIX
    // Opening a FIFO with no writer blocks forever: it must be refused without being opened.
    {"named_pipe",
     [](auto& f) {
         const QString path = f.path(QStringLiteral("pipe.pdf"));
         return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
     },
     FileVerdict::Unreadable, FileType::Unknown},
#endif
    // Types refused, named by content
    {"gif_named_png", [](auto& f) { return f.write(QStringLiteral("photo.png"), FileFixtures::gif()); },
     FileVerdict::TypeNotAllowed, FileType::Gif},
    {"bmp_from_qimage", [](auto& f) { return f.write(QStringLiteral("a.jpg"), FileFixtures::image("bmp", kSmall)); },
     FileVerdict::TypeNotAllowed, FileType::Bmp},
    {"docx_named_pdf", [](auto& f) { return f.write(QStringLiteral("contrat.pdf"), docx()); },
     FileVerdict::TypeNotAllowed, FileType::Docx},
    {"xlsx", [](auto& f) { return f.write(QStringLiteral("a.xlsx"), xlsx()); }, FileVerdict::TypeNotAllowed,
     FileType::Xlsx},
    {"odt", [](auto& f) { return f.write(QStringLiteral("a.odt"), odt()); }, FileVerdict::TypeNotAllowed,
     FileType::Odt},
    {"plain_zip",
     [](auto& f) {
         return f.write(QStringLiteral("a.zip"), FileFixtures::storedZip({{"a.txt", "hello"}}));
     },
     FileVerdict::TypeNotAllowed, FileType::Zip},
    {"text_named_pdf",
     [](auto& f) { return f.write(QStringLiteral("rib.pdf"), "IBAN FR76 3000 6000 0112 3456 7890 189\n"); },
     FileVerdict::TypeNotAllowed, FileType::Text},
    {"html_page",
     [](auto& f) { return f.write(QStringLiteral("a.pdf"), "\n<!DOCTYPE html><html><body>Kbis</body></html>"); },
     FileVerdict::TypeNotAllowed, FileType::Html},
    {"svg_named_png",
     [](auto& f) {
         return f.write(QStringLiteral("a.png"),
                        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
     },
     FileVerdict::TypeNotAllowed, FileType::Svg},
    {"binary_junk", [](auto& f) { return f.write(QStringLiteral("a.pdf"), QByteArray("\x01\x02\x03\x00\x10", 5)); },
     FileVerdict::TypeNotAllowed, FileType::Unknown},
    // PDF integrity
    {"pdf_user_password", [](auto& f) { return encrypted(f, QStringLiteral("user"), QStringLiteral("owner")); },
     FileVerdict::PdfEncrypted, FileType::Pdf},
    {"pdf_zero_pages", [](auto& f) { return f.write(QStringLiteral("a.pdf"), FileFixtures::zeroPagePdf()); },
     FileVerdict::PdfNoPages, FileType::Pdf},
    {"pdf_truncated_at_half",
     [](auto& f) { return f.write(QStringLiteral("a.pdf"), truncated(FileFixtures::pdf(3), 0.5)); },
     FileVerdict::PdfCorrupt, FileType::Pdf},
    {"pdf_truncated_at_90_percent",
     [](auto& f) { return f.write(QStringLiteral("a.pdf"), truncated(FileFixtures::pdf(3), 0.9)); },
     FileVerdict::PdfCorrupt, FileType::Pdf},
    {"pdf_header_then_garbage",
     [](auto& f) { return f.write(QStringLiteral("a.pdf"), "%PDF-1.7\n" + QByteArray(2000, '\x9C')); },
     FileVerdict::PdfCorrupt, FileType::Pdf},
    // Image integrity
    {"png_truncated_at_half",
     [](auto& f) { return f.write(QStringLiteral("a.png"), truncated(FileFixtures::image("png", kSmall, true), 0.5)); },
     FileVerdict::ImageCorrupt, FileType::Png, 0, kSmall},
    {"png_without_iend",
     [](auto& f) {
         const QByteArray png = FileFixtures::image("png", kSmall);
         return f.write(QStringLiteral("a.png"), png.left(png.size() - 12));
     },
     FileVerdict::ImageCorrupt, FileType::Png, 0, kSmall},
    {"png_bit_flip_in_data",
     [](auto& f) {
         const QByteArray png = FileFixtures::image("png", kSmall, true);
         return f.write(QStringLiteral("a.png"), withFlippedByte(png, png.size() / 2));
     },
     FileVerdict::ImageCorrupt, FileType::Png, 0, kSmall},
    {"jpeg_truncated_at_half",
     [](auto& f) {
         return f.write(QStringLiteral("a.jpg"), truncated(FileFixtures::image("jpeg", kSmall, true), 0.5));
     },
     FileVerdict::ImageCorrupt, FileType::Jpeg, 0, kSmall},
    {"jpeg_without_eoi",
     [](auto& f) {
         const QByteArray jpeg = FileFixtures::image("jpeg", kSmall, true);
         return f.write(QStringLiteral("a.jpg"), jpeg.left(jpeg.size() - 2));
     },
     FileVerdict::ImageCorrupt, FileType::Jpeg, 0, kSmall},
    {"jpeg_magic_only", [](auto& f) { return f.write(QStringLiteral("a.jpg"), QByteArray("\xFF\xD8\xFF\xE0", 4)); },
     FileVerdict::ImageCorrupt, FileType::Jpeg},
    {"png_claiming_50000_by_50000",
     [](auto& f) {
         return f.write(QStringLiteral("bomb.png"), FileFixtures::pngClaiming({50000, 50000}));
     },
     FileVerdict::ImageTooManyPixels, FileType::Png, 0, QSize(50000, 50000)},
    {"png_just_over_custom_pixel_limit",
     [](auto& f) {
         return f.write(QStringLiteral("a.png"), FileFixtures::image("png", {100, 100}));
     },
     FileVerdict::ImageTooManyPixels,
     FileType::Png,
     0,
     QSize(100, 100),
     {kMaxBytes, 9999}},
    {"png_at_custom_pixel_limit",
     [](auto& f) {
         return f.write(QStringLiteral("a.png"), FileFixtures::image("png", {100, 100}));
     },
     FileVerdict::Accepted,
     FileType::Png,
     0,
     QSize(100, 100),
     {kMaxBytes, 10000}},
};

class FileInspectorTest : public ::testing::TestWithParam<InspectorRow>
{
protected:
    QTemporaryDir m_directory;
    FileFixtures m_files {m_directory.path()};
};

TEST_P(FileInspectorTest, DecidesFromContent)
{
    const InspectorRow& row = GetParam();
    ASSERT_TRUE(m_directory.isValid());
    const QString path = row.make(m_files);
    ASSERT_FALSE(path.isEmpty());

    const FileInspection inspection = FileInspector(row.limits).inspect(path);

    EXPECT_EQ(inspection.code(), fileVerdictCode(row.verdict)) << inspection.message.toStdString();
    EXPECT_EQ(inspection.accepted(), row.verdict == FileVerdict::Accepted);
    EXPECT_EQ(fileTypeId(inspection.type), fileTypeId(row.type));
    EXPECT_EQ(inspection.pageCount, row.pages);
    EXPECT_EQ(inspection.pixelSize, row.pixels);
    EXPECT_EQ(inspection.message.isEmpty(), inspection.accepted());

    QFile file(path);
    if (QFileInfo(path).isFile())
        EXPECT_EQ(inspection.size, file.size());
    else
        EXPECT_EQ(inspection.size, -1);

    // The hash is there exactly when the whole content was read, and it is the right one.
    if (inspection.sha256Hex.isEmpty()) {
        EXPECT_FALSE(inspection.accepted());
    } else {
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(inspection.sha256Hex, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
}

class FileInspectorContentTest : public FileInspectorTest
{
};

TEST_P(FileInspectorContentTest, InMemoryGetsTheSameVerdictAsTheFile)
{
    const InspectorRow& row = GetParam();
    ASSERT_TRUE(m_directory.isValid());
    const QString path = row.make(m_files);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();

    const FileInspector inspector(row.limits);
    const FileInspection fromFile = inspector.inspect(path);
    const FileInspection fromMemory = inspector.inspectContent(content, QFileInfo(path).fileName());

    EXPECT_EQ(fromMemory.code(), fromFile.code());
    EXPECT_EQ(fromMemory.message, fromFile.message);
    EXPECT_EQ(fileTypeId(fromMemory.type), fileTypeId(fromFile.type));
    EXPECT_EQ(fromMemory.size, fromFile.size);
    EXPECT_EQ(fromMemory.pageCount, fromFile.pageCount);
    EXPECT_EQ(fromMemory.pixelSize, fromFile.pixelSize);
    EXPECT_EQ(fromMemory.sha256Hex, fromFile.sha256Hex);
}

std::string rowName(const ::testing::TestParamInfo<InspectorRow>& row)
{
    return row.param.name;
}

INSTANTIATE_TEST_SUITE_P(Rows, FileInspectorTest, ::testing::ValuesIn(kRows), rowName);

// The rows whose subject is a regular file small enough to hold in memory, like an uploaded part.
std::vector<InspectorRow> contentRows()
{
    const std::set<std::string_view> notContent {"missing", "directory", "named_pipe", "sparse_ten_gigabytes"};
    std::vector<InspectorRow> rows;
    std::copy_if(std::begin(kRows), std::end(kRows), std::back_inserter(rows),
                 [&notContent](const InspectorRow& row) { return !notContent.contains(row.name); });
    return rows;
}

INSTANTIATE_TEST_SUITE_P(Rows, FileInspectorContentTest, ::testing::ValuesIn(contentRows()), rowName);

} // namespace
} // namespace segurdesk::files
