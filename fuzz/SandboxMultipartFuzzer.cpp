// Fuzzes the sandbox's multipart/form-data parser, which reads every enrollment upload. The
// input is the Content-Type header value, a newline, then the body. Beyond memory and UB
// errors, it checks what an accepted body must satisfy.
#include "fuzz/FuzzSupport.h"
#include "sandbox/http/MultipartParser.h"

#include <QSet>

namespace {

using segurdesk::fuzz::require;
using segurdesk::sandbox::MultipartParser;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = segurdesk::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const MultipartParser::Result result = MultipartParser::parse(contentType, body);
    require(result.ok == result.error.isEmpty(), "a refusal, and only a refusal, has an error code");
    if (!result.ok) {
        require(result.parts.isEmpty(), "a refused body has no parts");
        return 0;
    }
    require(!MultipartParser::boundary(contentType).isEmpty(), "an accepted body has a boundary");
    require(result.parts.size() <= MultipartParser::MaxParts, "at most MaxParts parts");
    QSet<QString> names;
    for (const auto& part : result.parts) {
        require(!part.name.isEmpty(), "every part has a name");
        require(!names.contains(part.name), "part names are unique");
        names.insert(part.name);
        require(body.contains(part.data), "a part's data comes from the body");
        require(part.contentType == part.contentType.toLower(), "a part's content type is lower case");
    }
    return 0;
}
