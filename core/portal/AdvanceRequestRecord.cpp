#include "core/portal/AdvanceRequestRecord.h"

namespace segurdesk::portal {

namespace {

model::MailboxCounts readCounts(ReplyReader reader)
{
    constexpr qint64 kMax = 10'000'000;
    model::MailboxCounts counts;
    counts.applicative = reader.integer(QLatin1String("applicative"), 0, kMax);
    counts.organizational = reader.integer(QLatin1String("organizational"), 0, kMax);
    counts.personal = reader.integer(QLatin1String("personal"), 0, kMax);
    return counts;
}

} // namespace

AdvanceRequestRecord AdvanceRequestRecord::read(ReplyReader& reader)
{
    AdvanceRequestRecord record;
    record.id = reader.string(QLatin1String("id"));
    record.number = reader.string(QLatin1String("number"));
    record.enrollmentId = reader.string(QLatin1String("enrollment_id"));
    record.enrollmentNumber = reader.string(QLatin1String("enrollment_number"));
    record.status
        = reader.enumeration(QLatin1String("status"), &model::advanceStatusFromId, model::AdvanceStatus::Decided);
    record.createdAt = reader.dateTime(QLatin1String("created_at"));
    record.decidedAt = reader.optionalDateTime(QLatin1String("decided_at"));
    record.counts.current = readCounts(reader.child(QLatin1String("current")));
    record.counts.estimatedAtClosing = readCounts(reader.child(QLatin1String("estimated")));
    record.vatRate = reader.vatRate(QLatin1String("vat_rate"));
    record.amountExcludingVat = reader.money(QLatin1String("amount_ht"));
    record.amountIncludingVat = reader.money(QLatin1String("amount_ttc"));
    record.statusHistory = StatusChange<model::AdvanceStatus>::readHistory(reader, &model::advanceStatusFromId);
    record.documents = reader.array(QLatin1String("documents"), &DocumentRef::read);
    record.mails = reader.array(QLatin1String("mails"), &MailSummary::read);
    record.paymentId = reader.optionalString(QLatin1String("payment_id"));
    return record;
}

} // namespace segurdesk::portal
