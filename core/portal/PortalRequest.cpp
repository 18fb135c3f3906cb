#include "core/portal/PortalRequest.h"

#include "core/portal/Clock.h"
#include "core/portal/DirectReply.h"
#include "core/portal/MultipartBody.h"
#include "core/portal/PortalClient.h"
#include "core/portal/PortalLog.h"
#include "core/portal/RetryAfter.h"
#include "core/portal/RetryPolicy.h"
#include "core/portal/TlsConfiguration.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <climits>

namespace segurdesk::portal {

PortalRequest::PortalRequest(PortalClient& client, QByteArray method, QString pathTemplate, QString encodedPath,
                             QObject* parent)
    : QObject(parent)
    , m_client(&client)
    , m_method(std::move(method))
    , m_pathTemplate(std::move(pathTemplate))
    , m_encodedPath(std::move(encodedPath))
    , m_timeout(client.options().timeout)
{ }

PortalRequest::~PortalRequest()
{
    abortReply();
    m_body.fill('\0');
}

PortalClient* PortalRequest::client() const
{
    return m_client.data();
}

QString PortalRequest::encodeSegment(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

void PortalRequest::addQueryItem(QLatin1String key, const QString& value)
{
    if (!m_encodedQuery.isEmpty())
        m_encodedQuery += QLatin1Char('&');
    m_encodedQuery += key + QLatin1Char('=') + encodeSegment(value);
}

void PortalRequest::setJsonBody(const QJsonObject& body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_hasBody = true;
}

void PortalRequest::setIdempotencyKey(const QByteArray& key)
{
    m_idempotencyKey = key;
}

bool PortalRequest::handleNotModified(const std::any&)
{
    return false;
}

std::unique_ptr<MultipartBody> PortalRequest::createMultipart(PortalError&)
{
    return nullptr;
}

void PortalRequest::handleUploadProgress(qint64, qint64) { }

PortalError PortalRequest::malformedReply(const QString& detail) const
{
    return PortalError::make(PortalErrorCode::MalformedReply, detail);
}

void PortalRequest::start()
{
    if (m_state != State::Ready) {
        qCWarning(lcPortal) << "request started twice:" << m_method << m_pathTemplate;
        return;
    }
    m_state = State::Running;
    if (!m_client) {
        failSoon(PortalError::make(PortalErrorCode::ConnectionFailed, QStringLiteral("the portal client is gone")));
        return;
    }
    m_startedAt = m_client->clock().monotonic();
    m_url = m_client->urlFor(m_encodedPath, m_encodedQuery);
    if (!TlsConfiguration::isTransportAllowed(m_url)) {
        failSoon(PortalError::make(PortalErrorCode::InsecureTransport,
                                   QStringLiteral("scheme %1 to a non-loopback host").arg(m_url.scheme())));
        return;
    }
    sendAttempt();
}

void PortalRequest::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort();
        return;
    }
    ++m_generation;
    finish(PortalError::make(PortalErrorCode::Cancelled));
}

