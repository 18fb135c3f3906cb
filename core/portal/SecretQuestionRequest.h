#pragma once

#include "core/portal/EmptyReplyRequest.h"

#include <QJsonObject>

namespace segurdesk::portal {

// PUT /auth/secret-question: the recovery question and its answer.
class SecretQuestionRequest final : public EmptyReplyRequest
{
public:
    SecretQuestionRequest(PortalClient& client, const QString& question, const QString& answer,
                          QObject* parent = nullptr);
};

} // namespace segurdesk::portal
