#include "sandbox/services/IdempotencyStore.h"

namespace segurdesk::sandbox {

IdempotencyStore::IdempotencyStore(SandboxDatabase& db)
    : m_db(db)
{ }

bool IdempotencyStore::isValidKey(const QByteArray& key)
{
    if (key.isEmpty() || key.size() > 255)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
}

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(const QString& scope, const QString& key)
{
    QSqlQuery& query = m_db.run(
        QStringLiteral("SELECT fingerprint, status, body, location FROM idempotency WHERE scope = ? AND key = ?"),
        {scope, key});
    if (!query.next())
        return std::nullopt;
    return Stored {query.value(0).toString(), query.value(1).toInt(), query.value(2).toByteArray(),
                   query.value(3).toString()};
}

bool IdempotencyStore::store(const QString& scope, const QString& key, const Stored& answer, const QDateTime& now)
{
    return m_db
        .run(QStringLiteral("INSERT INTO idempotency (scope, key, fingerprint, status, body, location, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {scope, key, answer.fingerprint, answer.status, answer.body, answer.location, now.toMSecsSinceEpoch()})
        .isActive();
}

bool IdempotencyStore::begin(const QString& flightKey)
{
    if (m_inFlight.contains(flightKey))
        return false;
    m_inFlight.insert(flightKey);
    return true;
}

void IdempotencyStore::end(const QString& flightKey)
{
    m_inFlight.remove(flightKey);
}

} // namespace segurdesk::sandbox
