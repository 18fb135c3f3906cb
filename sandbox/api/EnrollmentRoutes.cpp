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

std::optional<QJsonObject> EnrollmentRoutes::enrollmentJson(SandboxDatabase& db, qint64 id, qint64 accountId)
{
    QSqlQuery& query = db.run(QStringLiteral("SELECT %1, account_id, role, vat_rate, domiciliation, dossier_json"
                                             " FROM enrollments WHERE id = ?")
                                  .arg(kSummaryColumns),
                              {id});
    if (!query.next() || (accountId > 0 && query.value(9).toLongLong() != accountId))
        return std::nullopt;
    QJsonObject json = summaryFrom(query);
    const QJsonObject dossier = QJsonDocument::fromJson(query.value(13).toByteArray()).object();
    json.insert(QStringLiteral("role"), query.value(10).toString());
    json.insert(QStringLiteral("vat_rate"), query.value(11).toString());
    json.insert(QStringLiteral("domiciliation"), query.value(12).toString());
    json.insert(QStringLiteral("dossier"), dossier);
    json.insert(QStringLiteral("dsr"), QStringLiteral("MSS Opérateurs"));

    QJsonArray history;
    QSqlQuery& changes = db.run(
        QStringLiteral("SELECT status, at, comment FROM status_history WHERE enrollment_id = ? ORDER BY at, id"), {id});
    while (changes.next()) {
        QJsonObject change {{QStringLiteral("status"), changes.value(0).toString()},
                            {QStringLiteral("at"), jsonTime(changes.value(1))}};
        if (!changes.value(2).toString().isEmpty())
            change.insert(QStringLiteral("comment"), changes.value(2).toString());
        history.append(change);
    }
    json.insert(QStringLiteral("status_history"), history);

    QJsonArray documents;
    QSqlQuery& files = db.run(QStringLiteral("SELECT id, kind, filename, content_type, size, sha256, created_at FROM"
                                             " documents WHERE enrollment_id = ? AND advance_id IS NULL ORDER BY id"),
                              {id});
    while (files.next()) {
        const QString documentId = QString::number(files.value(0).toLongLong());
        documents.append(QJsonObject {{QStringLiteral("id"), documentId},
                                      {QStringLiteral("kind"), files.value(1).toString()},
                                      {QStringLiteral("filename"), files.value(2).toString()},
                                      {QStringLiteral("content_type"), files.value(3).toString()},
                                      {QStringLiteral("size"), files.value(4).toLongLong()},
                                      {QStringLiteral("sha256"), files.value(5).toString()},
                                      {QStringLiteral("created_at"), jsonTime(files.value(6))},
                                      {QStringLiteral("url"), QStringLiteral("/api/v1/documents/") + documentId}});
    }
    json.insert(QStringLiteral("documents"), documents);
    const QVariant advance = db.scalar(QStringLiteral("SELECT id FROM advance_requests WHERE enrollment_id = ?"), {id});
    json.insert(QStringLiteral("advance_request_id"),
                advance.isValid() ? QJsonValue(QString::number(advance.toLongLong())) : QJsonValue::Null);
    return json;
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

    router.add(
        "GET", QStringLiteral("/api/v1/enrollments/{id}"), Access::Session, [&services](RequestContext& context) {
            const auto json
                = enrollmentJson(services.db, context.param(QStringLiteral("id")).toLongLong(), context.account->id);
            if (!json)
                return context.fail(Problem(404, QStringLiteral("not-found")));
            HttpResponse response = HttpResponse::json(200, *json);
            response.cacheable = true;
            return response;
        });
}

} // namespace segurdesk::sandbox
