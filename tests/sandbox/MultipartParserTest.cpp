// The multipart parser on its own: well-formed bodies in their variants, and every way a body
// can be damaged.
#include "sandbox/http/MultipartParser.h"

#include <gtest/gtest.h>

namespace segurdesk::sandbox {
namespace {

const QByteArray kType = QByteArrayLiteral("multipart/form-data; boundary=XyZ");

QByteArray part(const char* name, const QByteArray& data, const QByteArray& extra = QByteArray())
{
    return "--XyZ\r\nContent-Disposition: form-data; name=\"" + QByteArray(name) + "\"" + extra + "\r\n\r\n" + data
        + "\r\n";
}

TEST(MultipartParser, ParsesPartsWithNamesFilenamesTypesAndBinaryData)
{
    const QByteArray binary("\x00\r\n--Xy\xff\r\n", 11);
    const QByteArray body = part("dossier", "{\"a\":1}", "\r\nContent-Type: Application/JSON; charset=utf-8")
        + part("rib", binary, "; filename=\"relevé; \\\"banque\\\".pdf\"") + "--XyZ--\r\n";
    const auto result = MultipartParser::parse(kType, body);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    ASSERT_EQ(result.parts.size(), 2);
    EXPECT_EQ(result.parts.at(0).name, QStringLiteral("dossier"));
    EXPECT_EQ(result.parts.at(0).contentType, QByteArrayLiteral("application/json"));
    EXPECT_EQ(result.parts.at(0).data, QByteArrayLiteral("{\"a\":1}"));
    EXPECT_EQ(result.parts.at(1).filename, QStringLiteral("relevé; \"banque\".pdf"));
    EXPECT_EQ(result.parts.at(1).data, binary);
}

TEST(MultipartParser, BoundaryVariants)
{
    struct Row
    {
        const char* name;
        QByteArray contentType;
        QByteArray boundary;
    };
    const Row rows[] = {
        {"quoted", "multipart/form-data; boundary=\"a b:c\"", "a b:c"},
        {"upper-case type and parameter", "MULTIPART/FORM-DATA; BOUNDARY=abc", "abc"},
        {"extra parameter first", "multipart/form-data; charset=utf-8; boundary=abc", "abc"},
        {"not form-data", "multipart/mixed; boundary=abc", ""},
        {"missing", "multipart/form-data", ""},
        {"too long", "multipart/form-data; boundary=" + QByteArray(71, 'b'), ""},
        {"empty quoted", "multipart/form-data; boundary=\"\"", ""},
    };
    for (const Row& row : rows)
        EXPECT_EQ(MultipartParser::boundary(row.contentType), row.boundary) << row.name;
}

TEST(MultipartParser, PreambleAndTransportPaddingAreAllowed)
{
    const QByteArray body = "ignored preamble\r\n" + part("a", "1")
        + "--XyZ  \r\n"
          "Content-Disposition: form-data; name=b\r\n\r\n2\r\n--XyZ--";
    const auto result = MultipartParser::parse(kType, body);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    ASSERT_EQ(result.parts.size(), 2);
    EXPECT_EQ(result.parts.at(1).name, QStringLiteral("b"));
    EXPECT_EQ(result.parts.at(1).data, QByteArrayLiteral("2"));
}

TEST(MultipartParser, DamagedBodiesAreRefusedWithACode)
{
    const QByteArray good = part("a", "1") + part("b", "2") + "--XyZ--\r\n";
    struct Row
    {
        const char* name;
        QByteArray contentType;
        QByteArray body;
        const char* error;
    };
    const Row rows[] = {
        {"not multipart", "application/json", good, "multipart.content_type"},
        {"no boundary", "multipart/form-data", good, "multipart.boundary"},
        {"empty body", kType, QByteArray(), "multipart.truncated"},
        {"cut in the middle of a part", kType, good.left(good.size() / 2), "multipart.truncated"},
        {"no closing delimiter", kType, part("a", "1"), "multipart.truncated"},
        {"cut in part headers", kType, "--XyZ\r\nContent-Disposition: form-data; na", "multipart.truncated"},
        {"nameless part", kType, "--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--", "multipart.part_name"},
        {"no disposition", kType, "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--", "multipart.part_name"},
        {"attachment disposition", kType, "--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\nx\r\n--XyZ--",
         "multipart.disposition"},
        {"duplicate part", kType, part("a", "1") + part("a", "2") + "--XyZ--", "multipart.duplicate_part"},
        {"unterminated quote", kType, "--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--XyZ--",
         "multipart.part_name"},
        {"huge part headers", kType,
         "--XyZ\r\nX-Pad: " + QByteArray(9000, 'p') + "\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--XyZ--",
         "multipart.header_too_large"},
        {"garbage after delimiter", kType, "--XyZjunk\r\n", "multipart.truncated"},
    };
    for (const Row& row : rows) {
        const auto result = MultipartParser::parse(row.contentType, row.body);
        EXPECT_FALSE(result.ok) << row.name;
        EXPECT_EQ(result.error, QString::fromLatin1(row.error)) << row.name;
    }
}

TEST(MultipartParser, TooManyPartsAreRefused)
{
    QByteArray body;
    for (int i = 0; i <= MultipartParser::MaxParts; ++i)
        body += part(QByteArray("p" + QByteArray::number(i)).constData(), "x");
    body += "--XyZ--";
    EXPECT_EQ(MultipartParser::parse(kType, body).error, QStringLiteral("multipart.too_many_parts"));
}

} // namespace
} // namespace segurdesk::sandbox
