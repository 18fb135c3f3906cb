#include "core/portal/HttpResponseParser.h"

#include "tests/core/portal/RowName.h"

#include <gtest/gtest.h>

using namespace segurdesk::portal;
using segurdesk::portal::test::RowName;
using State = HttpResponseParser::State;

namespace {

constexpr qint64 Limit = 64;

struct AnswerRow
{
    const char* name;
    QByteArray bytes;
    bool closedAfter;
    State expected;
    int status;
    QByteArray body;
};

// Every row is fed whole, then one byte at a time: the split must never change the outcome.
class ResponseBytesTest : public ::testing::TestWithParam<AnswerRow>
{
};

State parse(const AnswerRow& row, HttpResponseParser& parser, qsizetype step)
{
    State state = parser.state();
    for (qsizetype at = 0; at < row.bytes.size(); at += step)
        state = parser.feed(QByteArrayView(row.bytes).sliced(at, qMin(step, row.bytes.size() - at)));
    return row.closedAfter ? parser.closed() : state;
}

TEST_P(ResponseBytesTest, IsReadTheSameWhateverTheSplit)
{
    const AnswerRow& row = GetParam();
    for (const qsizetype step :
         {row.bytes.size() > 0 ? row.bytes.size() : qsizetype {1}, qsizetype {1}, qsizetype {7}}) {
        HttpResponseParser parser(Limit);
        EXPECT_EQ(parse(row, parser, step), row.expected) << "step " << step << ": " << parser.error().toStdString();
        if (row.expected == State::Complete) {
            EXPECT_EQ(parser.status(), row.status) << "step " << step;
            EXPECT_EQ(parser.body(), row.body) << "step " << step;
        }
        if (row.expected == State::Failed) {
            EXPECT_FALSE(parser.error().isEmpty());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ResponseBytesTest,
    ::testing::Values(
        AnswerRow {"content_length", "HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello", false, State::Complete,
                   201, "hello"},
        AnswerRow {"bytes_after_the_answer_ignored", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA", false,
                   State::Complete, 200, "ok"},
        AnswerRow {"empty_reason", "HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n", false, State::Complete, 200, ""},
        AnswerRow {"no_reason", "HTTP/1.0 503\r\nContent-Length: 0\r\n\r\n", false, State::Complete, 503, ""},
        AnswerRow {"chunked",
                   "HTTP/1.1 422 X\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\n\r\n",
                   false, State::Complete, 422, "abc0123456789"},
        AnswerRow {"chunked_with_trailer",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n1\r\nx\r\n0\r\nX-T: 1\r\n\r\n", false,
                   State::Complete, 200, "x"},
        AnswerRow {"until_close", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nto the end", true,
                   State::Complete, 200, "to the end"},
        AnswerRow {"until_close_still_open", "HTTP/1.1 200 OK\r\n\r\npartial", false, State::Body, 200, ""},
        AnswerRow {"informational_skipped",
                   "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nX: y\r\n\r\nHTTP/1.1 201 "
                   "Created\r\nContent-Length: 1\r\n\r\n!",
                   false, State::Complete, 201, "!"},
        AnswerRow {"no_content_has_no_body", "HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", false,
                   State::Complete, 204, ""},
        AnswerRow {"same_length_twice", "HTTP/1.1 200 OK\r\nContent-Length: 1, 1\r\nContent-Length: 1\r\n\r\nz", false,
                   State::Complete, 200, "z"},
        AnswerRow {"waiting_for_the_head", "HTTP/1.1 200 OK\r\nContent-Len", false, State::Head, 0, ""},
        AnswerRow {"closed_before_the_head_ends", "HTTP/1.1 200 OK\r\n", true, State::Failed, 0, ""},
        AnswerRow {"closed_in_a_sized_body", "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc", true, State::Failed, 0,
                   ""},
        AnswerRow {"closed_in_a_chunked_body", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", true,
                   State::Failed, 0, ""},
        AnswerRow {"not_http", "SSH-2.0-OpenSSH_9.2\r\n\r\n", false, State::Failed, 0, ""},
        AnswerRow {"http_2_status_line", "HTTP/2 200\r\n\r\n", false, State::Failed, 0, ""},
        AnswerRow {"status_not_digits", "HTTP/1.1 2x0 OK\r\n\r\n", false, State::Failed, 0, ""},
        AnswerRow {"status_out_of_range", "HTTP/1.1 600 Nope\r\nContent-Length: 0\r\n\r\n", false, State::Failed, 0,
                   ""},
        AnswerRow {"status_without_space", "HTTP/1.1 200OK\r\n\r\n", false, State::Failed, 0, ""},
        AnswerRow {"bare_lf_head", "HTTP/1.1 200 OK\nContent-Length: 0\n\n", true, State::Failed, 0, ""},
        AnswerRow {"space_before_colon", "HTTP/1.1 200 OK\r\nContent-Length : 1\r\n\r\nz", false, State::Failed, 0, ""},
        AnswerRow {"folded_header", "HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\nContent-Length: 0\r\n\r\n", false,
                   State::Failed, 0, ""},
        AnswerRow {"control_in_value", QByteArray("HTTP/1.1 200 OK\r\nX-A: a\x01z\r\nContent-Length: 0\r\n\r\n"), false,
                   State::Failed, 0, ""},
        AnswerRow {"negative_length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", false, State::Failed, 0, ""},
        AnswerRow {"conflicting_lengths", "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nzz", false,
                   State::Failed, 0, ""},
        AnswerRow {"huge_length", "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n", false,
                   State::Failed, 0, ""},
        AnswerRow {"length_over_the_limit", "HTTP/1.1 200 OK\r\nContent-Length: 65\r\n\r\n", false, State::Failed, 0,
                   ""},
        AnswerRow {"chunks_over_the_limit",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'a')
                       + "\r\n1\r\nb\r\n0\r\n\r\n",
                   false, State::Failed, 0, ""},
        AnswerRow {"until_close_over_the_limit", "HTTP/1.1 200 OK\r\n\r\n" + QByteArray(65, 'a'), true, State::Failed,
                   0, ""},
        AnswerRow {"length_and_chunked",
                   "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", false,
                   State::Failed, 0, ""},
        AnswerRow {"gzip_coding", "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", false,
                   State::Failed, 0, ""},
        AnswerRow {"bad_chunk_size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x5\r\nhello\r\n0\r\n\r\n",
                   false, State::Failed, 0, ""},
        AnswerRow {"signed_chunk_size", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n+5\r\nhello\r\n0\r\n\r\n",
                   false, State::Failed, 0, ""},
        AnswerRow {"chunk_size_overflow",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nx\r\n0\r\n\r\n", false,
                   State::Failed, 0, ""},
        AnswerRow {"chunk_without_crlf", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxy0\r\n\r\n", false,
                   State::Failed, 0, ""},
        AnswerRow {"endless_chunk_line",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(2000, '0'), false,
                   State::Failed, 0, ""},
        AnswerRow {"endless_head", "HTTP/1.1 200 OK\r\nX-A: " + QByteArray(qsizetype {70} * 1024, 'a'), false,
                   State::Failed, 0, ""},
        AnswerRow {"endless_trailer",
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n"
                       + (QByteArray("X-T: ") + QByteArray(3000, 'T') + "\r\n").repeated(25),
                   false, State::Failed, 0, ""},
        AnswerRow {"endless_informational", QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(9), false,
                   State::Failed, 0, ""}),
    RowName());

TEST(HttpResponseParser, KeepsHeadersInOrderWithTheirValuesTrimmed)
{
    HttpResponseParser parser(Limit);
    ASSERT_EQ(parser.feed("HTTP/1.1 201 Created\r\nLocation:  /api/v1/enrollments/7 \r\nX-Request-Id: abc\r\n"
                          "Idempotent-Replayed:true\r\nContent-Length: 2\r\n\r\n{}"),
              State::Complete);
    EXPECT_EQ(parser.reasonPhrase(), "Created");
    const HttpResponseParser::Headers expected {{"Location", "/api/v1/enrollments/7"},
                                                {"X-Request-Id", "abc"},
                                                {"Idempotent-Replayed", "true"},
                                                {"Content-Length", "2"}};
    EXPECT_EQ(parser.headers(), expected);
    EXPECT_EQ(parser.declaredBodySize(), 2);
    EXPECT_EQ(parser.takeBody(), "{}");
}

TEST(HttpResponseParser, TellsASizeRefusalApart)
{
    HttpResponseParser declared(Limit);
    EXPECT_EQ(declared.feed("HTTP/1.1 200 OK\r\nContent-Length: 65\r\n\r\n"), State::Failed);
    EXPECT_TRUE(declared.bodyTooLarge());
    HttpResponseParser malformed(Limit);
    EXPECT_EQ(malformed.feed("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"), State::Failed);
    EXPECT_FALSE(malformed.bodyTooLarge());
}

} // namespace
