// Servers the sandbox cannot imitate: garbage bytes instead of HTTP, and a TLS port that does
// not speak TLS, for plain calls (QNAM) and for uploads (DirectReply). A tiny QTcpServer answers
// raw bytes; it never stands in for the portal.
#include "core/portal/ConfigRequest.h"
#include "core/portal/EnrollmentSubmission.h"
#include "core/portal/PasswordChangeRequest.h"
#include "core/portal/PortalClient.h"
#include "core/portal/RetryPolicy.h"
#include "tests/core/portal/FakeTime.h"
#include "tests/core/portal/RunRequest.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <gtest/gtest.h>
#include <memory>

using namespace std::chrono_literals;
using namespace segurdesk::portal;
using namespace segurdesk::portal::test;

namespace {

class RawServer
{
public:
    // Answers once the request so far satisfies `complete` (by default, at its first bytes),
    // then closes the connection. `answer` empty: closes without a word.
    explicit RawServer(QByteArray answer, std::function<bool(const QByteArray&)> complete = {})
        : m_answer(std::move(answer))
        , m_complete(std::move(complete))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto received = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    received->append(socket->readAll());
                    if (m_complete && !m_complete(*received))
                        return;
                    m_lastRequest = *received;
                    socket->write(m_answer);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    const QByteArray& lastRequest() const { return m_lastRequest; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    std::function<bool(const QByteArray&)> m_complete;
    QByteArray m_lastRequest;
    int m_connections = 0;
};

struct Fixture
{
    FakeClock clock;
    FakeRandom random {{0.5}};
    QNetworkAccessManager network;

