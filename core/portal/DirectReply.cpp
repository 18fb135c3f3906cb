#include "core/portal/DirectReply.h"

#include <QNetworkAccessManager>
#include <QSslSocket>

#include <cstring>

namespace segurdesk::portal {

namespace {

// Enough in flight to keep a fast link busy; a bounded amount read ahead of the network.
constexpr qint64 ChunkBytes = qint64 {256} * 1024;
constexpr qint64 QueuedBytes = qint64 {1024} * 1024;

// The reply writes these itself, from the body and its own connection.
bool isFramingHeader(const QByteArray& name)
{
    for (const char* framing :
         {"Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection", "Expect"}) {
        if (name.compare(framing, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool breaksTheHead(const QByteArray& text)
{
    return text.contains('\r') || text.contains('\n') || text.contains('\0');
}

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

bool isHttps(const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

} // namespace

DirectReply::DirectReply(const QNetworkRequest& request, const QByteArray& verb, std::unique_ptr<QIODevice> body,
                         QByteArray contentType, qint64 maxReplyBytes, QObject* parent)
    : QNetworkReply(parent)
    , m_verb(verb)
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
    , m_maxReplyBytes(maxReplyBytes)
    , m_parser(maxReplyBytes)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(verb == "POST" ? QNetworkAccessManager::PostOperation : QNetworkAccessManager::CustomOperation);
    if (m_body)
        connect(m_body.get(), &QIODevice::readyRead, this, &DirectReply::sendBody);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this,
            [this] { fail(OperationCanceledError, QStringLiteral("no byte moved for %1 ms").arg(m_idle.interval())); });
    // Like QNAM's replies, nothing is emitted before the caller has connected.
    QMetaObject::invokeMethod(this, &DirectReply::start, Qt::QueuedConnection);
}

DirectReply::~DirectReply()
{
    closeSocket();
}

void DirectReply::start()
{
    if (isFinished())
        return;
    const QUrl target = url();
    const bool https = isHttps(target);
    const auto port = static_cast<quint16>(target.port(https ? 443 : 80));
    restartIdleTimer();
    if (!https) {
        m_socket = new QTcpSocket(this);
        watchSocket();
        connect(m_socket, &QTcpSocket::connected, this, &DirectReply::sendHead);
        m_socket->connectToHost(target.host(), port);
        return;
    }
    auto* socket = new QSslSocket(this);
    m_socket = socket;
    watchSocket();
    socket->setSslConfiguration(request().sslConfiguration());
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_peerConfiguration = socket->sslConfiguration();
        emit encrypted();
        if (!isFinished())
            sendHead();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) { emit sslErrors(errors); });
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &DirectReply::sendBody);
    socket->connectToHostEncrypted(target.host(), port);
}

void DirectReply::watchSocket()
{
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &DirectReply::sendBody);
    connect(m_socket, &QAbstractSocket::readyRead, this, &DirectReply::readAnswer);
    connect(m_socket, &QAbstractSocket::disconnected, this, &DirectReply::onClosed);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &DirectReply::onSocketError);
}