void PortalRequest::sendAttempt()
{
    if (!m_client) {
        finish(PortalError::make(PortalErrorCode::ConnectionFailed, QStringLiteral("the portal client is gone")));
        return;
    }
    m_state = State::Running;
    ++m_attempts;
    m_tooLarge = false;
    m_tlsRefused = false;
    m_tlsDetail.clear();
    m_valueToCache.reset();
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(std::clamp<qint64>(m_timeout.count(), 1, INT_MAX)));
    request.setRawHeader("Accept", m_accept);
    request.setRawHeader("X-Request-Id", m_requestId.toLatin1());
    if (m_authenticated) {
        const QByteArray authorization = m_client->authorizationHeader();
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
    }
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey);
    if (m_pollable) {
        if (const PortalClient::CachedAnswer* cached = m_client->cachedAnswer(m_url))
            request.setRawHeader("If-None-Match", cached->etag);
    }
    if (m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        // An empty cipher list would mean the library's defaults: refuse instead.
        if (m_client->tls().ciphers().isEmpty()) {
            failSoon(PortalError::fromTransport(QNetworkReply::SslHandshakeFailedError,
                                                PortalError::TransportCause::TlsRefused,
                                                QStringLiteral("no usable TLS policy")));
            return;
        }
        request.setSslConfiguration(m_client->tls().sslConfiguration());
    }

    PortalError prepareError;
    std::unique_ptr<MultipartBody> multipart = createMultipart(prepareError);
    if (prepareError.isError()) {
        failSoon(prepareError);
        return;
    }
    QNetworkAccessManager& network = m_client->network();
    if (multipart) {
        const QByteArray contentType = multipart->contentType();
        m_reply = new DirectReply(request, m_method, std::move(multipart), contentType, m_maxReplyBytes, &network);
    } else if (!isRepeatable()) {
        // QNAM could send it twice by itself (see DirectReply).
        std::unique_ptr<QBuffer> body;
        if (m_hasBody) {
            body = std::make_unique<QBuffer>();
            body->setData(m_body);
            body->open(QIODevice::ReadOnly);
        }
        m_reply = new DirectReply(request, m_method, std::move(body),
                                  m_hasBody ? QByteArrayLiteral("application/json") : QByteArray(), m_maxReplyBytes,
                                  &network);
    } else if (m_hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply = network.sendCustomRequest(request, m_method, m_body);
    } else {
        m_reply = network.sendCustomRequest(request, m_method);
    }
    connect(m_reply, &QNetworkReply::finished, this, &PortalRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &PortalRequest::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &PortalRequest::onEncrypted);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PortalRequest::onDownloadProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total <= 0)
            return;
        handleUploadProgress(sent, total);
        emit uploadProgress(sent, total);
    });
}

void PortalRequest::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignoreSslErrors(): any certificate problem ends the call.
    QStringList texts;
    for (const QSslError& error : errors)
        texts.append(error.errorString());
    m_tlsRefused = true;
    m_tlsDetail = texts.join(QLatin1String("; "));
    if (m_reply)
        m_reply->abort();
}

void PortalRequest::onEncrypted()
{
    if (!m_reply || !m_client)
        return;
    const QSslKey key = m_reply->sslConfiguration().peerCertificate().publicKey();
    if (!m_client->tls().acceptsPeerKey(key)) {
        m_tlsRefused = true;
        m_tlsDetail = QStringLiteral("peer key of %1 bits is below the TLS policy").arg(key.length());
        m_reply->abort();
    }
}

void PortalRequest::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_reply && (received > m_maxReplyBytes || total > m_maxReplyBytes)) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void PortalRequest::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray serverRequestId = reply->rawHeader("X-Request-Id").left(200);
    if (!serverRequestId.isEmpty())
        m_requestId = QString::fromLatin1(serverRequestId);

    if (m_cancelled) {
        finish(PortalError::make(PortalErrorCode::Cancelled));
        return;
    }
    if (m_tooLarge) {
        finish(PortalError::make(PortalErrorCode::ReplyTooLarge,
                                 QStringLiteral("more than %1 bytes").arg(m_maxReplyBytes)));
        return;
    }
    if (m_httpStatus == 0 && reply->error() == QNetworkReply::UnknownContentError) {
        // DirectReply could not read its body to the end: a document, not the network, and no
        // resend would read it better.
        finish(PortalError::make(PortalErrorCode::DocumentUnreadable, reply->errorString()));
        return;
    }
    if (m_httpStatus == 0 || m_tlsRefused) {
        using Cause = PortalError::TransportCause;
        const QNetworkReply::NetworkError networkError = reply->error();
        // Only the transfer timeout aborts a reply without cancel() or a TLS refusal.
        const Cause cause = m_tlsRefused                            ? Cause::TlsRefused
            : networkError == QNetworkReply::OperationCanceledError ? Cause::TimedOut
                                                                    : Cause::Network;
        const bool retryable = cause == Cause::TimedOut
            || (cause == Cause::Network && RetryPolicy::isRetryableNetworkError(networkError));
        retryOrFinish(
            PortalError::fromTransport(networkError, cause, m_tlsRefused ? m_tlsDetail : reply->errorString()),
            retryable);
        return;
    }
    concludeWithAnswer(*reply, m_httpStatus);
}

