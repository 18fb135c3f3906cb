#include "sandbox/store/SandboxDatabase.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

namespace segurdesk::sandbox {

Q_LOGGING_CATEGORY(lcDatabase, "segurdesk.sandbox.db")

namespace {

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS accounts ("
    " id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, email TEXT NOT NULL, display_name TEXT NOT NULL,"
    " password_hash TEXT NOT NULL, initial_password_hash TEXT NOT NULL,"
    " must_change_password INTEGER NOT NULL DEFAULT 1, secret_question TEXT, secret_answer_hash TEXT,"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS accounts_email ON accounts(email)",
    "CREATE TABLE IF NOT EXISTS login_failures ("
    " login TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS tokens ("
    " token_hash TEXT PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts(id),"
    " expires_at INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS reset_codes ("
    " account_id INTEGER PRIMARY KEY REFERENCES accounts(id), code_hash TEXT NOT NULL, expires_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS enrollments ("
    " id INTEGER PRIMARY KEY, number TEXT UNIQUE, account_id INTEGER REFERENCES accounts(id),"
    " status TEXT NOT NULL, received_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " decide_at INTEGER, planned_decision TEXT, siret TEXT NOT NULL, company_name TEXT NOT NULL,"
    " trade_name TEXT NOT NULL, referencing_number TEXT NOT NULL, role TEXT NOT NULL, vat_rate TEXT NOT NULL,"
    " domiciliation TEXT, contact_email TEXT NOT NULL, contact_name TEXT NOT NULL, dossier_json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS enrollments_account ON enrollments(account_id)",
    "CREATE INDEX IF NOT EXISTS enrollments_due ON enrollments(status, decide_at)",
    "CREATE TABLE IF NOT EXISTS advance_requests ("
    " id INTEGER PRIMARY KEY, number TEXT UNIQUE, enrollment_id INTEGER NOT NULL UNIQUE REFERENCES enrollments(id),"
    " account_id INTEGER NOT NULL REFERENCES accounts(id), created_at INTEGER NOT NULL, counts_json TEXT NOT NULL,"
    " vat_rate TEXT NOT NULL, amount_ht INTEGER NOT NULL, amount_ttc INTEGER NOT NULL,"
    " pending_at INTEGER NOT NULL, paid_at INTEGER NOT NULL, iban_masked TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS advance_account ON advance_requests(account_id)",
    "CREATE TABLE IF NOT EXISTS status_history ("
    " id INTEGER PRIMARY KEY, enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),"
    " status TEXT NOT NULL, at INTEGER NOT NULL, comment TEXT)",
    "CREATE INDEX IF NOT EXISTS history_enrollment ON status_history(enrollment_id)",
    "CREATE TABLE IF NOT EXISTS documents ("
    " id INTEGER PRIMARY KEY, enrollment_id INTEGER NOT NULL REFERENCES enrollments(id),"
    " advance_id INTEGER REFERENCES advance_requests(id), kind TEXT NOT NULL, filename TEXT NOT NULL,"
    " content_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " content BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS documents_enrollment ON documents(enrollment_id)",
    "CREATE TABLE IF NOT EXISTS mails ("
    " id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts(id),"
    " enrollment_id INTEGER REFERENCES enrollments(id), advance_id INTEGER REFERENCES advance_requests(id),"
    " kind TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
    " sent_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS mails_account ON mails(account_id)",
    "CREATE INDEX IF NOT EXISTS mails_enrollment ON mails(enrollment_id)",
    // A payment is announced once (PaymentService), even by two sandboxes on one data folder.
    "CREATE UNIQUE INDEX IF NOT EXISTS mails_payment_sent ON mails(advance_id) WHERE kind = 'payment_sent'",
    "CREATE TABLE IF NOT EXISTS idempotency ("
    " scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,"
    " body BLOB NOT NULL, location TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (scope, key))",
};

} // namespace

SandboxDatabase::~SandboxDatabase()
{
    m_statements.clear();
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(const QString& path, QString* error)
{
    m_connectionName = QStringLiteral("segurdesk-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QCoreApplication::translate("SandboxDatabase", "Cannot open the database %1: %2")
                     .arg(path, db.lastError().text());
        return false;
    }
    // Documents are stored as blobs of megabytes: with 4 KiB pages a 24 MB enrollment was 12 000
    // WAL writes (a frame header and a page each), a third of the upload's server time. 64 KiB
    // pages (taken only by a new database) make it 750; the page cache grows to match.
    for (const char* pragma : {"PRAGMA page_size=65536", "PRAGMA cache_size=-16384", "PRAGMA journal_mode=WAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"}) {
        QSqlQuery query(db);
        query.exec(QLatin1String(pragma));
    }
    for (const char* statement : kSchema) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1String(statement))) {
            *error = QCoreApplication::translate("SandboxDatabase", "Cannot create the schema: %1")
                         .arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

QSqlQuery& SandboxDatabase::run(const QString& sql, std::initializer_list<QVariant> values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        // Rows are only ever read forwards; a scrollable query caches every row it reads.
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            qCWarning(lcDatabase) << "prepare failed:" << query->lastError().text();
            return m_unprepared;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = *it->second;
    if (!sql.startsWith(QLatin1String("SELECT")))
        ++m_generation;
    query.finish();
    int index = 0;
    for (const QVariant& value : values)
        query.bindValue(index++, value);
    if (!query.exec())
        qCWarning(lcDatabase) << "query failed:" << query.lastError().text();
    return query;
}

QVariant SandboxDatabase::scalar(const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery& query = run(sql, values);
    QVariant value;
    if (query.isActive() && query.next())
        value = query.value(0);
    query.finish();
    return value;
}

void SandboxDatabase::releaseStatements()
{
    for (auto& [sql, query] : m_statements)
        query->finish();
}

bool SandboxDatabase::transaction()
{
    return QSqlDatabase::database(m_connectionName, false).transaction();
}

bool SandboxDatabase::commit()
{
    return QSqlDatabase::database(m_connectionName, false).commit();
}

void SandboxDatabase::rollback()
{
    ++m_generation;
    QSqlDatabase::database(m_connectionName, false).rollback();
}

} // namespace segurdesk::sandbox
