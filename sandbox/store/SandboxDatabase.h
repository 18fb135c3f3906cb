#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace segurdesk::sandbox {

// The sandbox's SQLite file (WAL, foreign keys on), its schema, and small query helpers.
// QtHttpServer 6.4 runs every handler on the main thread, so one connection serves all.
class SandboxDatabase
{
public:
    SandboxDatabase() = default;
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase&) = delete;
    SandboxDatabase& operator=(const SandboxDatabase&) = delete;

    // Opens (creating if needed) `path` and its schema. Returns false with `error` set.
    bool open(const QString& path, QString* error);

    // A prepared query with `values` bound in order, executed. Check isActive() for success.
    QSqlQuery run(const QString& sql, std::initializer_list<QVariant> values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, std::initializer_list<QVariant> values = {});

    bool transaction();
    bool commit();
    void rollback();

private:
    QString m_connectionName;
};

} // namespace segurdesk::sandbox