void DirectReply::sendHead()
{
    const QUrl target = url();
    QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (target.hasQuery())
        path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = target.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = isHttps(target) ? 443 : 80;
    if (target.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(target.port());

    QByteArray head = m_verb + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const QNetworkRequest& sent = request();
    bool injected = breaksTheHead(m_verb) || breaksTheHead(m_contentType);
    for (const QByteArray& name : sent.rawHeaderList()) {
        const QByteArray value = sent.rawHeader(name);
        injected = injected || breaksTheHead(name) || breaksTheHead(value);
        if (!isFramingHeader(name))
            head += name + ": " + value + "\r\n";
    }
    if (injected) {
        fail(ProtocolInvalidOperationError, QStringLiteral("a request line or header holds a line break"));
        return;
    }
    if (m_body) {
        head += "Content-Type: " + m_contentType + "\r\nContent-Length: " + QByteArray::number(m_body->size()) + "\r\n";
        m_body->seek(0);
    }
    head += "Connection: close\r\n\r\n";
    m_socket->write(head);
    m_headSent = true;
    sendBody();
}

qint64 DirectReply::queuedBytes() const
{
    if (!m_socket)
        return 0;
    const auto* ssl = qobject_cast<const QSslSocket*>(m_socket);
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void DirectReply::sendBody()
{
    if (!m_socket || !m_headSent || isFinished())
        return;
    restartIdleTimer();
    if (!m_body)
        return;
    while (m_body->pos() < m_body->size() && queuedBytes() < QueuedBytes) {
        m_chunk.resize(qMin(ChunkBytes, m_body->size() - m_body->pos()));
        const qint64 count = m_body->read(m_chunk.data(), m_chunk.size());
        // Nothing yet: the body's readyRead() comes back here. Until then the silence is the
        // body's (a document being decrypted behind other jobs), not the network's.
        if (count == 0) {
            if (queuedBytes() == 0)
                m_idle.stop();
            break;
        }
        if (count < 0) {
            fail(UnknownContentError, m_body->errorString());
            return;
        }
        m_socket->write(m_chunk.constData(), count);
    }
    const qint64 sent = qBound<qint64>(0, m_body->pos() - queuedBytes(), m_body->size());
    if (sent != m_reportedUpload) {
        m_reportedUpload = sent;
        emit uploadProgress(sent, m_body->size());
    }
}

void DirectReply::readAnswer()
{
    if (!m_socket || isFinished())
        return;
    restartIdleTimer();
    const HttpResponseParser::State state = m_parser.feed(m_socket->readAll());
    if (state == HttpResponseParser::State::Failed) {
        // As QNAM shows it: more bytes than the limit, which the caller's own check refuses.
        if (m_parser.bodyTooLarge())
            emit downloadProgress(m_maxReplyBytes + 1, m_parser.declaredBodySize());
        fail(ProtocolFailure, m_parser.error());
        return;
    }
    if (state == HttpResponseParser::State::Head)
        return;
    // The caller may abort here (an answer larger than it accepts).
    emit downloadProgress(m_parser.body().size(), m_parser.declaredBodySize());
    if (!isFinished() && state == HttpResponseParser::State::Complete)
        complete();
}

void DirectReply::onClosed()
{
    readAnswer();
    if (isFinished())
        return;
    if (m_parser.closed() == HttpResponseParser::State::Complete)
        complete();
    else
        fail(RemoteHostClosedError, QStringLiteral("the server closed the connection before a complete answer"));
}

void DirectReply::onSocketError()
{
    if (!m_socket || isFinished())
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    // An answer may already be complete in the socket's buffer (a server that answers before
    // reading the whole body, then resets the connection).
    const QString text = m_socket->errorString();
    readAnswer();
    fail(networkErrorOf(error), text);
}

void DirectReply::complete()
{
    m_idle.stop();
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.status());
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_parser.reasonPhrase());
    for (const auto& [name, value] : m_parser.headers()) {
        const QByteArray previous = rawHeader(name);
        setRawHeader(name, previous.isEmpty() ? value : previous + ", " + value);
    }
    m_content = m_parser.takeBody();
    closeSocket();
    setFinished(true);
    if (!m_content.isEmpty())
        emit readyRead();
    emit finished();
}

void DirectReply::fail(NetworkError error, const QString& text)
{
    if (isFinished())
        return;
    m_idle.stop();
    closeSocket();
    setError(error, text);
    setFinished(true);
    emit errorOccurred(error);
    emit finished();
}

void DirectReply::abort()
{
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

void DirectReply::closeSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void DirectReply::restartIdleTimer()
{
    if (const int timeout = request().transferTimeout(); timeout > 0)
        m_idle.start(timeout);
}

qint64 DirectReply::bytesAvailable() const
{
    return QNetworkReply::bytesAvailable() + m_content.size() - m_contentRead;
}

qint64 DirectReply::readData(char* data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_content.size() - m_contentRead);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_content.constData() + m_contentRead, static_cast<size_t>(count));
    m_contentRead += count;
    return count;
}

void DirectReply::sslConfigurationImplementation(QSslConfiguration& configuration) const
{
    configuration = m_peerConfiguration;
}

} // namespace segurdesk::portal