    std::unique_ptr<PortalClient> client(const QString& url, std::chrono::milliseconds timeout = 10s)
    {
        PortalClient::Options options;
        options.retry.baseDelay = 1ms;
        options.retry.maxDelay = 2ms;
        options.timeout = timeout;
        options.clock = &clock;
        options.random = &random;
        return std::make_unique<PortalClient>(network, QUrl(url), options);
    }
};

// A whole upload: the closing boundary of the multipart body has arrived.
bool wholeUpload(const QByteArray& received)
{
    return received.endsWith("--\r\n");
}

struct Upload
{
    PortalError error;
    int attempts = 0;
    EnrollmentReceipt receipt;
};

constexpr qsizetype DocumentBytes = 300'000;

// POST /enrollments with one 300 kB document, under a fixed Idempotency-Key.
Upload runUpload(PortalClient& client)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rib.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n" + QByteArray(DocumentBytes, 'p'));
    file.close();
    EnrollmentSubmission submission(client, QJsonObject {{QStringLiteral("format_version"), 1}},
                                    {UploadDocument::fromFile(QStringLiteral("rib"), path, "application/pdf")},
                                    "upload-key");
    run(submission);
    Upload upload {submission.error(), submission.attempts(), {}};
    if (submission.succeeded())
        upload.receipt = submission.value();
    return upload;
}

const QByteArray ReceiptJson
    = R"({"id":"7","number":"ENR-2026-000007","status":"submitted","received_at":"2026-11-30T10:00:00Z"})";

PortalError runConfig(PortalClient& client, int* attempts)
{
    ConfigRequest request(client);
    run(request);
    *attempts = request.attempts();
    return request.error();
}

TEST(MalformedServer, TlsPortSpeakingPlainBytesFailsTheHandshakeAndIsNotRetried)
{
    RawServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    int attempts = 0;
    const PortalError error = runConfig(*client, &attempts);
    EXPECT_EQ(error.code, PortalErrorCode::TlsFailure) << error.supportReport().toStdString();
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(server.connections(), 1);
}

TEST(MalformedServer, GarbageInsteadOfHttpIsAnErrorNotACrash)
{
    RawServer server(QByteArray("\x00\xff\x13garbage\r\n\r\n\x7f", 15));
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    int attempts = 0;
    const PortalError error = runConfig(*client, &attempts);
    EXPECT_TRUE(error.isError());
    EXPECT_NE(error.code, PortalErrorCode::None);
    EXPECT_LE(attempts, 4);
}

TEST(MalformedServer, SuccessWithAnHtmlBodyIsAMalformedReply)
{
    RawServer server("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\nConnection: close\r\n\r\n"
                     "<html></html>");
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    int attempts = 0;
    const PortalError error = runConfig(*client, &attempts);
    EXPECT_EQ(error.code, PortalErrorCode::MalformedReply);
    EXPECT_TRUE(error.technicalDetail.startsWith(QLatin1String("body: not JSON")));
    EXPECT_EQ(attempts, 1);
}

TEST(MalformedServer, OversizedAnswerIsRefused)
{
    QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n";
    answer += QByteArray(qsizetype {64} * 1024, ' ');
    RawServer server(answer);
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    int attempts = 0;
    const PortalError error = runConfig(*client, &attempts);
    EXPECT_EQ(error.code, PortalErrorCode::ReplyTooLarge);
    EXPECT_EQ(attempts, 1);
}

TEST(MalformedServer, UploadAnswerInChunksIsRead)
{
    const QByteArray half = ReceiptJson.first(40);
    const QByteArray rest = ReceiptJson.sliced(40);
    RawServer server("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                     "Idempotent-Replayed: true\r\n\r\n"
                         + QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n"
                         + QByteArray::number(rest.size(), 16) + "\r\n" + rest + "\r\n0\r\n\r\n",
                     wholeUpload);
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const Upload upload = runUpload(*client);
    ASSERT_FALSE(upload.error.isError()) << upload.error.supportReport().toStdString();
    EXPECT_EQ(upload.receipt.number, QStringLiteral("ENR-2026-000007"));
    EXPECT_TRUE(upload.receipt.replayed);
    EXPECT_EQ(upload.attempts, 1);
    // What went out: one request, its own framing, the caller's headers, the whole document.
    const QByteArray& request = server.lastRequest();
    EXPECT_TRUE(request.startsWith("POST /api/v1/enrollments HTTP/1.1\r\nHost: 127.0.0.1:"));
    EXPECT_TRUE(request.contains("\r\nIdempotency-Key: upload-key\r\n"));
    EXPECT_TRUE(request.contains("\r\nConnection: close\r\n"));
    EXPECT_TRUE(request.contains("\r\nContent-Type: multipart/form-data; boundary=segurdesk-"));
    const qsizetype bodyStart = request.indexOf("\r\n\r\n") + 4;
    EXPECT_TRUE(request.contains("\r\nContent-Length: " + QByteArray::number(request.size() - bodyStart) + "\r\n"));
    EXPECT_TRUE(request.contains("%PDF-1.4\n" + QByteArray(DocumentBytes, 'p') + "\r\n--segurdesk-"));
}

TEST(MalformedServer, UploadGarbageAnswerIsAnErrorNotACrash)
{
    RawServer server(QByteArray("\x00\xff\x13garbage\r\n\r\n\x7f", 15), wholeUpload);
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const Upload upload = runUpload(*client);
    EXPECT_EQ(upload.error.code, PortalErrorCode::ConnectionFailed) << upload.error.supportReport().toStdString();
    EXPECT_EQ(upload.attempts, 1) << "a server that does not speak HTTP is not asked again";
}

TEST(MalformedServer, UploadClosedWithoutAnAnswerIsResentWithTheSameKey)
{
    RawServer server(QByteArray(), wholeUpload);
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const Upload upload = runUpload(*client);
    EXPECT_EQ(upload.error.code, PortalErrorCode::ConnectionLost) << upload.error.supportReport().toStdString();
    EXPECT_EQ(upload.attempts, RetryPolicy().maxAttempts);
    EXPECT_EQ(server.connections(), upload.attempts);
    EXPECT_TRUE(server.lastRequest().contains("\r\nIdempotency-Key: upload-key\r\n"));
}

TEST(MalformedServer, UploadToATlsPortSpeakingPlainBytesFailsTheHandshake)
{
    RawServer server("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    const Upload upload = runUpload(*client);
    EXPECT_EQ(upload.error.code, PortalErrorCode::TlsFailure) << upload.error.supportReport().toStdString();
    EXPECT_EQ(upload.attempts, 1);
    EXPECT_FALSE(server.lastRequest().contains("Idempotency-Key")) << "nothing is sent before the handshake";
}

TEST(MalformedServer, UploadOversizedAnswerIsRefused)
{
    RawServer server("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{",
                     wholeUpload);
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const Upload upload = runUpload(*client);
    EXPECT_EQ(upload.error.code, PortalErrorCode::ReplyTooLarge) << upload.error.supportReport().toStdString();
    EXPECT_EQ(upload.attempts, 1);
}

TEST(MalformedServer, UploadWithoutAnAnswerTimesOut)
{
    RawServer server("HTTP/1.1 201 Created\r\n", [](const QByteArray&) { return false; });
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()), 200ms);
    const Upload upload = runUpload(*client);
    EXPECT_EQ(upload.error.code, PortalErrorCode::Timeout) << upload.error.supportReport().toStdString();
    EXPECT_EQ(upload.attempts, RetryPolicy().maxAttempts) << "a keyed upload is resent after a timeout";
}

