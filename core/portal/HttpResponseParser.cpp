#include "core/portal/HttpResponseParser.h"

#include <algorithm>
#include <cctype>

namespace segurdesk::portal {

namespace {

constexpr qsizetype MaxChunkLineBytes = 1024;
constexpr int MaxInformational = 8;

bool isTokenChar(char c)
{
    static constexpr QByteArrayView specials = "!#$%&'*+-.^_`|~";
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || specials.contains(c);
}

// Field values and reason phrases: visible characters, spaces and tabs, and obs-text.
bool isFieldText(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{ }

HttpResponseParser::State HttpResponseParser::fail(const QString& why)
{
    m_state = State::Failed;
    m_error = why;
    m_pending.clear();
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete || m_state == State::Failed)
        return m_state;
    m_pending.append(bytes);
    while (m_state == State::Head) {
        const qsizetype headEnd = findLineEnd("\r\n\r\n");
        if (headEnd < 0 || headEnd + 4 > MaxHeadBytes) {
            if (m_pending.size() > MaxHeadBytes)
                return fail(QStringLiteral("response head larger than %1 bytes").arg(MaxHeadBytes));
            return m_state;
        }
        const QByteArray head = m_pending.first(headEnd);
        consume(headEnd + 4);
        if (!parseHead(head))
            return m_state;
        if (m_status < 200 && ++m_informational > MaxInformational)
            return fail(QStringLiteral("more than %1 informational answers").arg(MaxInformational));
        if (m_status >= 200) {
            m_state = State::Body;
            if (!chooseFraming())
                return m_state;
        }
    }
    if (m_state == State::Body)
        readBody();
    return m_state;
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_state == State::Head)
        return fail(QStringLiteral("connection closed before a complete answer"));
    if (m_state == State::Body) {
        if (m_framing != Framing::UntilClose)
            return fail(QStringLiteral("connection closed in the middle of the body"));
        m_state = State::Complete;
    }
    return m_state;
}

bool HttpResponseParser::parseHead(QByteArrayView head)
{
    m_headers.clear();
    const qsizetype statusEnd = head.indexOf("\r\n");
    const QByteArrayView statusLine = statusEnd < 0 ? head : head.first(statusEnd);
    // "HTTP/1.x SSS reason"
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.")
        || (statusLine.at(7) != '0' && statusLine.at(7) != '1') || statusLine.at(8) != ' '
        || !isDigits(statusLine.sliced(9, 3)) || (statusLine.size() > 12 && statusLine.at(12) != ' ')
        || !isFieldText(statusLine)) {
        fail(QStringLiteral("malformed status line"));
        return false;
    }
    m_status = statusLine.sliced(9, 3).toInt();
    if (m_status < 100 || m_status > 599) {
        fail(QStringLiteral("status %1 out of range").arg(m_status));
        return false;
    }
    m_reason = statusLine.size() > 13 ? statusLine.sliced(13).toByteArray() : QByteArray();

    QByteArrayView rest = statusEnd < 0 ? QByteArrayView() : head.sliced(statusEnd + 2);
    while (!rest.isEmpty()) {
        const qsizetype lineEnd = rest.indexOf("\r\n");
        const QByteArrayView line = lineEnd < 0 ? rest : rest.first(lineEnd);
        rest = lineEnd < 0 ? QByteArrayView() : rest.sliced(lineEnd + 2);
        const qsizetype colon = line.indexOf(':');
        // No obs-fold, no space before the colon, a token for a name.
        if (colon <= 0 || !std::all_of(line.begin(), line.begin() + colon, isTokenChar)) {
            fail(QStringLiteral("malformed header line"));
            return false;
        }
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (!isFieldText(value)) {
            fail(QStringLiteral("control character in a header value"));
            return false;
        }
        m_headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }
    return true;
}

bool HttpResponseParser::chooseFraming()
{
    QList<QByteArray> encodings;
    QList<QByteArray> lengths;
    for (const auto& [name, value] : std::as_const(m_headers)) {
        QList<QByteArray>* target = name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 ? &encodings
            : name.compare("Content-Length", Qt::CaseInsensitive) == 0                          ? &lengths
                                                                                                : nullptr;
        if (!target)
            continue;
        for (const QByteArray& item : value.split(','))
            target->append(item.trimmed());
    }
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Complete;
        return true;
    }
    if (!encodings.isEmpty()) {
        // Both framings at once is how responses are smuggled: refused, as RFC 9112 allows.
        if (!lengths.isEmpty() || encodings.size() != 1
            || encodings.first().compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(QStringLiteral("unsupported or ambiguous Transfer-Encoding"));
            return false;
        }
        m_framing = Framing::Chunked;
        m_chunkStep = ChunkStep::Size;
        return true;
    }
    if (lengths.isEmpty()) {
        m_framing = Framing::UntilClose;
        return true;
    }
    const QByteArray& length = lengths.first();
    if (length.size() > 18 || !isDigits(length)
        || std::any_of(lengths.cbegin(), lengths.cend(),
                       [&length](const QByteArray& other) { return other != length; })) {
        fail(QStringLiteral("malformed or conflicting Content-Length"));
        return false;
    }
    m_remaining = length.toLongLong();
    if (m_remaining > m_maxBodyBytes) {
        m_bodyTooLarge = true;
        fail(QStringLiteral("body larger than %1 bytes").arg(m_maxBodyBytes));
        return false;
    }
    m_framing = Framing::Length;
    if (m_remaining == 0)
        m_state = State::Complete;
    return true;
}

