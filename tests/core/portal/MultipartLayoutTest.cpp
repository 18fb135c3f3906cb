#include "core/portal/MultipartLayout.h"

#include "core/portal/DownloadRequest.h"
#include "core/portal/MultipartBody.h"
#include "core/portal/Session.h"
#include "tests/core/portal/RowName.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace segurdesk::portal;
using segurdesk::portal::test::RowName;

namespace {

// Writes a multipart body the way QHttpMultiPart does, to check the layout against real bytes.
QByteArray serialise(const QByteArray& boundary, const QList<QPair<MultipartLayout::Headers, QByteArray>>& parts)
{
    QByteArray body;
    for (const auto& [headers, content] : parts)
        body += "--" + boundary + "\r\n" + MultipartLayout::headerBlock(headers) + content + "\r\n";
    return body + "--" + boundary + "--\r\n";
}

TEST(MultipartLayout, BodiesAreFoundExactlyInTheSerialisedBytes)
{
    const QByteArray boundary = "segurdesk-0123456789abcdef0123456789abcdef";
    const QByteArray json = R"({"a":1})";
    const QByteArray first(1000, 'x');
    const QByteArray second(3, 'y');
    const QByteArray empty;
    const MultipartLayout::Headers jsonHeaders
        = {{"Content-Disposition", "form-data; name=\"dossier\""}, {"Content-Type", "application/json"}};
    const MultipartLayout::Headers fileHeaders
        = {{"Content-Disposition", R"(form-data; name="rib"; filename="r.pdf")"}, {"Content-Type", "application/pdf"}};
    const QByteArray bytes
        = serialise(boundary, {{jsonHeaders, json}, {fileHeaders, first}, {fileHeaders, second}, {fileHeaders, empty}});

    MultipartLayout layout(boundary.size());
    layout.addPart(MultipartLayout::headerBlock(jsonHeaders).size(), json.size());
    layout.addPart(MultipartLayout::headerBlock(fileHeaders).size(), first.size());
    layout.addPart(MultipartLayout::headerBlock(fileHeaders).size(), second.size());
    layout.addPart(MultipartLayout::headerBlock(fileHeaders).size(), empty.size());
    ASSERT_EQ(layout.totalBytes(), bytes.size());
    ASSERT_EQ(layout.partCount(), 4);

    const qint64 firstStart = bytes.indexOf(first);
    EXPECT_EQ(layout.bodyBytesSent(1, firstStart), 0);
    EXPECT_EQ(layout.bodyBytesSent(1, firstStart + 1), 1);
    EXPECT_EQ(layout.bodyBytesSent(1, firstStart + 1000), 1000);
    EXPECT_EQ(layout.bodyBytesSent(1, bytes.size()), 1000);
    const qint64 secondStart = bytes.indexOf("yyy");
    EXPECT_EQ(layout.bodyBytesSent(2, secondStart - 1), 0);
    EXPECT_EQ(layout.bodyBytesSent(2, secondStart + 2), 2);
    EXPECT_EQ(layout.bodyBytesSent(3, bytes.size()), 0);
    EXPECT_EQ(layout.bodySize(3), 0);
    EXPECT_EQ(layout.bodyBytesSent(0, 0), 0);
    EXPECT_EQ(layout.bodyBytesSent(0, bytes.size()), json.size());
    EXPECT_EQ(layout.bodyBytesSent(7, bytes.size()), 0) << "no such part";
    EXPECT_EQ(layout.bodyBytesSent(-1, bytes.size()), 0);
}

// Reads a whole device in pieces of `step` bytes.
QByteArray readAllBy(QIODevice& device, qint64 step)
{
    QByteArray all;
    while (true) {
        const QByteArray piece = device.read(step);
        if (piece.isEmpty())
            return all;
        all += piece;
    }
}

std::unique_ptr<QIODevice> bufferWith(const QByteArray& bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

TEST(MultipartBody, StreamsExactlyTheBytesItsLayoutDescribes)
{
    const QByteArray boundary = "segurdesk-0123456789abcdef0123456789abcdef";
    const MultipartLayout::Headers jsonHeaders
        = {{"Content-Disposition", "form-data; name=\"dossier\""}, {"Content-Type", "application/json"}};
    const MultipartLayout::Headers fileHeaders
        = {{"Content-Disposition", R"(form-data; name="rib"; filename="r.pdf")"}, {"Content-Type", "application/pdf"}};
    QByteArray document(300'000, '\0');
    for (qsizetype i = 0; i < document.size(); ++i)
        document[i] = char(i * 7 % 251);
    const QByteArray expected
        = serialise(boundary, {{jsonHeaders, R"({"a":1})"}, {fileHeaders, document}, {fileHeaders, QByteArray()}});

    MultipartBody body(boundary);
    body.addPart(jsonHeaders, R"({"a":1})");
    body.addPart(fileHeaders, bufferWith(document));
    body.addPart(fileHeaders, bufferWith(QByteArray()));
    EXPECT_EQ(body.contentType(), "multipart/form-data; boundary=" + boundary);
    ASSERT_EQ(body.size(), expected.size());
    EXPECT_EQ(body.layout().totalBytes(), expected.size());
    EXPECT_EQ(body.layout().bodySize(1), document.size());
    // Pieces that straddle segments, then a resend from the start, then a jump into a document.
    for (const qint64 step : {qint64 {1} << 20, qint64 {4093}, qint64 {1}}) {
        ASSERT_TRUE(body.seek(0));
        EXPECT_EQ(readAllBy(body, step), expected) << "step " << step;
    }
    ASSERT_TRUE(body.seek(expected.indexOf(document) + 1000));
    EXPECT_EQ(body.read(5), document.mid(1000, 5));
}

TEST(MultipartBody, ADocumentShorterThanItsSizeFailsTheRead)
{
    // A device whose size() promises more than it gives: the body must never be sent short.
    class ShortDevice : public QBuffer
    {
    public:
        qint64 size() const override { return QBuffer::size() + 10; }
    };
    auto device = std::make_unique<ShortDevice>();
    device->setData("only this");
    device->open(QIODevice::ReadOnly);
    MultipartBody body("b");
    body.addPart({{"Content-Disposition", "form-data; name=\"rib\""}}, std::move(device));
    QByteArray all;
    qint64 count = 0;
    char buffer[64];
    while ((count = body.read(buffer, sizeof buffer)) > 0)
        all.append(buffer, count);
    EXPECT_EQ(count, -1);
    EXPECT_TRUE(all.endsWith("only this"));
    EXPECT_FALSE(body.errorString().isEmpty());
}

TEST(MultipartBody, APartWithNothingYetStopsTheReadUntilItsReadyRead)
{
    // A part whose bytes come later, as a document being decrypted on a worker.
    class LaterDevice : public QBuffer
    {
    public:
        bool ready = false;
        qint64 bytesAvailable() const override { return ready ? QBuffer::bytesAvailable() : 0; }
        bool atEnd() const override { return pos() >= size(); }

    protected:
        qint64 readData(char* data, qint64 maxSize) override { return ready ? QBuffer::readData(data, maxSize) : 0; }
    };
    const MultipartLayout::Headers headers = {{"Content-Disposition", "form-data; name=\"rib\""}};
    auto device = std::make_unique<LaterDevice>();
    device->setData("the document");
    device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    LaterDevice* later = device.get();
    MultipartBody body("b");
    body.addPart(headers, std::move(device));
    const QByteArray expected = serialise("b", {{headers, "the document"}});

    char buffer[64];
    const qint64 head = body.read(buffer, sizeof buffer);
    ASSERT_GT(head, 0);
    EXPECT_EQ(QByteArray(buffer, int(head)), expected.left(expected.indexOf("the document")));
    EXPECT_EQ(body.read(buffer, sizeof buffer), 0) << "nothing yet is not an error";
    EXPECT_FALSE(body.atEnd());

    int readyReads = 0;
    QObject::connect(&body, &QIODevice::readyRead, [&] { ++readyReads; });
    later->ready = true;
    emit later->readyRead();
    EXPECT_EQ(readyReads, 1) << "the part's readyRead() is the body's";
    EXPECT_EQ(QByteArray(buffer, int(head)) + readAllBy(body, 5), expected);
}

struct TokenRow
{
    const char* name;
    QByteArray body;
    QByteArray token;
};

class SessionTokenTest : public ::testing::TestWithParam<TokenRow>
{
};

TEST_P(SessionTokenTest, OnlyHeaderSafeTokensAreTaken)
{
    EXPECT_EQ(Session::tokenOf(GetParam().body), GetParam().token);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, SessionTokenTest,
    ::testing::Values(TokenRow {"hex256",
                                R"({"token": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})",
                                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
                      TokenRow {"b64_padded", R"({"token": "abcdefghijklmnop+/=="})", "abcdefghijklmnop+/=="},
                      TokenRow {"header_injection", R"({"token": "abcdefghijklmnop\r\nX-Evil: 1"})", ""},
                      TokenRow {"space", R"({"token": "abcdefgh ijklmnopq"})", ""},
                      TokenRow {"too_short", R"({"token": "abc"})", ""},
                      TokenRow {"not_string", R"({"token": 12345678901234567890})", ""},
                      TokenRow {"absent", R"({"login": "x"})", ""}, TokenRow {"garbage", "\xff{", ""}),
    RowName());

struct DispositionRow
{
    const char* name;
    QByteArray header;
    const char* fileName;
};

class ContentDispositionTest : public ::testing::TestWithParam<DispositionRow>
{
};

TEST_P(ContentDispositionTest, GivesABareSafeName)
{
    EXPECT_EQ(DownloadRequest::fileNameOf(GetParam().header), QString::fromUtf8(GetParam().fileName));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ContentDispositionTest,
    ::testing::Values(
        DispositionRow {"quoted", "attachment; filename=\"decision.pdf\"", "decision.pdf"},
        DispositionRow {"bare", "attachment; filename=mandat.pdf; size=3", "mandat.pdf"},
        DispositionRow {"utf8", "attachment; filename=\"d\xc3\xa9\x63ision.pdf\"", "décision.pdf"},
        DispositionRow {"unix_path", "attachment; filename=\"../../.bashrc\"", ".bashrc"},
        DispositionRow {"windows_path", "attachment; filename=\"C:\\\\Windows\\\\x.pdf\"", "x.pdf"},
        DispositionRow {"dot_dot", "attachment; filename=\"..\"", ""},
        DispositionRow {"control_chars", "attachment; filename=\"a\x01\x1b.pdf\"", "a.pdf"},
        DispositionRow {"extended", "attachment; filename*=UTF-8''d%C3%A9cision%20AVA.pdf", "décision AVA.pdf"},
        DispositionRow {"extended_first", "attachment; filename=\"old.pdf\"; filename*=utf-8''new.pdf", "new.pdf"},
        DispositionRow {"extended_path", "attachment; filename*=UTF-8''..%2F..%2Fx.pdf", "x.pdf"},
        DispositionRow {"extended_control", "attachment; filename*=UTF-8''a%0D%0Ab.pdf", "ab.pdf"},
        DispositionRow {"none", "inline", ""}, DispositionRow {"empty", "", ""}),
    RowName());

} // namespace
