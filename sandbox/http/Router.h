#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace segurdesk::sandbox {

// Who may call a route. Stages of a session follow the first login: password change, then
// the secret question, then everything.
enum class Access {
    Public, // no token needed
    AnySession, // any valid token, even before the forced password change
    SecretQuestionStep, // a token whose password was changed, secret question or not
    Session, // a fully set-up account
    Admin, // sandbox started with --admin
};

using Handler = std::function<HttpResponse(RequestContext&)>;

struct Route
{
    QByteArray method;
    QStringList segments; // "{name}" segments capture
    Access access = Access::Public;
    Handler handler;
};

// Matches METHOD + path against patterns such as "/api/v1/enrollments/{id}".
class Router
{
public:
    void add(const QByteArray& method, const QString& pattern, Access access, Handler handler);

    struct Match
    {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        bool pathExists = false; // true when another method matches this path (405)
    };
    Match match(const QByteArray& method, const QString& path) const;

private:
    QList<Route> m_routes;
};

} // namespace segurdesk::sandbox
