// Fuzzes the HTTP/1.1 response parser of uploads (DirectReply): the answer a server, or anything
// at its address, sends back. The first byte picks how the bytes are split as they arrive, the
// second whether the connection closes after them; the rest is the answer. Beyond memory and UB
// errors, it checks that the split never changes the outcome and that the limits hold.
#include "core/portal/HttpResponseParser.h"
#include "fuzz/FuzzSupport.h"

namespace {

using segurdesk::fuzz::require;
using segurdesk::portal::HttpResponseParser;

constexpr qint64 Limit = 4096;

HttpResponseParser parse(QByteArrayView answer, qsizetype step, bool closed)
{
    HttpResponseParser parser(Limit);
    for (qsizetype at = 0; at < answer.size(); at += step)
        parser.feed(answer.sliced(at, qMin(step, answer.size() - at)));
    if (closed)
        parser.closed();
    return parser;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype step = data[0] % 64 + 1;
    const bool closed = (data[1] & 1) != 0;
    const QByteArray answer = segurdesk::fuzz::bytes(data + 2, size - 2);

    const HttpResponseParser whole = parse(answer, qMax<qsizetype>(answer.size(), 1), closed);
    const HttpResponseParser split = parse(answer, step, closed);
    require(whole.state() == split.state(), "the split changes the outcome");
    require(whole.body().size() <= Limit && split.body().size() <= Limit, "body beyond the limit");
    if (whole.state() == HttpResponseParser::State::Complete) {
        require(whole.status() >= 200 && whole.status() <= 599, "complete with an impossible status");
        require(whole.status() == split.status() && whole.body() == split.body() && whole.headers() == split.headers(),
                "the split changes the answer");
    }
    if (whole.state() == HttpResponseParser::State::Failed)
        require(!whole.error().isEmpty() && !split.error().isEmpty(), "a refusal without a reason");
    return 0;
}
