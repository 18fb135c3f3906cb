#include "sandbox/api/AdvanceRoutes.h"

#include "core/model/MailboxCounts.h"
#include "core/model/Money.h"
#include "core/validation/Iban.h"
#include "core/validation/MailboxCount.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/http/Pagination.h"
#include "sandbox/services/AdvanceLedger.h"
#include "sandbox/services/DecisionLetter.h"
#include "sandbox/services/PortalMails.h"
#include "sandbox/services/SecureTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace segurdesk::sandbox {

namespace {

// One count of the body, checked by core/validation (the JSON number is read as its text).
std::optional<qint64> count(const QJsonObject& body, const QString& group, const char* member,
                            QList<FieldError>* errors)
{
    const QString field = group + QLatin1Char('.') + QLatin1String(member);
    const QJsonValue value = body.value(group).toObject().value(QLatin1String(member));
    QString text;
    if (value.isDouble())
        text = QString::number(value.toDouble(), 'f', value.toDouble() == double(qint64(value.toDouble())) ? 0 : 3);
    else if (value.isString())
        text = value.toString();
    const ValidationResult result = validation::validateMailboxCount(text);
    if (!result.isValid()) {
        errors->append({field, result.code, result.message});
        return std::nullopt;
    }
    return validation::parseMailboxCount(text);
}

QJsonObject countsJson(const model::MailboxCounts& counts)
{
    return QJsonObject {{QStringLiteral("applicative"), counts.applicative},
                        {QStringLiteral("organizational"), counts.organizational},
                        {QStringLiteral("personal"), counts.personal}};
}

} // namespace

HttpResponse AdvanceRoutes::create(RequestContext& context, SandboxServices& services)
{
    const QByteArray key = context.request.header("Idempotency-Key");
    if (!IdempotencyStore::isValidKey(key))
        return context.fail(Problem(400, QStringLiteral("idempotency-key-missing")));
    HttpResponse problem;
    const auto body = JsonBody::parse(context, &problem);
    if (!body)
        return problem;
    const QString scope = QStringLiteral("account:%1").arg(context.account->id);
    const QString print = SecureTokens::sha256Hex(QJsonDocument(*body).toJson(QJsonDocument::Compact));
    if (const auto stored = services.idempotency->find(scope, QString::fromLatin1(key))) {
        if (stored->fingerprint != print)
            return context.fail(Problem(422, QStringLiteral("idempotency-key-reused")));
        HttpResponse replay = HttpResponse::bytes(stored->status, QByteArrayLiteral("application/json"), stored->body);
        replay.withHeader(QByteArrayLiteral("Location"), stored->location.toUtf8());
        replay.withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        return replay;
    }

    QList<FieldError> errors;
    model::MailboxCounts current, estimated;
    for (auto [group, target] :
         {std::pair {QStringLiteral("current"), &current}, std::pair {QStringLiteral("estimated"), &estimated}}) {
        target->applicative = count(*body, group, "applicative", &errors).value_or(0);
        target->organizational = count(*body, group, "organizational", &errors).value_or(0);
        target->personal = count(*body, group, "personal", &errors).value_or(0);
    }
    const qint64 enrollmentId = body->value(QLatin1String("enrollment_id")).toString().toLongLong();
    QSqlQuery& enrollment = services.db.run(
        QStringLiteral("SELECT number, status, vat_rate, company_name, siret, dossier_json FROM enrollments"
                       " WHERE id = ? AND account_id = ?"),
        {enrollmentId, context.account->id});
    if (!enrollment.next()) {
        errors.append({QStringLiteral("enrollment_id"), QStringLiteral("enrollment.unknown"),
                       tr("Choose one of your enrollments.")});
    }
    if (!errors.isEmpty())
        return context.fail(Problem(422, QStringLiteral("validation-failed")).addErrors(errors));
    if (enrollment.value(1).toString() != QLatin1String("validated"))
        return context.fail(Problem(409, QStringLiteral("enrollment-not-validated"),
                                    tr("An advance can only be requested for a validated enrollment.")));
    if (services.db.scalar(QStringLiteral("SELECT id FROM advance_requests WHERE enrollment_id = ?"), {enrollmentId})
            .isValid())
        return context.fail(Problem(409, QStringLiteral("advance-already-requested")));

    const auto rule = services.config.funding();
    const QString vat = enrollment.value(2).toString();
    model::VatRate vatRate = model::VatRate::notSubject();
    QString vatLabel;
    for (const VatRate& rate : services.config.vatRates()) {
        if (rate.code == vat) {
            vatRate = rate.rate();
            vatLabel = rate.label;
        }
    }
    if (!rule)
        return context.fail(Problem(500, QStringLiteral("internal-error")));
    // The advance is the fixed part, capped: the amount for no mailbox at all.
    const model::Money amountHt = rule->amountExcludingVat(model::MailboxCounts());
    const model::Money amountTtc = amountHt.includingVat(vatRate);
    const QDateTime now = services.clock.now();
    const QJsonObject dossier = QJsonDocument::fromJson(enrollment.value(5).toByteArray()).object();
    const QJsonObject address
        = dossier.value(QLatin1String("applicant")).toObject().value(QLatin1String("address")).toObject();
    const QString iban = dossier.value(QLatin1String("bank")).toObject().value(QLatin1String("iban")).toString();
    const QDateTime pendingAt = now.addSecs(services.config.paymentPendingAfterSeconds());
    const QDateTime paidAt
        = now.addSecs(qMax(services.config.paymentPaidAfterSeconds(), services.config.paymentPendingAfterSeconds()));

    SandboxDatabase& db = services.db;
    if (!db.transaction())
        return context.fail(Problem(500, QStringLiteral("internal-error")));
    const auto fail = [&db, &context] {
        db.rollback();
        return context.fail(Problem(500, QStringLiteral("internal-error")).setRetryAfter(1));
    };
    QSqlQuery& insert
        = db.run(QStringLiteral(
                     "INSERT INTO advance_requests (enrollment_id, account_id, created_at, counts_json, vat_rate,"
                     " amount_ht, amount_ttc, pending_at, paid_at, iban_masked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {enrollmentId, context.account->id, now.toMSecsSinceEpoch(),
                  QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("current"), countsJson(current)},
                                                               {QStringLiteral("estimated"), countsJson(estimated)}})
                                        .toJson(QJsonDocument::Compact)),
                  vat, amountHt.cents(), amountTtc.cents(), pendingAt.toMSecsSinceEpoch(), paidAt.toMSecsSinceEpoch(),
                  validation::maskIban(iban)});
    if (!insert.isActive())
        return fail();
    const qint64 id = insert.lastInsertId().toLongLong();
    const QString number = QStringLiteral("AVA-%1-%2").arg(now.date().year()).arg(id, 6, 10, QLatin1Char('0'));
    db.run(QStringLiteral("UPDATE advance_requests SET number = ? WHERE id = ?"), {number, id});

    DecisionLetter::Data letter;
    letter.companyName = enrollment.value(3).toString();
    letter.siret = enrollment.value(4).toString();
    letter.address = address.value(QLatin1String("street")).toString() + QLatin1Char('\n')
        + address.value(QLatin1String("postal_code")).toString() + QLatin1Char(' ')
        + address.value(QLatin1String("city")).toString();
    letter.enrollmentNumber = enrollment.value(0).toString();
    letter.advanceNumber = number;
    letter.amountHt = amountHt.toDecimalString();
    letter.amountTtc = amountTtc.toDecimalString();
    letter.vatLabel = vatLabel;
    letter.reference = services.config.fundingRule().value(QLatin1String("reference")).toString();
    letter.decidedAt = now;
    const QByteArray pdf = DecisionLetter::render(letter);
    if (!db.run(QStringLiteral(
                    "INSERT INTO documents (enrollment_id, advance_id, kind, filename, content_type, size,"
                    " sha256, created_at, content) VALUES (?, ?, 'decision_letter', ?, 'application/pdf', ?, ?, ?, ?)"),
                {enrollmentId, id, QStringLiteral("decision-%1.pdf").arg(number), pdf.size(),
                 SecureTokens::sha256Hex(pdf), now.toMSecsSinceEpoch(), pdf})
             .isActive())
        return fail();
    const OutgoingMail mail
        = PortalMails::advanceDecided({context.account->id, enrollmentId, id, number, letter.enrollmentNumber,
                                       letter.amountHt, letter.amountTtc, validation::maskIban(iban)},
                                      context.account->email);
    if (services.mailer->send(mail) == 0)
        return fail();

    AdvanceLedger ledger(db, services.clock);
    const auto json = ledger.advanceJson(id, context.account->id);
    if (!json)
        return fail();
    HttpResponse response = HttpResponse::json(201, *json);
    const QString location = QStringLiteral("/api/v1/advance-requests/%1").arg(id);
    response.withHeader(QByteArrayLiteral("Location"), location.toUtf8());
    if (!services.idempotency->store(scope, QString::fromLatin1(key), {print, 201, response.body, location}, now)
        || !db.commit())
        return fail();
    services.payments->noteScheduled(paidAt);
    return response;
}

