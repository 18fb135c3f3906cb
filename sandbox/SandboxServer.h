#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServices.h"
#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/Router.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

namespace segurdesk::sandbox {

// The HTTP face of the sandbox. It takes the raw request from QtHttpServer, applies fault
// injection, authentication, routing and caching (ETag / If-None-Match), and writes the
// answer on the socket itself: a stalled answer is written later, and a close_after_commit
// fault drops the connection after the handler has committed, which a QHttpServer route
// cannot express.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxServices& services, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void process(const HttpRequest& request, const QPointer<QTcpSocket>& socket, bool closeAfterCommit,
                 const QString& flightKey);
    HttpResponse dispatch(RequestContext& context);
    void send(QTcpSocket* socket, const HttpRequest& request, HttpResponse response, const QString& requestId);

    SandboxServices& m_services;
    Router m_router;
};

} // namespace segurdesk::sandbox
