#pragma once

#include "core/portal/HttpResponseParser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace segurdesk::portal {

// A reply sent on a connection of its own rather than through QNetworkAccessManager, for two
// kinds of calls:
// - uploads: QNAM's HTTP thread pulls an upload from its device 16 KiB at a time, each piece a
//   round trip to the thread that owns the device; a 24 MB dossier took 160 to 550 ms on
//   loopback depending on the scheduler, against about 50 ms written here 256 KiB at a time
//   from the thread that owns the body;
// - calls that must not be repeated (a login, a password change, a captcha): QNAM sends a
//   request again by itself when a kept-alive connection turns out closed by the server, and a
//   password change sent twice is refused the second time as a wrong current password.
//
// It keeps the face QNAM's replies show PortalRequest: finished(), uploadProgress(),
// downloadProgress(), encrypted() and sslErrors() (never ignored: the handshake then fails),
// the HttpStatusCode and HttpReasonPhrase attributes, raw headers, the transfer timeout of the
// request (OperationCanceledError, as QNAM), abort(). Any HTTP answer, whatever its status,
// finishes without an error: the caller reads the status. A body that cannot be read to its
// end fails with UnknownContentError, before its last byte leaves. One fresh connection per reply
// ("Connection: close"), never sent twice by the reply itself, through the application's proxy
// setting like QNAM. The request goes out with its raw headers, the body's Content-Type and
// Content-Length, and no Accept-Encoding, so the answer comes uncompressed.
class DirectReply final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectReply)

public:
    // An answer whose body is larger than `maxReplyBytes` is reported through downloadProgress()
    // as more than that, then fails with ProtocolFailure.
    // `body` (random access, exact size) may be null for a call without one. It may have nothing
    // for a while (read() gives 0 before its end): the upload goes on at its readyRead(), and
    // the transfer timeout does not count the time the body keeps the network waiting.
    DirectReply(const QNetworkRequest& request, const QByteArray& verb, std::unique_ptr<QIODevice> body,
                QByteArray contentType, qint64 maxReplyBytes, QObject* parent = nullptr);
    ~DirectReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    void sslConfigurationImplementation(QSslConfiguration& configuration) const override;

private:
    void start();
    void watchSocket();
    void sendHead();
    void sendBody();
    qint64 queuedBytes() const;
    void readAnswer();
    void onClosed();
    void onSocketError();
    void complete();
    void fail(NetworkError error, const QString& text);
    void closeSocket();
    void restartIdleTimer();

    QByteArray m_verb;
    std::unique_ptr<QIODevice> m_body;
    QByteArray m_contentType;
    qint64 m_maxReplyBytes;
    QTcpSocket* m_socket = nullptr;
    QSslConfiguration m_peerConfiguration;
    bool m_headSent = false;
    HttpResponseParser m_parser;
    QByteArray m_content;
    qint64 m_contentRead = 0;
    qint64 m_reportedUpload = -1;
    QTimer m_idle;
    QByteArray m_chunk;
};

} // namespace segurdesk::portal
