#include "core/storage/CachedObject.h"

namespace segurdesk::storage {

QString CachedObject::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Enrollment:
        return QStringLiteral("enrollment");
    case Kind::AdvanceRequest:
        return QStringLiteral("advance_request");
    case Kind::Mail:
        return QStringLiteral("mail");
    case Kind::Document:
        return QStringLiteral("document");
    case Kind::Payment:
        return QStringLiteral("payment");
    case Kind::Config:
        return QStringLiteral("config");
    }
    return {};
}

CachedObject CachedObject::fromPortal(Kind kind, const QJsonObject& json)
{
    CachedObject object;
    object.kind = kind;
    object.json = json;
    object.id = json.value(QLatin1String("id")).toString();
    object.number = json.value(QLatin1String("number")).toString();
    object.status = json.value(QLatin1String("status")).toString();
    // A payment belongs to its advance request, everything else to its enrollment.
    object.parentId
        = json.value(QLatin1String(kind == Kind::Payment ? "advance_request_id" : "enrollment_id")).toString();
    for (const char* date : {"updated_at", "sent_at", "paid_at", "decided_at", "created_at", "received_at"}) {
        object.at = QDateTime::fromString(json.value(QLatin1String(date)).toString(), Qt::ISODateWithMs);
        if (object.at.isValid())
            break;
    }
    return object;
}

} // namespace segurdesk::storage
