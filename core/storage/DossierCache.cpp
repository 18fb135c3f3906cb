#include "core/storage/DossierCache.h"

#include "core/crypto/EncryptedStream.h"
#include "core/crypto/Sha256.h"
#include "core/storage/StorageLog.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace segurdesk::storage {

using crypto::EncryptedStream;

namespace {

constexpr int SchemaVersion = 2;

// The meta row that keeps an account's name, and the role its encryption authenticates.
constexpr QLatin1String NameRow("name");

// Qt binds a null QString as SQL NULL; the listing columns hold '' for "absent".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString timestamp(const QDateTime& at)
{
    return text(at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString());
}

} // namespace

DossierCache::DossierCache(const QString& databasePath, const crypto::SecretKey& key, const QString& account)
    : m_path(databasePath)
    , m_accountName(account)
    , m_connection(databasePath)
    , m_key(key)
    , m_account(QString::fromLatin1(crypto::Sha256::hash(account.toUtf8()).toHex()))
{ }

QByteArray DossierCache::roleOf(const QString& account, const QString& kind, const QString& id)
{
    // The account is part of what is authenticated: a row copied to another account does not open.
    return "segurdesk/cache/" + account.toLatin1() + '/' + kind.toUtf8() + '/' + id.toUtf8();
}

StorageError DossierCache::open()
{
    if (StorageError error = m_connection.open())
        return error;
    int found = 0;
    if (StorageError error = m_connection.schemaVersion(found))
        return error;
    // Version 1 had no account column. The cache is disposable: an older one is dropped and filled
    // again by the next refresh, never migrated.
    const bool outdated = found < SchemaVersion;

    const char* schema[] = {
        ("CREATE TABLE IF NOT EXISTS objects ("
         " account TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, parent_id TEXT NOT NULL DEFAULT '',"
         " number TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', at TEXT NOT NULL DEFAULT '',"
         " payload BLOB NOT NULL, PRIMARY KEY (account, kind, id))"),
        "CREATE INDEX IF NOT EXISTS objects_by_parent ON objects (account, kind, parent_id, at)",
        ("CREATE TABLE IF NOT EXISTS meta (account TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,"
         " PRIMARY KEY (account, name))"),
    };
    if (outdated) {
        for (const char* statement : {"DROP TABLE IF EXISTS objects", "DROP TABLE IF EXISTS meta"}) {
            if (StorageError error = m_connection.exec(QString::fromLatin1(statement)))
                return error;
        }
    }
    for (const char* statement : schema) {
        if (StorageError error = m_connection.exec(QString::fromLatin1(statement)))
            return error;
    }
    return m_connection.storeSchemaVersion(SchemaVersion, found);
}

StorageError DossierCache::write(const QList<CachedObject>& objects)
{
    for (const CachedObject& object : objects) {
        if (object.id.isEmpty())
            return {StorageError::InvalidState, QStringLiteral("object without id")};
        const QString kind = CachedObject::kindName(object.kind);
        const QByteArray sealed = EncryptedStream::sealBytes(m_key, role(kind, object.id),
                                                             QJsonDocument(object.json).toJson(QJsonDocument::Compact));
        if (sealed.isEmpty())
            return {StorageError::WriteFailed, QStringLiteral("encryption failed")};
        if (StorageError error = m_connection.exec(
                QStringLiteral("INSERT INTO objects (account, kind, id, parent_id, number, status, at, payload) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, kind, id) DO UPDATE SET "
                               "parent_id = excluded.parent_id, number = excluded.number, status = excluded.status, "
                               "at = excluded.at, payload = excluded.payload"),
                {m_account, kind, object.id, text(object.parentId), text(object.number), text(object.status),
                 timestamp(object.at), sealed}))
            return error;
    }
    return {};
}

