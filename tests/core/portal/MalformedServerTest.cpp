// Servers the sandbox cannot imitate: garbage bytes instead of HTTP, and a TLS port that does
// not speak TLS. A tiny QTcpServer answers raw bytes; it never stands in for the portal.
#include "core/portal/ConfigRequest.h"
#include "core/portal/PortalClient.h"
#include "tests/core/portal/FakeTime.h"
#include "tests/core/portal/RunRequest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk::portal;
using namespace segurdesk::portal::test;

namespace {

class RawServer
{
public:
    explicit RawServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
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

private:
    QTcpServer m_server;
    QByteArray m_answer;
    int m_connections = 0;
};

struct Fixture
{
    FakeClock clock;
    FakeRandom random {{0.5}};
    QNetworkAccessManager network;

    std::unique_ptr<PortalClient> client(const QString& url)
    {
        PortalClient::Options options;
        options.retry.baseDelay = 1ms;
        options.retry.maxDelay = 2ms;
        options.timeout = 10s;
        options.clock = &clock;
        options.random = &random;
        return std::make_unique<PortalClient>(network, QUrl(url), options);
    }
};

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

} // namespace
