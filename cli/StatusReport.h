#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

class QTextStream;

namespace segurdesk::cli {

// What `segurdesk-cli status` shows: the account's enrollments (with their status history),
// advance requests and payments, as the JSON objects of docs/portal-api.yaml, fresh from the
// portal or read back from the DossierCache when it cannot be reached.
struct StatusReport
{
    QList<QJsonObject> enrollments;
    QList<QJsonObject> advanceRequests;
    QList<QJsonObject> payments;
    // Set when the report comes from the cache: when the portal last filled it.
    bool offline = false;
    QDateTime refreshedAt;

    // Human-readable, one block per dossier with its history. Objects that do not follow the
    // contract (an old cache) are named and skipped.
    void printText(QTextStream& out) const;
    // {offline, refreshed_at, enrollments, advance_requests, payments}, the portal's objects
    // unchanged.
    QJsonObject toJson() const;
};

} // namespace segurdesk::cli
