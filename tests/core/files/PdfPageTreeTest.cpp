// Page trees that loop, which Qt 6.4's PDFium never finishes opening: found on the raw bytes,
// written plainly or inside a compressed object stream, and refused by the inspector at once.
#include "core/files/PdfPageTree.h"

#include "core/files/FileInspector.h"
#include "tests/core/files/FileFixtures.h"

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

using segurdesk::testing::FileFixtures;

// A PDF whose objects are `body` (numbered from 1, written plainly); the cross-reference table
// is left for the reader to rebuild, as PDFium does.
QByteArray pdfWith(const QByteArray& body)
{
    return "%PDF-1.5\n" + body + "trailer\n<< /Size 9 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n";
}

// The fuzzer's input: the page tree's root is its own kid.
const QByteArray SelfKid = pdfWith("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                                   "2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n"
                                   "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n");

TEST(PdfPageTree, AKidThatIsItsOwnParentLoops)
{
    EXPECT_TRUE(PdfPageTree::loops(SelfKid));
}

TEST(PdfPageTree, ALongerLoopIsFoundToo)
{
    EXPECT_TRUE(PdfPageTree::loops(pdfWith("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                                           "2 0 obj\n<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>\nendobj\n"
                                           "3 0 obj\n<< /Type /Pages /Kids[4 0 R]/Count 1 >>\nendobj\n"
                                           "4 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\n"
                                           "5 0 obj\n<< /Type /Page /Parent 2 0 R >>\nendobj\n")));
}

TEST(PdfPageTree, SharedKidsAndRealDocumentsDoNotLoop)
{
    // Two branches naming the same page: odd, but not a loop.
    EXPECT_FALSE(PdfPageTree::loops(pdfWith("2 0 obj\n<< /Type /Pages /Kids [3 0 R 4 0 R] >>\nendobj\n"
                                            "3 0 obj\n<< /Type /Pages /Kids [5 0 R] >>\nendobj\n"
                                            "4 0 obj\n<< /Type /Pages /Kids [5 0 R] >>\nendobj\n"
                                            "5 0 obj\n<< /Type /Page >>\nendobj\n")));
    EXPECT_FALSE(PdfPageTree::loops(FileFixtures::pdf(12)));
    EXPECT_FALSE(PdfPageTree::loops(FileFixtures::noisyPdf(qint64 {200} * 1024)));
}

TEST(PdfPageTree, ALoopInsideACompressedObjectStreamIsFound)
{
    const QByteArray objects = "<< /Type /Pages /Kids [3 0 R] /Count 1 >> << /Type /Pages /Kids [2 0 R] >>";
    const QByteArray header = "2 0 3 42 ";
    // qCompress: a 4-byte length, then the zlib stream that /FlateDecode holds.
    const QByteArray stream = qCompress(header + objects).mid(4);
    const QByteArray objectStream = "4 0 obj\n<< /Type /ObjStm /N 2 /First " + QByteArray::number(header.size())
        + " /Filter /FlateDecode /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream
        + "\nendstream\nendobj\n";
    ASSERT_EQ(objects.indexOf("<< /Type /Pages /Kids [2"), 42);
    EXPECT_TRUE(PdfPageTree::loops(pdfWith("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + objectStream)));

    const QByteArray straight = qCompress(header + QByteArray(objects).replace("[2 0 R]", "[5 0 R]")).mid(4);
    EXPECT_FALSE(PdfPageTree::loops(pdfWith("4 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Filter /FlateDecode >>\nstream\n"
                                            + straight + "\nendstream\nendobj\n")));
}

TEST(PdfPageTree, TheInspectorRefusesALoopingTreeAsCorrupt)
{
    const FileInspection inspection = FileInspector().inspectContent(SelfKid, QStringLiteral("boucle.pdf"));
    EXPECT_EQ(inspection.verdict, FileVerdict::PdfCorrupt);
}

} // namespace
} // namespace segurdesk::files
