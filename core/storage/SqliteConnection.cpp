#include "core/storage/SqliteConnection.h"

#include "core/storage/StorageLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace segurdesk::storage {

SqliteConnection::SqliteConnection(QString path)
    : m_path(std::move(path))
    , m_name(QStringLiteral("segurdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteConnection::~SqliteConnection()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

StorageError SqliteConnection::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return {StorageError::DatabaseFailed, db.lastError().text()};
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (StorageError error = exec(QString::fromLatin1(pragma)))
            return error;
    }
    return {};
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

StorageError SqliteConnection::exec(const QString& sql, const QVariantList& values, QSqlQuery* query) const
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) {
        qCWarning(lcStorage) << "SQL prepare failed" << q.lastError().text();
        return {StorageError::DatabaseFailed, q.lastError().text()};
    }
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcStorage) << "SQL failed" << q.lastError().text();
        return {StorageError::DatabaseFailed, q.lastError().text()};
    }
    if (query)
        *query = std::move(q);
    return {};
}

StorageError SqliteConnection::rollback(StorageError cause) const
{
    static_cast<void>(exec(QStringLiteral("ROLLBACK")));
    return cause;
}

StorageError SqliteConnection::schemaVersion(int& version) const
{
    QSqlQuery query;
    if (StorageError error = exec(QStringLiteral("PRAGMA user_version"), {}, &query))
        return error;
    if (!query.next()) {
        qCWarning(lcStorage) << "SQL schema version unreadable" << query.lastError().text();
        return {StorageError::DatabaseFailed, query.lastError().text()};
    }
    version = query.value(0).toInt();
    // An open statement would lock the tables against the DROP of an outdated cache.
    query.finish();
    return {};
}

StorageError SqliteConnection::storeSchemaVersion(int wanted, int found) const
{
    if (found == wanted)
        return {};
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(wanted));
}

} // namespace segurdesk::storage