TEST(MalformedServer, UploadOfADocumentThatCannotBeReadToItsEndStopsShortAndIsNotResent)
{
    // A device that promises more bytes than it has, as a damaged draft copy would.
    class ShortDevice : public QBuffer
    {
    public:
        qint64 size() const override { return QBuffer::size() + 10; }
    };
    RawServer server("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n", wholeUpload);
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    UploadDocument document;
    document.part = QStringLiteral("rib");
    document.fileName = QStringLiteral("rib.pdf");
    document.open = []() -> std::unique_ptr<QIODevice> {
        auto device = std::make_unique<ShortDevice>();
        device->setData("%PDF-1.4\n" + QByteArray(DocumentBytes, 'p'));
        device->open(QIODevice::ReadOnly);
        return device;
    };
    EnrollmentSubmission submission(*client, QJsonObject {{QStringLiteral("format_version"), 1}}, {document},
                                    "short-key");
    run(submission);
    EXPECT_EQ(submission.error().code, PortalErrorCode::DocumentUnreadable)
        << submission.error().supportReport().toStdString();
    EXPECT_EQ(submission.attempts(), 1);
    EXPECT_TRUE(server.lastRequest().isEmpty()) << "the server never saw a whole body";
}

// Answers GET /config and keeps the connection alive; closes, without a word, any connection on
// which a password change arrives, counting the password changes received.
class KeepAliveThenCloseServer
{
public:
    KeepAliveThenCloseServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                auto received = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                    received->append(socket->readAll());
                    if (received->contains("current_password") && received->endsWith("}")) {
                        ++m_passwordChanges;
                        socket->abort();
                    } else if (received->startsWith("GET ") && received->endsWith("\r\n\r\n")) {
                        received->clear();
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                      + QByteArray::number(ConfigJson.size()) + "\r\n\r\n" + ConfigJson);
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    int passwordChanges() const { return m_passwordChanges; }

    static inline const QByteArray ConfigJson = "{}";

private:
    QTcpServer m_server;
    int m_passwordChanges = 0;
};

TEST(MalformedServer, PasswordChangeOnAConnectionTheServerClosesIsSentExactlyOnce)
{
    // QNAM would reuse the kept-alive connection and, finding it closed, send the change again:
    // a change that took effect would then be refused as a wrong current password.
    KeepAliveThenCloseServer server;
    Fixture fixture;
    auto client = fixture.client(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    ConfigRequest config(*client);
    run(config);
    PasswordChangeRequest request(*client, QStringLiteral("Ancien-Mot2passe!"), QStringLiteral("Nouveau-Mot2passe!"),
                                  QStringLiteral("Nouveau-Mot2passe!"));
    run(request);
    EXPECT_EQ(request.error().code, PortalErrorCode::ConnectionLost) << request.error().supportReport().toStdString();
    EXPECT_EQ(request.attempts(), 1);
    EXPECT_EQ(server.passwordChanges(), 1);
}

} // namespace