StorageError DossierCache::upsert(const QList<CachedObject>& objects)
{
    if (StorageError error = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error;
    if (StorageError error = write(objects))
        return m_connection.rollback(error);
    return m_connection.exec(QStringLiteral("COMMIT"));
}

StorageError DossierCache::rebuild(const QList<CachedObject>& objects)
{
    if (StorageError error = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error;
    StorageError error = m_connection.exec(QStringLiteral("DELETE FROM objects WHERE account = ?"), {m_account});
    if (!error)
        error = write(objects);
    if (!error)
        error = m_connection.exec(
            QStringLiteral("INSERT OR REPLACE INTO meta (account, name, value) VALUES (?, 'refreshed_at', ?)"),
            {m_account, timestamp(QDateTime::currentDateTimeUtc())});
    if (!error) {
        const QByteArray sealed
            = EncryptedStream::sealBytes(m_key, role(QStringLiteral("meta"), NameRow), m_accountName.toUtf8());
        error = sealed.isEmpty()
            ? StorageError(StorageError::WriteFailed, QStringLiteral("encryption failed"))
            : m_connection.exec(QStringLiteral("INSERT OR REPLACE INTO meta (account, name, value) "
                                               "VALUES (?, ?, ?)"),
                                {m_account, NameRow, QString::fromLatin1(sealed.toBase64())});
    }
    if (error)
        return m_connection.rollback(error);
    qCInfo(lcStorage) << "dossier cache rebuilt with" << objects.size() << "objects";
    return m_connection.exec(QStringLiteral("COMMIT"));
}

StorageError DossierCache::clear()
{
    if (StorageError error = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error;
    StorageError error = m_connection.exec(QStringLiteral("DELETE FROM objects WHERE account = ?"), {m_account});
    if (!error)
        error = m_connection.exec(QStringLiteral("DELETE FROM meta WHERE account = ?"), {m_account});
    if (error)
        return m_connection.rollback(error);
    return m_connection.exec(QStringLiteral("COMMIT"));
}

StorageError DossierCache::remove(CachedObject::Kind kind, const QString& id)
{
    return m_connection.exec(QStringLiteral("DELETE FROM objects WHERE account = ? AND kind = ? AND id = ?"),
                             {m_account, CachedObject::kindName(kind), id});
}

QList<CachedObject> DossierCache::read(CachedObject::Kind kind, const QString& condition, const QVariantList& values,
                                       StorageError* error) const
{
    const QString kindName = CachedObject::kindName(kind);
    QSqlQuery query;
    StorageError result = m_connection.exec(
        QStringLiteral(
            "SELECT id, parent_id, number, status, at, payload FROM objects WHERE account = ? AND kind = ?%1 "
            "ORDER BY at DESC, id")
            .arg(condition),
        QVariantList {m_account, kindName} + values, &query);
    QList<CachedObject> objects;
    while (!result && query.next()) {
        CachedObject object;
        object.kind = kind;
        object.id = query.value(0).toString();
        object.parentId = query.value(1).toString();
        object.number = query.value(2).toString();
        object.status = query.value(3).toString();
        object.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        QByteArray json;
        if (EncryptedStream::openBytes(m_key, role(kindName, object.id), query.value(5).toByteArray(), json)
            != crypto::CipherStatus::Ok) {
            // A cache entry is disposable: report it so the caller rebuilds from the portal.
            result = {StorageError::Damaged, QStringLiteral("cache entry")};
            break;
        }
        object.json = QJsonDocument::fromJson(json).object();
        objects.append(object);
    }
    if (error)
        *error = result;
    return result ? QList<CachedObject>() : objects;
}

QList<CachedObject> DossierCache::list(CachedObject::Kind kind, const QString& parentId, StorageError* error) const
{
    if (parentId.isEmpty())
        return read(kind, {}, {}, error);
    return read(kind, QStringLiteral(" AND parent_id = ?"), {parentId}, error);
}

StorageError DossierCache::get(CachedObject::Kind kind, const QString& id, CachedObject& object) const
{
    StorageError error;
    const QList<CachedObject> found = read(kind, QStringLiteral(" AND id = ?"), {id}, &error);
    if (error)
        return error;
    if (found.isEmpty())
        return {StorageError::NotFound};
    object = found.first();
    return {};
}

QHash<QString, QString> DossierCache::statuses(CachedObject::Kind kind, StorageError* error) const
{
    QSqlQuery query;
    const StorageError result
        = m_connection.exec(QStringLiteral("SELECT id, status FROM objects WHERE account = ? AND kind = ?"),
                            {m_account, CachedObject::kindName(kind)}, &query);
    QHash<QString, QString> statuses;
    while (!result && query.next())
        statuses.insert(query.value(0).toString(), query.value(1).toString());
    if (error)
        *error = result;
    return statuses;
}

QDateTime DossierCache::refreshedAt() const
{
    QSqlQuery query;
    if (m_connection.exec(QStringLiteral("SELECT value FROM meta WHERE account = ? AND name = 'refreshed_at'"),
                          {m_account}, &query)
        || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

QStringList DossierCache::otherAccounts(int* damaged, StorageError* error) const
{
    QSqlQuery query;
    // An account with a name and no refresh time is one whose copy is being forgotten.
    const StorageError result = m_connection.exec(
        QStringLiteral("SELECT named.account, named.value FROM meta named"
                       " JOIN meta refreshed ON refreshed.account = named.account AND refreshed.name = 'refreshed_at'"
                       " WHERE named.name = ? AND named.account <> ?"),
        {NameRow, m_account}, &query);
    QStringList names;
    int unreadable = 0;
    while (!result && query.next()) {
        QByteArray name;
        if (EncryptedStream::openBytes(m_key, roleOf(query.value(0).toString(), QStringLiteral("meta"), NameRow),
                                       QByteArray::fromBase64(query.value(1).toString().toLatin1()), name)
            == crypto::CipherStatus::Ok)
            names.append(QString::fromUtf8(name));
        else
            ++unreadable;
    }
    if (damaged)
        *damaged = unreadable;
    if (error)
        *error = result;
    return result ? QStringList() : names;
}

} // namespace segurdesk::storage
