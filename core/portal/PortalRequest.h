#pragma once

#include "core/portal/PortalError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <any>
#include <chrono>
#include <memory>
#include <optional>

class QNetworkReply;
class QSslError;

namespace segurdesk::portal {

class MultipartBody;
class PortalClient;

// One call to the portal. The base class owns what every endpoint shares: the timeout (no byte
// moving for that long), a fresh X-Request-Id (UUID) per attempt kept for the support desk, TLS
// checks (any SSL error or a peer key below the policy aborts), the mapping of problem+json
// answers to a typed PortalError, bounded retries with jittered exponential backoff that honour
// Retry-After (only for idempotent methods or requests carrying an Idempotency-Key, never for
// 4xx but 408 and 429, never after cancel()), ETag polling, and one log line per call
// (method, path template, status, duration, request id: no token, no query value, no body).
//
// Use: construct an endpoint class on a PortalClient, connect to finished(), call start() once.
// After finished(), succeeded() tells whether the typed result or error() is valid. The caller
// owns the request; deleting it while running aborts the call silently.
class PortalRequest : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalRequest)

public:
    enum class State { Ready, Running, WaitingToRetry, Finished };

    ~PortalRequest() override;

    void start();
    // Aborts the transfer or the wait before a retry; finishes with Cancelled, never retried.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return isFinished() && !m_error.isError(); }
    const PortalError& error() const { return m_error; }
    // The X-Request-Id of the last attempt (the portal's, when it answered with one).
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    // True when the portal answered 304 and the result is the previous answer's.
    bool wasNotModified() const { return m_notModified; }
    QByteArray method() const { return m_method; }
    QString pathTemplate() const { return m_pathTemplate; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

signals:
    void finished();
    void retryScheduled(int nextAttempt, qint64 delayMs);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

protected:
    // `pathTemplate` is what the logs show ("/companies/{siret}"); `encodedPath` is the real,
    // percent-encoded path under /api/v1.
    PortalRequest(PortalClient& client, QByteArray method, QString pathTemplate, QString encodedPath,
                  QObject* parent = nullptr);

    // A path segment made of user input, percent-encoded ("/" included).
    static QString encodeSegment(const QString& segment);

    void addQueryItem(QLatin1String key, const QString& value);
    void setJsonBody(const QJsonObject& body);
    void setIdempotencyKey(const QByteArray& key);
    // Sends the session's bearer token (default). Public endpoints turn it off.
    void setAuthenticated(bool authenticated) { m_authenticated = authenticated; }
    // Sends If-None-Match with the last ETag of this URL and accepts 304.
    void setPollable(bool pollable) { m_pollable = pollable; }
    void setAccept(QByteArray accept) { m_accept = std::move(accept); }
    // Forbids retries even for an idempotent method (a GET that consumes a captcha).
    void setNeverRetried() { m_neverRetried = true; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    // Field names of this request's own parameters → the model's field paths.
    void setFieldAliases(QHash<QString, QString> aliases) { m_fieldAliases = std::move(aliases); }

    // Null once the client is gone.
    PortalClient* client() const;

    struct Answer
    {
        int status;
        const QByteArray& body;
        const QNetworkReply& reply;
    };
    // A 2xx answer. Returns the error that makes it unusable, if any.
    virtual std::optional<PortalError> handleSuccess(const Answer& answer) = 0;
    // A 304 answer: `cached` is what the last success gave to rememberForPolling(). Returns
    // false when it cannot serve (the 304 is then an unexpected status).
    virtual bool handleNotModified(const std::any& cached);
    // The multipart body of an attempt (a fresh one each time, since the reply consumes it), or
    // nullptr for a request without one. Set `error` when a part cannot be prepared. It is sent
    // by a DirectReply, not through QNetworkAccessManager.
    virtual std::unique_ptr<MultipartBody> createMultipart(PortalError& error);
    virtual void handleUploadProgress(qint64 bytesSent, qint64 bytesTotal);

    // Called from handleSuccess(): the value a later 304 serves again.
    void rememberForPolling(std::any value) { m_valueToCache = std::move(value); }
    // The error for a success answer that does not follow the contract.
    PortalError malformedReply(const QString& detail) const;

private:
    void sendAttempt();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError>& errors);
    void onEncrypted();
    void onDownloadProgress(qint64 received, qint64 total);
    void concludeWithAnswer(QNetworkReply& reply, int status);
    // Whether the call may be sent more than once (by us after a fault, or by QNAM by itself).
    bool isRepeatable() const;
    void retryOrFinish(PortalError error, bool retryable);
    void failSoon(PortalError error);
    void finish(PortalError error);
    void abortReply();

    QPointer<PortalClient> m_client;
    QByteArray m_method;
    QString m_pathTemplate;
    QString m_encodedPath;
    QString m_encodedQuery;
    QUrl m_url;
    QByteArray m_body;
    bool m_hasBody = false;
    QByteArray m_idempotencyKey;
    QByteArray m_accept = QByteArrayLiteral("application/json, application/problem+json");
    bool m_authenticated = true;
    bool m_pollable = false;
    bool m_neverRetried = false;
    qint64 m_maxReplyBytes = qint64 {8} * 1024 * 1024;
    QHash<QString, QString> m_fieldAliases;
    std::chrono::milliseconds m_timeout;

    State m_state = State::Ready;
    QNetworkReply* m_reply = nullptr;
    int m_attempts = 0;
    int m_generation = 0;
    int m_httpStatus = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_tlsRefused = false;
    bool m_notModified = false;
    QString m_tlsDetail;
    QString m_requestId;
    std::chrono::milliseconds m_startedAt {0};
    std::any m_valueToCache;
    PortalError m_error;
};

} // namespace segurdesk::portal
