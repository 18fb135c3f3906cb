#pragma once

#include "core/crypto/SecretKey.h"
#include "core/storage/OutboxEntry.h"
#include "core/storage/SqliteConnection.h"

#include <QList>

namespace segurdesk::storage {

// The exactly-once ledger of submissions (SQLite, WAL, full sync). The protocol:
//   1. on the user's click: key = record(draftId, payloadHash), committed to disk, then
//      DraftStore::markSubmitting(draftId, key) freezes the draft;
//   2. send with Idempotency-Key: key; noteAttempt(key) before each try;
//   3. the portal's receipt: acknowledge(key, receipt), then DraftStore::markSubmitted;
//      a permanent refusal (422): markFailed(key, problem), then DraftStore::reopen;
//   4. at start-up, before any draft can be edited: every pending() entry is resent with the
//      same key and the frozen draft's content, until 3.
// The payload hash ties a key to one content: recording the same content again returns the
// same key; other content while a submission is pending is refused, because the first one may
// already exist on the portal; after a refusal only changed content gets a new key; an
// acknowledged draft is never submitted again.
class Outbox
{
public:
    // key encrypts the stored problem details (they may quote what the user typed).
    Outbox(const QString& databasePath, const crypto::SecretKey& key);

    // What another thread needs to open its own connection to this outbox (a Qt SQL connection
    // is used only by the thread that opened it): the constructor's two arguments.
    struct Location
    {
        QString databasePath;
        crypto::SecretKey key;
    };
    explicit Outbox(const Location& at)
        : Outbox(at.databasePath, at.key)
    { }
    Location location() const { return {m_path, m_key}; }

    StorageError open();

    // The key to send draftId's payload with; see the class comment for the refusals.
    StorageError record(const QString& draftId, const QString& payloadHash, QString& idempotencyKey);
    QList<OutboxEntry> pending(StorageError* error = nullptr) const;
    StorageError noteAttempt(const QString& idempotencyKey);
    // Idempotent: acknowledging twice with the same receipt succeeds.
    StorageError acknowledge(const QString& idempotencyKey, const SubmissionReceipt& receipt);
    StorageError markFailed(const QString& idempotencyKey, const QJsonObject& problem);

    StorageError entry(const QString& idempotencyKey, OutboxEntry& entry) const;
    // Every submission of a draft, oldest first.
    QList<OutboxEntry> history(const QString& draftId, StorageError* error = nullptr) const;

private:
    QList<OutboxEntry> select(const QString& where, const QVariantList& values, StorageError* error) const;
    StorageError transition(const QString& idempotencyKey, OutboxEntry::State to, const QVariant& receipt,
                            const QVariant& problem);

    QString m_path;
    SqliteConnection m_connection;
    crypto::SecretKey m_key;
};

} // namespace segurdesk::storage
