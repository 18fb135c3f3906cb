#include "sandbox/api/EnrollmentRoutes.h"

#include "sandbox/api/EnrollmentIntake.h"
#include "sandbox/api/JsonTime.h"
#include "sandbox/http/Pagination.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace segurdesk::sandbox {

namespace {

const QString kSummaryColumns = QStringLiteral(
    "id, number, status, received_at, updated_at, siret, company_name, trade_name, referencing_number");

QJsonObject summaryFrom(const QSqlQuery& query)
{
    return QJsonObject {{QStringLiteral("id"), QString::number(query.value(0).toLongLong())},
                        {QStringLiteral("number"), query.value(1).toString()},
                        {QStringLiteral("status"), query.value(2).toString()},
                        {QStringLiteral("received_at"), jsonTime(query.value(3))},
                        {QStringLiteral("updated_at"), jsonTime(query.value(4))},
                        {QStringLiteral("siret"), query.value(5).toString()},
                        {QStringLiteral("company_name"), query.value(6).toString()},
                        {QStringLiteral("trade_name"), query.value(7).toString()},
                        {QStringLiteral("referencing_number"), query.value(8).toString()}};
}

} // namespace

QByteArray EnrollmentRoutes::enrollmentBody(SandboxServices& services, qint64 id, qint64 accountId)
{
    SandboxDatabase& db = services.db;
    // One statement for the whole answer (history and documents aggregated by SQLite's JSON
    // functions): status polling is the hottest path, and every statement costs more in the
    // Qt driver than in SQLite itself.
    QSqlQuery& query = db.run(
        QStringLiteral(
            "SELECT %1, account_id, role, vat_rate, domiciliation, dossier_json,"
            " (SELECT json_group_array(json_object('status', status, 'at', at, 'comment', comment)) FROM"
            "  (SELECT status, at, comment FROM status_history WHERE enrollment_id = e.id ORDER BY at, id)),"
            " (SELECT json_group_array(json_object('id', id, 'kind', kind, 'filename', filename, 'content_type',"
            "  content_type, 'size', size, 'sha256', sha256, 'created_at', created_at)) FROM"
            "  (SELECT id, kind, filename, content_type, size, sha256, created_at FROM documents"
            "   WHERE enrollment_id = e.id AND advance_id IS NULL ORDER BY id)),"
            " (SELECT id FROM advance_requests WHERE enrollment_id = e.id)"
            " FROM enrollments e WHERE e.id = ?")
            .arg(kSummaryColumns),
        {id});
    if (!query.next() || (accountId > 0 && query.value(9).toLongLong() != accountId))
        return {};
    QJsonObject json = summaryFrom(query);
    json.insert(QStringLiteral("role"), query.value(10).toString());
    json.insert(QStringLiteral("vat_rate"), query.value(11).toString());
    json.insert(QStringLiteral("domiciliation"), query.value(12).toString());
    const QByteArray dossier = query.value(13).toByteArray();
    if (const auto solution = services.fixtures.referencing(query.value(8).toString())) {
        for (const char* member : {"dsr", "solution_name", "developer_siret"})
            json.insert(QLatin1String(member), solution->value(QLatin1String(member)));
    }

    QJsonArray history;
    for (const auto& value : QJsonDocument::fromJson(query.value(14).toByteArray()).array()) {
        QJsonObject change = value.toObject();
        change.insert(QStringLiteral("at"), jsonTime(qint64(change.value(QLatin1String("at")).toDouble())));
        if (change.value(QLatin1String("comment")).toString().isEmpty())
            change.remove(QStringLiteral("comment"));
        history.append(change);
    }
    json.insert(QStringLiteral("status_history"), history);

    QJsonArray documents;
    for (const auto& value : QJsonDocument::fromJson(query.value(15).toByteArray()).array()) {
        QJsonObject document = value.toObject();
        const QString documentId = QString::number(qint64(document.value(QLatin1String("id")).toDouble()));
        document.insert(QStringLiteral("id"), documentId);
        document.insert(QStringLiteral("created_at"),
                        jsonTime(qint64(document.value(QLatin1String("created_at")).toDouble())));
        document.insert(QStringLiteral("url"), QStringLiteral("/api/v1/documents/") + documentId);
        documents.append(document);
    }
    json.insert(QStringLiteral("documents"), documents);
    json.insert(QStringLiteral("advance_request_id"),
                query.value(16).isNull() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QString::number(query.value(16).toLongLong())));
    QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    body.chop(1); // its closing brace
    return body + ",\"dossier\":" + (dossier.startsWith('{') ? dossier : QByteArrayLiteral("{}")) + '}';
}

void EnrollmentRoutes::install(Router& router, SandboxServices& services)
{
    auto intake = std::make_shared<EnrollmentIntake>(services);
    router.add("POST", QStringLiteral("/api/v1/enrollments"), Access::Public,
               [intake](RequestContext& context) { return intake->handle(context); });

    router.add("GET", QStringLiteral("/api/v1/enrollments"), Access::Session, [&services](RequestContext& context) {
        const auto pagination = Pagination::fromQuery(context.request.query);
        if (!pagination)
            return context.fail(Problem(400, QStringLiteral("malformed-request")));
        const QString status = context.request.queryValue(QStringLiteral("status"));
        const QString filter = status.isEmpty() ? QString() : QStringLiteral(" AND status = ?");
        const qint64 account = context.account->id;
        const qint64 total
            = (status.isEmpty() ? services.db.scalar(
                   QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE account_id = ?"), {account})
                                : services.db.scalar(
                                    QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE account_id = ?") + filter,
                                    {account, status}))
                  .toLongLong();
        const QString sql = QStringLiteral("SELECT %1 FROM enrollments WHERE account_id = ?%2"
                                           " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?")
                                .arg(kSummaryColumns, filter);
        QSqlQuery& query = status.isEmpty()
            ? services.db.run(sql, {account, pagination->perPage(), pagination->offset()})
            : services.db.run(sql, {account, status, pagination->perPage(), pagination->offset()});
        QJsonArray items;
        while (query.next())
            items.append(summaryFrom(query));
        return pagination->respond(items, total, context.request);
    });

    // Status polling asks for the same answers again and again: they are kept until the
    // database changes in any way.
    struct CachedBody
    {
        quint64 generation = 0;
        qint64 accountId = 0;
        QByteArray body;
    };
    auto cache = std::make_shared<QHash<qint64, CachedBody>>();
    router.add("GET", QStringLiteral("/api/v1/enrollments/{id}"), Access::Session,
               [&services, cache](RequestContext& context) {
                   const qint64 id = context.param(QStringLiteral("id")).toLongLong();
                   const quint64 generation = services.db.generation();
                   QByteArray body;
                   const auto cached = cache->constFind(id);
                   if (cached != cache->cend() && cached->generation == generation
                       && cached->accountId == context.account->id) {
                       body = cached->body;
                   } else {
                       body = enrollmentBody(services, id, context.account->id);
                       if (cache->size() > 1000)
                           cache->clear();
                       cache->insert(id, {generation, context.account->id, body});
                   }
                   if (body.isEmpty())
                       return context.fail(Problem(404, QStringLiteral("not-found")));
                   HttpResponse response = HttpResponse::bytes(200, QByteArrayLiteral("application/json"), body);
                   response.cacheable = true;
                   return response;
               });
}

} // namespace segurdesk::sandbox
