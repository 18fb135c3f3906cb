#include "sandbox/api/AccountRoutes.h"

#include "sandbox/api/JsonTime.h"
#include "sandbox/http/Pagination.h"
#include "sandbox/services/AdvanceLedger.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace segurdesk::sandbox {

namespace {

// Mails an account may read: its own, and those of its dossiers.
const QString kMailScope
    = QStringLiteral("(m.account_id = ? OR m.enrollment_id IN (SELECT id FROM enrollments WHERE account_id = ?))");

QJsonObject mailFrom(const QSqlQuery& query)
{
    const auto optionalId = [&query](int column) {
        return query.value(column).isNull() ? QJsonValue::Null
                                            : QJsonValue(QString::number(query.value(column).toLongLong()));
    };
    return QJsonObject {{QStringLiteral("id"), QString::number(query.value(0).toLongLong())},
                        {QStringLiteral("kind"), query.value(1).toString()},
                        {QStringLiteral("subject"), query.value(2).toString()},
                        {QStringLiteral("to"), query.value(3).toString()},
                        {QStringLiteral("sent_at"), jsonTime(query.value(4))},
                        {QStringLiteral("enrollment_id"), optionalId(5)},
                        {QStringLiteral("advance_request_id"), optionalId(6)}};
}

} // namespace

void AccountRoutes::install(Router& router, SandboxServices& services)
{
    router.add("GET", QStringLiteral("/api/v1/documents/{id}"), Access::Session, [&services](RequestContext& context) {
        QSqlQuery& query = services.db.run(
            QStringLiteral("SELECT d.filename, d.content_type, d.content FROM documents d JOIN enrollments e"
                           " ON e.id = d.enrollment_id WHERE d.id = ? AND e.account_id = ?"),
            {context.param(QStringLiteral("id")).toLongLong(), context.account->id});
        if (!query.next())
            return context.fail(Problem(404, QStringLiteral("not-found")));
        HttpResponse response
            = HttpResponse::bytes(200, query.value(1).toString().toLatin1(), query.value(2).toByteArray());
        QString filename = query.value(0).toString();
        filename.replace(QLatin1Char('"'), QLatin1Char('_'));
        response.withHeader(QByteArrayLiteral("Content-Disposition"),
                            "attachment; filename*=UTF-8''" + QUrl::toPercentEncoding(filename));
        response.cacheable = true;
        return response;
    });

    router.add("GET", QStringLiteral("/api/v1/mails"), Access::Session, [&services](RequestContext& context) {
        const auto pagination = Pagination::fromQuery(context.request.query);
        if (!pagination)
            return context.fail(Problem(400, QStringLiteral("malformed-request")));
        const QString enrollment = context.request.queryValue(QStringLiteral("enrollment_id"));
        const QString advance = context.request.queryValue(QStringLiteral("advance_request_id"));
        const QString filters = QStringLiteral(" AND (? = '' OR m.enrollment_id = ?) AND (? = '' OR m.advance_id = ?)");
        const qint64 account = context.account->id;
        const qint64 total = services.db
                                 .scalar(QStringLiteral("SELECT COUNT(*) FROM mails m WHERE ") + kMailScope + filters,
                                         {account, account, enrollment, enrollment, advance, advance})
                                 .toLongLong();
        QSqlQuery& query = services.db.run(
            QStringLiteral("SELECT m.id, m.kind, m.subject, m.recipient, m.sent_at, m.enrollment_id, m.advance_id"
                           " FROM mails m WHERE ")
                + kMailScope + filters + QStringLiteral(" ORDER BY m.sent_at DESC, m.id DESC LIMIT ? OFFSET ?"),
            {account, account, enrollment, enrollment, advance, advance, pagination->perPage(), pagination->offset()});
        QJsonArray items;
        while (query.next())
            items.append(mailFrom(query));
        return pagination->respond(items, total, context.request);
    });

    router.add("GET", QStringLiteral("/api/v1/mails/{id}"), Access::Session, [&services](RequestContext& context) {
        const qint64 account = context.account->id;
        QSqlQuery& query = services.db.run(
            QStringLiteral(
                "SELECT m.id, m.kind, m.subject, m.recipient, m.sent_at, m.enrollment_id, m.advance_id, m.body"
                " FROM mails m WHERE m.id = ? AND ")
                + kMailScope,
            {context.param(QStringLiteral("id")).toLongLong(), account, account});
        if (!query.next())
            return context.fail(Problem(404, QStringLiteral("not-found")));
        QJsonObject mail = mailFrom(query);
        mail.insert(QStringLiteral("body"), query.value(7).toString());
        HttpResponse response = HttpResponse::json(200, mail);
        response.cacheable = true;
        return response;
    });

    router.add("GET", QStringLiteral("/api/v1/payments"), Access::Session, [&services](RequestContext& context) {
        const auto pagination = Pagination::fromQuery(context.request.query);
        if (!pagination)
            return context.fail(Problem(400, QStringLiteral("malformed-request")));
        const QString advance = context.request.queryValue(QStringLiteral("advance_request_id"));
        const QString filter = QStringLiteral(" AND (? = '' OR a.id = ?)");
        const qint64 total
            = services.db
                  .scalar(QStringLiteral("SELECT COUNT(*) FROM advance_requests a WHERE a.account_id = ?") + filter,
                          {context.account->id, advance, advance})
                  .toLongLong();
        QSqlQuery& query = services.db.run(
            QStringLiteral("SELECT %1 FROM advance_requests a JOIN enrollments e ON e.id = a.enrollment_id"
                           " WHERE a.account_id = ?%2 ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?")
                .arg(AdvanceLedger::columns(), filter),
            {context.account->id, advance, advance, pagination->perPage(), pagination->offset()});
        AdvanceLedger ledger(services.db, services.clock);
        QJsonArray items;
        while (query.next())
            items.append(ledger.paymentFrom(query));
        return pagination->respond(items, total, context.request);
    });

    router.add("GET", QStringLiteral("/api/v1/payments/{id}"), Access::Session, [&services](RequestContext& context) {
        const auto json = AdvanceLedger(services.db, services.clock)
                              .paymentJson(context.param(QStringLiteral("id")).toLongLong(), context.account->id);
        if (!json)
            return context.fail(Problem(404, QStringLiteral("not-found")));
        HttpResponse response = HttpResponse::json(200, *json);
        response.cacheable = true;
        return response;
    });
}

} // namespace segurdesk::sandbox
