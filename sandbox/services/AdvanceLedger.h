#pragma once

#include "sandbox/Clock.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace segurdesk::sandbox {

// Reads advance requests and their payments. The payment's progress (decided → payment-pending
// → paid) is not stored as events: it follows from the planned times and the clock, so it is
// evaluated whenever it is read and tests move the clock instead of waiting.
class AdvanceLedger
{
public:
    AdvanceLedger(SandboxDatabase& db, const Clock& clock);

    // The columns advanceFrom() and paymentFrom() expect, in order, for "FROM advance_requests a
    // JOIN enrollments e ON e.id = a.enrollment_id".
    static const QString& columns();

    // nullopt when `id` does not exist or belongs to another account.
    std::optional<QJsonObject> advanceJson(qint64 id, qint64 accountId);
    std::optional<QJsonObject> paymentJson(qint64 id, qint64 accountId);

    QJsonObject advanceFrom(const QSqlQuery& query);
    QJsonObject paymentFrom(const QSqlQuery& query) const;

private:
    SandboxDatabase& m_db;
    const Clock& m_clock;
};

} // namespace segurdesk::sandbox
