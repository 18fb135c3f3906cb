#include "cli/StatusReport.h"

#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/EnrollmentDetail.h"
#include "core/portal/Parsed.h"
#include "core/portal/PaymentRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

template<class T> std::optional<T> parse(const QJsonObject& json)
{
    return portal::parseObject<T>(json).value;
}

template<class Status> void printHistory(QTextStream& out, const QList<portal::StatusChange<Status>>& history)
{
    for (const portal::StatusChange<Status>& change : history) {
        out << "    " << when(change.at) << "  " << model::statusLabel(change.status);
        if (!change.comment.isEmpty())
            out << " — " << change.comment;
        out << '\n';
    }
}

void printUnreadable(QTextStream& out, const QJsonObject& json)
{
    out << QCoreApplication::translate("cli", "  (unreadable entry %1 skipped)")
               .arg(json.value(QLatin1String("id")).toString())
        << '\n';
}

QJsonArray toArray(const QList<QJsonObject>& objects)
{
    QJsonArray array;
    for (const QJsonObject& object : objects)
        array.append(object);
    return array;
}

} // namespace

void StatusReport::printText(QTextStream& out) const
{
    if (offline)
        out << QCoreApplication::translate("cli", "OFFLINE DATA: the portal cannot be reached; as of %1.")
                   .arg(when(refreshedAt))
            << "\n\n";
    out << QCoreApplication::translate("cli", "Enrollments (%1)").arg(enrollments.size()) << '\n';
    for (const QJsonObject& json : enrollments) {
        const std::optional<portal::EnrollmentDetail> enrollment = parse<portal::EnrollmentDetail>(json);
        if (!enrollment) {
            printUnreadable(out, json);
            continue;
        }
        const portal::EnrollmentSummary& summary = enrollment->summary;
        out << "  " << summary.number << "  " << model::statusLabel(summary.status) << "  "
            << QCoreApplication::translate("cli", "%1 (SIRET %2), id %3")
                   .arg(summary.displayName(), summary.siret, summary.id)
            << '\n';
        printHistory(out, enrollment->statusHistory);
    }
    out << '\n' << QCoreApplication::translate("cli", "Advance requests (%1)").arg(advanceRequests.size()) << '\n';
    for (const QJsonObject& json : advanceRequests) {
        const std::optional<portal::AdvanceRequestRecord> advance = parse<portal::AdvanceRequestRecord>(json);
        if (!advance) {
            printUnreadable(out, json);
            continue;
        }
        out << "  " << advance->number << "  " << model::statusLabel(advance->status) << "  "
            << QCoreApplication::translate("cli", "enrollment %1, %2 excl. VAT, %3 incl. VAT")
                   .arg(advance->enrollmentNumber, advance->amountExcludingVat.format(),
                        advance->amountIncludingVat.format())
            << '\n';
        printHistory(out, advance->statusHistory);
        for (const portal::DocumentRef& document : advance->documents)
            out << "    " << QCoreApplication::translate("cli", "document %1: %2").arg(document.id, document.fileName)
                << '\n';
    }
    if (!payments.isEmpty()) {
        out << '\n' << QCoreApplication::translate("cli", "Payments (%1)").arg(payments.size()) << '\n';
        for (const QJsonObject& json : payments) {
            const std::optional<portal::PaymentRecord> payment = parse<portal::PaymentRecord>(json);
            if (!payment) {
                printUnreadable(out, json);
                continue;
            }
            out << "  " << model::statusLabel(payment->status) << "  "
                << QCoreApplication::translate("cli", "%1 to %2")
                       .arg(payment->amountIncludingVat.format(), payment->ibanMasked)
                << '\n';
            printHistory(out, payment->statusHistory);
        }
    }
    out.flush();
}

QJsonObject StatusReport::toJson() const
{
    QJsonObject json {{QStringLiteral("offline"), offline},
                      {QStringLiteral("enrollments"), toArray(enrollments)},
                      {QStringLiteral("advance_requests"), toArray(advanceRequests)},
                      {QStringLiteral("payments"), toArray(payments)}};
    if (offline)
        json.insert(QStringLiteral("refreshed_at"), refreshedAt.toUTC().toString(Qt::ISODate));
    return json;
}

} // namespace segurdesk::cli