void AdvanceRoutes::install(Router& router, SandboxServices& services)
{
    router.add("POST", QStringLiteral("/api/v1/advance-requests"), Access::Session,
               [&services](RequestContext& context) { return create(context, services); });

    router.add(
        "GET", QStringLiteral("/api/v1/advance-requests"), Access::Session, [&services](RequestContext& context) {
            const auto pagination = Pagination::fromQuery(context.request.query);
            if (!pagination)
                return context.fail(Problem(400, QStringLiteral("malformed-request")));
            const QString enrollment = context.request.queryValue(QStringLiteral("enrollment_id"));
            const QString filter
                = enrollment.isEmpty() ? QStringLiteral(" AND ? = ''") : QStringLiteral(" AND a.enrollment_id = ?");
            const qint64 total
                = services.db
                      .scalar(QStringLiteral("SELECT COUNT(*) FROM advance_requests a WHERE a.account_id = ?") + filter,
                              {context.account->id, enrollment})
                      .toLongLong();
            QSqlQuery& query = services.db.run(
                QStringLiteral("SELECT %1 FROM advance_requests a JOIN enrollments e ON e.id = a.enrollment_id"
                               " WHERE a.account_id = ?%2 ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?")
                    .arg(AdvanceLedger::columns(), filter),
                {context.account->id, enrollment, pagination->perPage(), pagination->offset()});
            AdvanceLedger ledger(services.db, services.clock);
            QJsonArray items;
            while (query.next())
                items.append(ledger.advanceFrom(query));
            return pagination->respond(items, total, context.request);
        });

    router.add(
        "GET", QStringLiteral("/api/v1/advance-requests/{id}"), Access::Session, [&services](RequestContext& context) {
            const auto json = AdvanceLedger(services.db, services.clock)
                                  .advanceJson(context.param(QStringLiteral("id")).toLongLong(), context.account->id);
            if (!json)
                return context.fail(Problem(404, QStringLiteral("not-found")));
            HttpResponse response = HttpResponse::json(200, *json);
            response.cacheable = true;
            return response;
        });
}

} // namespace segurdesk::sandbox
