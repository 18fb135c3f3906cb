#include "core/portal/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace segurdesk::portal {

Session Session::read(ReplyReader& reader)
{
    Session session;
    session.login = reader.string(QLatin1String("login"));
    session.email = reader.optionalString(QLatin1String("email"));
    session.displayName = reader.optionalString(QLatin1String("display_name"));
    session.expiresAt = reader.optionalDateTime(QLatin1String("expires_at"));
    session.mustChangePassword = reader.boolean(QLatin1String("must_change_password"));
    session.secretQuestionSet = reader.boolean(QLatin1String("secret_question_set"));
    return session;
}

QByteArray Session::tokenOf(const QByteArray& body)
{
    static const QRegularExpression b64token(QStringLiteral("^[A-Za-z0-9\\-._~+/]{16,512}=*$"));
    const QJsonValue token = QJsonDocument::fromJson(body).object().value(QLatin1String("token"));
    if (!token.isString() || !b64token.match(token.toString()).hasMatch())
        return {};
    return token.toString().toLatin1();
}

} // namespace segurdesk::portal
