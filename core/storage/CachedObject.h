#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace segurdesk::storage {

// One object the portal returned, as kept by DossierCache: the raw JSON plus the few fields
// used to list and sort without decrypting it. Status history is part of each object's JSON.
struct CachedObject
{
    // Config: the portal's /config (the call's dates), one per account, whose id is "config".
    enum class Kind { Enrollment, AdvanceRequest, Mail, Document, Payment, Config };

    Kind kind = Kind::Enrollment;
    QString id;
    QString parentId; // the enrollment (or advance request) it belongs to, if any
    QString number; // numéro de dossier or de demande
    QString status;
    QDateTime at; // the date lists sort on

    QJsonObject json;

    // Fills the indexed fields from an object of docs/portal-api.yaml (id, number, status,
    // enrollment_id / advance_request_id, updated_at / sent_at / created_at / received_at).
    static CachedObject fromPortal(Kind kind, const QJsonObject& json);
    static QString kindName(Kind kind);
};

} // namespace segurdesk::storage
