#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <unordered_map>

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
    // Statements are prepared once and reused (status polling runs the same few all the time),
    // so the rows of a query are valid until the same SQL text runs again.
    QSqlQuery& run(const QString& sql, std::initializer_list<QVariant> values = {});
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, std::initializer_list<QVariant> values = {});

    // Grows with every statement that may write (anything but a SELECT): answers computed
    // from the database stay valid while it does not change.
    quint64 generation() const { return m_generation; }

    // Resets every cached statement, so that none keeps a read snapshot open between requests.
    void releaseStatements();

    bool transaction();
    bool commit();
    void rollback();

private:
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlQuery m_unprepared;
    quint64 m_generation = 0;
};

} // namespace segurdesk::sandbox
