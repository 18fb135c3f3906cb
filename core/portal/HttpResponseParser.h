#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>

namespace segurdesk::portal {

// An HTTP/1.1 response to a request that carried a body, read from a socket as it comes
// (DirectReply). Strict: a malformed status line, header, length or chunk is an error, never a
// guess. The head is bounded (MaxHeadBytes) and so is the body (the constructor's limit).
// Informational 1xx answers are skipped. The body ends at its Content-Length, at the last chunk
// of a chunked body, or, without either, when the server closes the connection.
class HttpResponseParser
{
public:
    enum class State { Head, Body, Complete, Failed };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    static constexpr qsizetype MaxHeadBytes = qsizetype {64} * 1024;

    explicit HttpResponseParser(qint64 maxBodyBytes);

    // Takes the next received bytes (any split); returns the state after them. Bytes after a
    // complete response are ignored.
    State feed(QByteArrayView bytes);
    // The server closed the connection: completes a body that ends there, fails anything else
    // still incomplete.
    State closed();

    State state() const { return m_state; }
    // Valid from the Body state on.
    int status() const { return m_status; }
    const QByteArray& reasonPhrase() const { return m_reason; }
    // In order of arrival, names as sent.
    const Headers& headers() const { return m_headers; }
    // The declared body size, or -1 when it is told by chunks or by the close.
    qint64 declaredBodySize() const { return m_framing == Framing::Length ? m_remaining + m_body.size() : -1; }
    const QByteArray& body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // Why the response was refused (English, for the logs), once Failed.
    const QString& error() const { return m_error; }
    // Failed because the body is, or is declared, larger than the limit.
    bool bodyTooLarge() const { return m_bodyTooLarge; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    State fail(const QString& why);
    bool parseHead(QByteArrayView head);
    bool chooseFraming();
    void readBody();
    bool readChunks();
    bool takeRemaining();
    bool appendBody(QByteArrayView bytes);
    qsizetype findLineEnd(QByteArrayView separator);
    void consume(qsizetype bytes);

    qint64 m_maxBodyBytes;
    State m_state = State::Head;
    QByteArray m_pending;
    qsizetype m_searched = 0;
    int m_status = 0;
    QByteArray m_reason;
    Headers m_headers;
    Framing m_framing = Framing::None;
    ChunkStep m_chunkStep = ChunkStep::Size;
    qint64 m_remaining = 0;
    qint64 m_trailerBytes = 0;
    int m_informational = 0;
    bool m_bodyTooLarge = false;
    QByteArray m_body;
    QString m_error;
};

} // namespace segurdesk::portal
