#include "core/storage/Outbox.h"

#include "core/crypto/EncryptedStream.h"
#include "core/storage/StorageLog.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace segurdesk::storage {

using crypto::EncryptedStream;

namespace {

constexpr int SchemaVersion = 1;

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Pending:
        return QStringLiteral("pending");
    case OutboxEntry::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OutboxEntry::State stateFromName(const QString& name)
{
    if (name == QLatin1String("acknowledged"))
        return OutboxEntry::State::Acknowledged;
    if (name == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray problemRole(const QString& idempotencyKey)
{
    return "segurdesk/outbox/" + idempotencyKey.toLatin1() + "/problem";
}

const QString Columns = QStringLiteral(
    "idempotency_key, draft_id, payload_hash, state, attempts, created_at, updated_at, receipt, problem");

} // namespace

Outbox::Outbox(const QString& databasePath, const crypto::SecretKey& key)
    : m_path(databasePath)
    , m_connection(databasePath)
    , m_key(key)
{ }

StorageError Outbox::open()
{
    if (StorageError error = m_connection.open())
        return error;
    int found = 0;
    if (StorageError error = m_connection.schemaVersion(found))
        return error;
    const char* schema[] = {
        "CREATE TABLE IF NOT EXISTS submissions ("
        " idempotency_key TEXT PRIMARY KEY,"
        " draft_id TEXT NOT NULL,"
        " payload_hash TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('pending', 'acknowledged', 'failed')),"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " receipt TEXT,"
        " problem BLOB)",
        // The database itself guarantees at most one unanswered submission per draft.
        "CREATE UNIQUE INDEX IF NOT EXISTS one_pending_per_draft ON submissions (draft_id) WHERE state = 'pending'",
        "CREATE INDEX IF NOT EXISTS submissions_by_draft ON submissions (draft_id, created_at)",
    };
    for (const char* statement : schema) {
        if (StorageError error = m_connection.exec(QString::fromLatin1(statement)))
            return error;
    }
    return m_connection.storeSchemaVersion(SchemaVersion, found);
}

StorageError Outbox::record(const QString& draftId, const QString& payloadHash, QString& idempotencyKey)
{
    // IMMEDIATE takes the write lock before reading, so two processes cannot both decide to insert.
    if (StorageError error = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error;
    const auto rollback = [this](StorageError error) {
        return m_connection.rollback(std::move(error));
    };
    StorageError error;
    const QList<OutboxEntry> entries = history(draftId, &error);
    if (error)
        return rollback(error);
    for (const OutboxEntry& existing : entries) {
        if (existing.state == OutboxEntry::State::Pending) {
            if (existing.payloadHash != payloadHash)
                return rollback({StorageError::SubmissionPending});
            if (StorageError committed = m_connection.exec(QStringLiteral("COMMIT")))
                return rollback(committed);
            idempotencyKey = existing.idempotencyKey;
            return {};
        }
        if (existing.state == OutboxEntry::State::Acknowledged)
            return rollback({StorageError::AlreadySubmitted});
    }
    if (!entries.isEmpty() && entries.last().state == OutboxEntry::State::Failed
        && entries.last().payloadHash == payloadHash)
        return rollback({StorageError::UnchangedSinceRefusal});

    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = now();
    if (StorageError insertError = m_connection.exec(
            QStringLiteral("INSERT INTO submissions (idempotency_key, draft_id, payload_hash, state, created_at, "
                           "updated_at) VALUES (?, ?, ?, 'pending', ?, ?)"),
            {key, draftId, payloadHash, at, at}))
        return rollback(insertError);
    if (StorageError commitError = m_connection.exec(QStringLiteral("COMMIT")))
        return rollback(commitError);
    qCInfo(lcStorage) << "submission recorded for draft" << draftId;
    idempotencyKey = key;
    return {};
}

QList<OutboxEntry> Outbox::select(const QString& where, const QVariantList& values, StorageError* error) const
{
    QList<OutboxEntry> entries;
    QSqlQuery query;
    StorageError result = m_connection.exec(
        QStringLiteral("SELECT %1 FROM submissions WHERE %2 ORDER BY created_at, rowid").arg(Columns, where), values,
        &query);
    while (!result && query.next()) {
        OutboxEntry entry;
        entry.idempotencyKey = query.value(0).toString();
        entry.draftId = query.value(1).toString();
        entry.payloadHash = query.value(2).toString();
        entry.state = stateFromName(query.value(3).toString());
        entry.attempts = query.value(4).toInt();
        entry.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        entry.updatedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        entry.receipt = SubmissionReceipt::fromJson(QJsonDocument::fromJson(query.value(7).toByteArray()).object());
        if (!query.value(8).isNull()) {
            QByteArray json;
            if (EncryptedStream::openBytes(m_key, problemRole(entry.idempotencyKey), query.value(8).toByteArray(), json)
                != crypto::CipherStatus::Ok) {
                result = {StorageError::Damaged, QStringLiteral("outbox problem details")};
                break;
            }
            entry.problem = QJsonDocument::fromJson(json).object();
        }
        entries.append(entry);
    }
    if (error)
        *error = result;
    return result ? QList<OutboxEntry>() : entries;
}

QList<OutboxEntry> Outbox::pending(StorageError* error) const
{
    return select(QStringLiteral("state = 'pending'"), {}, error);
}

QList<OutboxEntry> Outbox::history(const QString& draftId, StorageError* error) const
{
    return select(QStringLiteral("draft_id = ?"), {draftId}, error);
}

StorageError Outbox::entry(const QString& idempotencyKey, OutboxEntry& entry) const
{
    StorageError error;
    const QList<OutboxEntry> found = select(QStringLiteral("idempotency_key = ?"), {idempotencyKey}, &error);
    if (error)
        return error;
    if (found.isEmpty())
        return {StorageError::UnknownSubmission};
    entry = found.first();
    return {};
}

StorageError Outbox::noteAttempt(const QString& idempotencyKey)
{
    QSqlQuery query;
    if (StorageError error = m_connection.exec(
            QStringLiteral("UPDATE submissions SET attempts = attempts + 1, updated_at = ? WHERE idempotency_key = ? "
                           "AND state = 'pending'"),
            {now(), idempotencyKey}, &query))
        return error;
    return query.numRowsAffected() == 1 ? StorageError() : StorageError(StorageError::InvalidState);
}

StorageError Outbox::transition(const QString& idempotencyKey, OutboxEntry::State to, const QVariant& receipt,
                                const QVariant& problem)
{
    OutboxEntry current;
    if (StorageError error = entry(idempotencyKey, current))
        return error;
    if (current.state == to)
        return {};
    if (current.state != OutboxEntry::State::Pending)
        return {StorageError::InvalidState, QStringLiteral("submission already answered")};
    return m_connection.exec(QStringLiteral("UPDATE submissions SET state = ?, receipt = ?, problem = ?, "
                                            "updated_at = ? WHERE idempotency_key = ? AND state = 'pending'"),
                             {stateName(to), receipt, problem, now(), idempotencyKey});
}

StorageError Outbox::acknowledge(const QString& idempotencyKey, const SubmissionReceipt& receipt)
{
    if (!receipt.isValid())
        return {StorageError::InvalidState, QStringLiteral("receipt without number or date")};
    OutboxEntry current;
    if (StorageError error = entry(idempotencyKey, current))
        return error;
    if (current.state == OutboxEntry::State::Acknowledged && !(current.receipt == receipt))
        return {StorageError::InvalidState, QStringLiteral("acknowledged with another receipt")};
    const QByteArray json = QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact);
    if (StorageError error
        = transition(idempotencyKey, OutboxEntry::State::Acknowledged, QString::fromUtf8(json), QVariant()))
        return error;
    qCInfo(lcStorage) << "submission acknowledged for draft" << current.draftId;
    return {};
}

StorageError Outbox::markFailed(const QString& idempotencyKey, const QJsonObject& problem)
{
    const QByteArray sealed = EncryptedStream::sealBytes(m_key, problemRole(idempotencyKey),
                                                         QJsonDocument(problem).toJson(QJsonDocument::Compact));
    if (sealed.isEmpty())
        return {StorageError::WriteFailed, QStringLiteral("encryption failed")};
    if (StorageError error = transition(idempotencyKey, OutboxEntry::State::Failed, QVariant(), sealed))
        return error;
    qCInfo(lcStorage) << "submission refused by the portal, status" << problem.value(QLatin1String("status")).toInt();
    return {};
}

} // namespace segurdesk::storage
