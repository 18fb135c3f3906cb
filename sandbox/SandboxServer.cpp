#include "sandbox/SandboxServer.h"

#include "sandbox/api/AccountRoutes.h"
#include "sandbox/api/AdminRoutes.h"
#include "sandbox/api/AdvanceRoutes.h"
#include "sandbox/api/AuthRoutes.h"
#include "sandbox/api/EnrollmentRoutes.h"
#include "sandbox/api/PublicRoutes.h"
#include "sandbox/services/SecureTokens.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTimer>

#include <exception>

namespace segurdesk::sandbox {

Q_LOGGING_CATEGORY(lcServer, "segurdesk.sandbox.http")

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

HttpRequest copyRequest(const QHttpServerRequest& request)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path(QUrl::FullyDecoded);
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

} // namespace

SandboxServer::SandboxServer(SandboxServices& services, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_services(services)
{
    PublicRoutes::install(m_router, m_services);
    EnrollmentRoutes::install(m_router, m_services);
    AuthRoutes::install(m_router, m_services);
    AdvanceRoutes::install(m_router, m_services);
    AccountRoutes::install(m_router, m_services);
    AdminRoutes::install(m_router, m_services);
    // Requests run due work lazily; the timer makes it happen (and its mails reach the outbox)
    // on time even when nobody asks.
    auto* dueTimer = new QTimer(this);
    connect(dueTimer, &QTimer::timeout, this, [this] { m_services.runDue(); });
    dueTimer->start(1000);
}

bool SandboxServer::handleRequest(const QHttpServerRequest& qrequest, QTcpSocket* socket)
{
    const HttpRequest request = copyRequest(qrequest);
    const QPointer<QTcpSocket> guardedSocket(socket);

    // Two requests with one Idempotency-Key at the same time: the second learns that the
    // first is still running.
    QString flightKey;
    const QByteArray key = request.header("Idempotency-Key");
    if (request.method == "POST" && !key.isEmpty()) {
        flightKey
            = QString::fromLatin1(request.path.toUtf8().toHex() + ' ' + request.header("Authorization") + ' ' + key);
        if (!m_services.idempotency->begin(flightKey)) {
            const QString requestId = SecureTokens::randomHex(8);
            send(socket, request,
                 Problem(409, QStringLiteral("idempotency-in-progress")).toResponse(request.path, requestId),
                 requestId);
            return true;
        }
    }

    const std::optional<FaultRule> fault = m_services.faults->pick(request.method, request.path);
    if (fault && (fault->kind == FaultRule::Kind::Error500 || fault->kind == FaultRule::Kind::Error503)) {
        const QString requestId = SecureTokens::randomHex(8);
        const bool internal = fault->kind == FaultRule::Kind::Error500;
        Problem problem(internal ? 500 : 503,
                        internal ? QStringLiteral("internal-error") : QStringLiteral("service-unavailable"));
        problem.setRetryAfter(fault->retryAfterSeconds);
        send(socket, request, problem.toResponse(request.path, requestId), requestId);
        if (!flightKey.isEmpty())
            m_services.idempotency->end(flightKey);
        return true;
    }
    if (fault && fault->kind == FaultRule::Kind::Stall) {
        QTimer::singleShot(fault->stallMs, this, [this, request, guardedSocket, flightKey] {
            process(request, guardedSocket, false, flightKey);
        });
        return true;
    }
    process(request, guardedSocket, fault && fault->kind == FaultRule::Kind::CloseAfterCommit, flightKey);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString requestId = SecureTokens::randomHex(8);
    const HttpRequest copy = copyRequest(request);
    send(socket, copy, Problem(404, QStringLiteral("not-found")).toResponse(copy.path, requestId), requestId);
}

void SandboxServer::process(const HttpRequest& request, const QPointer<QTcpSocket>& socket, bool closeAfterCommit,
                            const QString& flightKey)
{
    m_services.runDue();
    RequestContext context {request, {}, SecureTokens::randomHex(8), std::nullopt, QString()};
    HttpResponse response;
    try {
        response = dispatch(context);
    } catch (const std::exception& exception) {
        qCCritical(lcServer) << "handler failed:" << exception.what();
        response = context.fail(Problem(500, QStringLiteral("internal-error")));
    }
    m_services.db.releaseStatements();
    if (!flightKey.isEmpty())
        m_services.idempotency->end(flightKey);
    if (socket.isNull())
        return;
    if (closeAfterCommit) {
        socket->abort();
        return;
    }
    send(socket, request, response, context.requestId);
}

HttpResponse SandboxServer::dispatch(RequestContext& context)
{
    const Router::Match match = m_router.match(context.request.method, context.request.path);
    if (!match.route || (match.route->access == Access::Admin && !m_services.options.admin)) {
        if (match.pathExists)
            return context.fail(Problem(405, QStringLiteral("method-not-allowed")));
        return context.fail(Problem(404, QStringLiteral("not-found")));
    }
    context.params = match.params;
    const Access access = match.route->access;
    if (access != Access::Public && access != Access::Admin) {
        context.account = m_services.auth->authenticate(context.request.header("Authorization"), &context.tokenHash);
        if (!context.account) {
            return context.fail(Problem(401, QStringLiteral("unauthorized")))
                .withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        }
        if (access != Access::AnySession && context.account->mustChangePassword)
            return context.fail(Problem(403, QStringLiteral("password-change-required")));
        if (access == Access::Session && !context.account->secretQuestionSet)
            return context.fail(Problem(403, QStringLiteral("secret-question-required")));
    }
    return match.route->handler(context);
}

void SandboxServer::send(QTcpSocket* socket, const HttpRequest& request, HttpResponse response,
                         const QString& requestId)
{
    if (!socket)
        return;
    response.withHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    if (response.cacheable && response.status == 200) {
        const QByteArray etag = '"' + SecureTokens::sha256(response.body).toHex().left(32) + '"';
        response.withHeader(QByteArrayLiteral("ETag"), etag);
        response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        bool matches = false;
        for (const QByteArray& candidate : request.header("If-None-Match").split(','))
            matches = matches || candidate.trimmed() == etag || candidate.trimmed() == "*";
        if (matches) {
            response.status = 304;
            response.body.clear();
            response.contentType.clear();
        }
    } else {
        response.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    }
    const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    QByteArray message = response.serialize(close);
    if (request.method == "HEAD")
        message.chop(response.body.size());
    socket->write(message);
    if (close)
        socket->disconnectFromHost();
}

} // namespace segurdesk::sandbox