void HttpResponseParser::readBody()
{
    switch (m_framing) {
    case Framing::Length:
        if (takeRemaining() && m_remaining == 0)
            m_state = State::Complete;
        return;
    case Framing::UntilClose:
        if (appendBody(m_pending))
            consume(m_pending.size());
        return;
    case Framing::Chunked:
        if (readChunks())
            m_state = State::Complete;
        return;
    case Framing::None:
        m_state = State::Complete;
        return;
    }
}

bool HttpResponseParser::readChunks()
{
    while (m_state == State::Body) {
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            const qsizetype lineEnd = findLineEnd("\r\n");
            if (lineEnd < 0 || lineEnd > MaxChunkLineBytes) {
                if (m_pending.size() > MaxChunkLineBytes)
                    fail(QStringLiteral("chunk size line too long"));
                return false;
            }
            QByteArrayView size = QByteArrayView(m_pending).first(lineEnd);
            if (const qsizetype extension = size.indexOf(';'); extension >= 0)
                size = size.first(extension);
            size = size.trimmed();
            bool ok = false;
            const qint64 bytes = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
            const auto isHexDigit = [](char c) {
                return std::isxdigit(static_cast<unsigned char>(c)) != 0;
            };
            if (!ok || bytes < 0 || !std::all_of(size.begin(), size.end(), isHexDigit)) {
                fail(QStringLiteral("malformed chunk size"));
                return false;
            }
            consume(lineEnd + 2);
            m_remaining = bytes;
            m_chunkStep = bytes == 0 ? ChunkStep::Trailer : ChunkStep::Data;
            m_trailerBytes = 0;
            break;
        }
        case ChunkStep::Data:
            if (m_pending.isEmpty() || !takeRemaining())
                return false;
            if (m_remaining == 0)
                m_chunkStep = ChunkStep::DataEnd;
            break;
        case ChunkStep::DataEnd:
            if (m_pending.size() < 2)
                return false;
            if (!m_pending.startsWith("\r\n")) {
                fail(QStringLiteral("chunk not followed by CRLF"));
                return false;
            }
            consume(2);
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailer: {
            // Trailer fields are read past, not used; the empty line ends the body.
            const qsizetype lineEnd = findLineEnd("\r\n");
            if (m_trailerBytes + (lineEnd < 0 ? m_pending.size() : lineEnd) > MaxHeadBytes) {
                fail(QStringLiteral("trailer larger than %1 bytes").arg(MaxHeadBytes));
                return false;
            }
            if (lineEnd < 0)
                return false;
            m_trailerBytes += lineEnd + 2;
            consume(lineEnd + 2);
            if (lineEnd == 0)
                return true;
            break;
        }
        }
    }
    return false;
}

// Searches only the bytes not searched before (and the few a separator may straddle), so that
// an answer trickling in byte by byte costs linear time, not quadratic.
qsizetype HttpResponseParser::findLineEnd(QByteArrayView separator)
{
    const qsizetype found = m_pending.indexOf(separator, m_searched);
    m_searched = found >= 0 ? 0 : qMax<qsizetype>(0, m_pending.size() - separator.size() + 1);
    return found;
}

void HttpResponseParser::consume(qsizetype bytes)
{
    m_pending.remove(0, bytes);
    m_searched = 0;
}

// Moves up to m_remaining pending bytes into the body; false when the body limit refuses them.
bool HttpResponseParser::takeRemaining()
{
    const auto take = static_cast<qsizetype>(std::min<qint64>(m_remaining, m_pending.size()));
    if (!appendBody(QByteArrayView(m_pending).first(take)))
        return false;
    consume(take);
    m_remaining -= take;
    return true;
}

bool HttpResponseParser::appendBody(QByteArrayView bytes)
{
    if (m_body.size() + bytes.size() > m_maxBodyBytes) {
        m_bodyTooLarge = true;
        fail(QStringLiteral("body larger than %1 bytes").arg(m_maxBodyBytes));
        return false;
    }
    m_body.append(bytes);
    return true;
}

} // namespace segurdesk::portal
