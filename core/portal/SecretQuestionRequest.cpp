#include "core/portal/SecretQuestionRequest.h"

namespace segurdesk::portal {

SecretQuestionRequest::SecretQuestionRequest(PortalClient& client, const QString& question, const QString& answer,
                                             QObject* parent)
    : EmptyReplyRequest(client, QByteArrayLiteral("PUT"), QStringLiteral("/auth/secret-question"),
                        QStringLiteral("/auth/secret-question"), parent)
{
    setJsonBody(QJsonObject {{QStringLiteral("question"), question}, {QStringLiteral("answer"), answer}});
}

} // namespace segurdesk::portal
