#pragma once

#include "sandbox/store/SandboxDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace segurdesk::sandbox {

// Stored answers of creating POSTs, per (scope, Idempotency-Key), and the keys of requests
// still being processed. store() runs inside the transaction that creates the object, so an
// answer is stored exactly when its object exists.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(SandboxDatabase& db);

    struct Stored
    {
        QString fingerprint;
        int status = 0;
        QByteArray body;
        QString location;
    };

    // A key is 1 to 255 visible ASCII characters.
    static bool isValidKey(const QByteArray& key);

    std::optional<Stored> find(const QString& scope, const QString& key);
    bool store(const QString& scope, const QString& key, const Stored& answer, const QDateTime& now);

    // In-flight bookkeeping, keyed by whatever identifies the caller before authentication.
    bool begin(const QString& flightKey);
    void end(const QString& flightKey);

private:
    SandboxDatabase& m_db;
    QSet<QString> m_inFlight;
};

} // namespace segurdesk::sandbox