void PortalRequest::concludeWithAnswer(QNetworkReply& reply, int status)
{
    if (status == 304 && m_pollable) {
        const PortalClient::CachedAnswer* cached = m_client ? m_client->cachedAnswer(m_url) : nullptr;
        if (cached && handleNotModified(cached->value)) {
            m_notModified = true;
            finish(PortalError());
            return;
        }
    }
    const QByteArray body = reply.readAll();
    if (status >= 200 && status <= 299) {
        std::optional<PortalError> failure = handleSuccess(Answer {status, body, reply});
        if (failure) {
            finish(*failure);
            return;
        }
        const QByteArray etag = reply.rawHeader("ETag");
        if (m_pollable && m_client && !etag.isEmpty() && m_valueToCache.has_value())
            m_client->rememberAnswer(m_url, etag, std::move(m_valueToCache));
        finish(PortalError());
        return;
    }
    const auto retryAfter
        = m_client ? parseRetryAfter(reply.rawHeader("Retry-After"), m_client->clock().nowUtc()) : std::nullopt;
    PortalError error = PortalError::fromHttpAnswer(status, body, m_requestId, retryAfter);
    error.renameFields(m_fieldAliases);
    retryOrFinish(std::move(error), RetryPolicy::isRetryableStatus(status));
}

bool PortalRequest::isRepeatable() const
{
    return !m_neverRetried && RetryPolicy::isRepeatable(m_method, !m_idempotencyKey.isEmpty());
}

void PortalRequest::retryOrFinish(PortalError error, bool retryable)
{
    if (!retryable || !isRepeatable() || !m_client) {
        finish(std::move(error));
        return;
    }
    const auto delay = m_client->options().retry.nextDelay(m_attempts, error.retryAfter, m_client->random());
    if (!delay) {
        finish(std::move(error));
        return;
    }
    qCInfo(lcPortal).noquote().nospace() << m_method << ' ' << m_pathTemplate << ": attempt " << m_attempts
                                         << " failed (" << portalErrorId(error.code) << ", status " << m_httpStatus
                                         << ", request " << m_requestId << "), retrying in " << delay->count() << " ms";
    m_state = State::WaitingToRetry;
    const int generation = ++m_generation;
    emit retryScheduled(m_attempts + 1, delay->count());
    m_client->clock().callAfter(*delay, this, [this, generation] {
        if (generation == m_generation && m_state == State::WaitingToRetry)
            sendAttempt();
    });
}

void PortalRequest::failSoon(PortalError error)
{
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation, error = std::move(error)] {
        if (generation == m_generation && m_state != State::Finished)
            finish(error);
    });
}

void PortalRequest::finish(PortalError error)
{
    m_state = State::Finished;
    if (error.isError()) {
        if (error.requestId.isEmpty())
            error.requestId = m_requestId;
        if (error.httpStatus == 0)
            error.httpStatus = m_httpStatus;
    }
    m_error = std::move(error);
    m_body.fill('\0');

    const qint64 elapsed = m_client ? (m_client->clock().monotonic() - m_startedAt).count() : 0;
    qCInfo(lcPortal).noquote().nospace() << m_method << ' ' << m_pathTemplate << " -> "
                                         << (m_notModified ? 304 : m_httpStatus) << ' '
                                         << (m_error.isError() ? portalErrorId(m_error.code) : QStringLiteral("ok"))
                                         << " in " << elapsed << " ms, request " << m_requestId << ", attempts "
                                         << m_attempts;

    if (m_error.code == PortalErrorCode::Unauthorized && m_authenticated && m_client)
        m_client->clearBearerToken();
    emit finished();
}

void PortalRequest::abortReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace segurdesk::portal
