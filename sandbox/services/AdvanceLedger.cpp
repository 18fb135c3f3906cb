#include "sandbox/services/AdvanceLedger.h"

#include "core/model/Money.h"
#include "sandbox/api/JsonTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace segurdesk::sandbox {

namespace {

// Column positions of columns().
enum Column {
    Id,
    Number,
    EnrollmentId,
    EnrollmentNumber,
    CreatedAt,
    Counts,
    Vat,
    AmountHt,
    AmountTtc,
    PendingAt,
    PaidAt,
    Iban,
    AccountId
};

} // namespace

AdvanceLedger::AdvanceLedger(SandboxDatabase& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{ }

const QString& AdvanceLedger::columns()
{
    static const QString columns = QStringLiteral(
        "a.id, a.number, a.enrollment_id, e.number, a.created_at, a.counts_json, a.vat_rate, a.amount_ht,"
        " a.amount_ttc, a.pending_at, a.paid_at, a.iban_masked, a.account_id");
    return columns;
}

QJsonObject AdvanceLedger::paymentFrom(const QSqlQuery& query) const
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const qint64 pendingAt = query.value(PendingAt).toLongLong();
    const qint64 paidAt = query.value(PaidAt).toLongLong();
    QJsonArray history {QJsonObject {{QStringLiteral("status"), QStringLiteral("decided")},
                                     {QStringLiteral("at"), jsonTime(query.value(CreatedAt))}}};
    QString status = QStringLiteral("decided");
    if (now >= pendingAt) {
        status = QStringLiteral("payment-pending");
        history.append(QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("at"), jsonTime(pendingAt)}});
    }
    if (now >= paidAt) {
        status = QStringLiteral("paid");
        history.append(QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("at"), jsonTime(paidAt)}});
    }
    const QString id = QString::number(query.value(Id).toLongLong());
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("advance_request_id"), id},
        {QStringLiteral("enrollment_id"), QString::number(query.value(EnrollmentId).toLongLong())},
        {QStringLiteral("status"), status},
        {QStringLiteral("amount_ht"), model::Money::fromCents(query.value(AmountHt).toLongLong()).toDecimalString()},
        {QStringLiteral("amount_ttc"), model::Money::fromCents(query.value(AmountTtc).toLongLong()).toDecimalString()},
        {QStringLiteral("iban_masked"), query.value(Iban).toString()},
        {QStringLiteral("decided_at"), jsonTime(query.value(CreatedAt))},
        {QStringLiteral("payment_pending_at"), now >= pendingAt ? jsonTime(pendingAt) : QJsonValue::Null},
        {QStringLiteral("paid_at"), now >= paidAt ? jsonTime(paidAt) : QJsonValue::Null},
        {QStringLiteral("status_history"), history}};
}

QJsonObject AdvanceLedger::advanceFrom(const QSqlQuery& query)
{
    const QJsonObject payment = paymentFrom(query);
    const QJsonObject counts = QJsonDocument::fromJson(query.value(Counts).toByteArray()).object();
    const qint64 id = query.value(Id).toLongLong();
    QJsonArray documents;
    QSqlQuery& files = m_db.run(QStringLiteral("SELECT id, kind, filename, content_type, size, sha256, created_at"
                                               " FROM documents WHERE advance_id = ? ORDER BY id"),
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
    QJsonArray mails;
    QSqlQuery& sent = m_db.run(
        QStringLiteral("SELECT id, kind, subject, recipient, sent_at FROM mails WHERE advance_id = ? ORDER BY id"),
        {id});
    while (sent.next()) {
        mails.append(
            QJsonObject {{QStringLiteral("id"), QString::number(sent.value(0).toLongLong())},
                         {QStringLiteral("kind"), sent.value(1).toString()},
                         {QStringLiteral("subject"), sent.value(2).toString()},
                         {QStringLiteral("to"), sent.value(3).toString()},
                         {QStringLiteral("sent_at"), jsonTime(sent.value(4))},
                         {QStringLiteral("enrollment_id"), QString::number(query.value(EnrollmentId).toLongLong())},
                         {QStringLiteral("advance_request_id"), QString::number(id)}});
    }
    return QJsonObject {{QStringLiteral("id"), QString::number(id)},
                        {QStringLiteral("number"), query.value(Number).toString()},
                        {QStringLiteral("enrollment_id"), QString::number(query.value(EnrollmentId).toLongLong())},
                        {QStringLiteral("enrollment_number"), query.value(EnrollmentNumber).toString()},
                        {QStringLiteral("status"), payment.value(QLatin1String("status"))},
                        {QStringLiteral("created_at"), jsonTime(query.value(CreatedAt))},
                        {QStringLiteral("decided_at"), jsonTime(query.value(CreatedAt))},
                        {QStringLiteral("current"), counts.value(QLatin1String("current"))},
                        {QStringLiteral("estimated"), counts.value(QLatin1String("estimated"))},
                        {QStringLiteral("vat_rate"), query.value(Vat).toString()},
                        {QStringLiteral("amount_ht"), payment.value(QLatin1String("amount_ht"))},
                        {QStringLiteral("amount_ttc"), payment.value(QLatin1String("amount_ttc"))},
                        {QStringLiteral("status_history"), payment.value(QLatin1String("status_history"))},
                        {QStringLiteral("documents"), documents},
                        {QStringLiteral("mails"), mails},
                        {QStringLiteral("payment_id"), QString::number(id)}};
}

std::optional<QJsonObject> AdvanceLedger::advanceJson(qint64 id, qint64 accountId)
{
    QSqlQuery& query = m_db.run(QStringLiteral("SELECT %1 FROM advance_requests a JOIN enrollments e ON e.id ="
                                               " a.enrollment_id WHERE a.id = ? AND a.account_id = ?")
                                    .arg(columns()),
                                {id, accountId});
    if (!query.next())
        return std::nullopt;
    return advanceFrom(query);
}

std::optional<QJsonObject> AdvanceLedger::paymentJson(qint64 id, qint64 accountId)
{
    QSqlQuery& query = m_db.run(QStringLiteral("SELECT %1 FROM advance_requests a JOIN enrollments e ON e.id ="
                                               " a.enrollment_id WHERE a.id = ? AND a.account_id = ?")
                                    .arg(columns()),
                                {id, accountId});
    if (!query.next())
        return std::nullopt;
    return paymentFrom(query);
}

} // namespace segurdesk::sandbox
