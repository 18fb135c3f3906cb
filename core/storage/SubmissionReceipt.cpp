#include "core/storage/SubmissionReceipt.h"

namespace segurdesk::storage {

QJsonObject SubmissionReceipt::toJson() const
{
    return {{QStringLiteral("id"), portalId},
            {QStringLiteral("number"), number},
            {QStringLiteral("received_at"), receivedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

SubmissionReceipt SubmissionReceipt::fromJson(const QJsonObject& json)
{
    return {json.value(QLatin1String("id")).toString(), json.value(QLatin1String("number")).toString(),
            QDateTime::fromString(json.value(QLatin1String("received_at")).toString(), Qt::ISODateWithMs)};
}

} // namespace segurdesk::storage
