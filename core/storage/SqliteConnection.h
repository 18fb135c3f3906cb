#pragma once

#include "core/storage/StorageError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace segurdesk::storage {

// A private Qt SQL connection to one SQLite file, in WAL mode with full fsync so that a row
// written before a network request survives a crash or power loss. Removed on destruction.
class SqliteConnection
{
public:
    explicit SqliteConnection(QString path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    StorageError open();
    QSqlDatabase database() const;
    // Runs one statement with positional bindings; query receives the executed query if given.
    StorageError exec(const QString& sql, const QVariantList& values = {}, QSqlQuery* query = nullptr) const;
    // Abandons the open transaction because of `cause`, which it returns: that is what the caller
    // reports. A ROLLBACK that fails too is logged by exec(); SQLite then ends the transaction
    // when the connection closes.
    StorageError rollback(StorageError cause) const;
    // The file's schema version (SQLite's user_version: 0 for a new file).
    StorageError schemaVersion(int& version) const;
    // Writes `wanted` only when it differs from the version `found`: each write is a commit, with
    // its fsync. A newer file's version is lowered: no schema has been migrated yet.
    StorageError storeSchemaVersion(int wanted, int found) const;

private:
    QString m_path;
    QString m_name;
};

} // namespace segurdesk::storage
