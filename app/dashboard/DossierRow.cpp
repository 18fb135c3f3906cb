#include "app/dashboard/DossierRow.h"

#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/EnrollmentDetail.h"
#include "core/portal/Parsed.h"
#include "core/services/DossierSync.h"
#include "core/validation/InputText.h"

#include <QCoreApplication>
#include <QHash>

namespace segurdesk::dashboard {

namespace {

template<class Status> QDateTime lastChange(const QList<portal::StatusChange<Status>>& history, QDateTime fallback)
{
    return history.isEmpty() ? fallback : history.constLast().at;
}

} // namespace

void DossierRow::computeKeys()
{
    searchKey
        = validation::foldCaseAndAccents(QStringList {number, company, siret, profile}.join(QLatin1Char(' '))).toUtf8();
    companyKey = validation::foldCaseAndAccents(company).toUtf8();
}

QString DossierRow::statusLabelOf(const Status& status)
{
    return std::visit([](auto value) { return model::statusLabel(value); }, status);
}

DossierRow::Tone DossierRow::tone() const
{
    if (const auto* enrollment = std::get_if<model::EnrollmentStatus>(&status)) {
        switch (*enrollment) {
        case model::EnrollmentStatus::Validated:
            return Tone::Done;
        case model::EnrollmentStatus::Draft:
        case model::EnrollmentStatus::Incomplete:
            return Tone::ToDo;
        case model::EnrollmentStatus::Rejected:
            return Tone::Refused;
        case model::EnrollmentStatus::Submitted:
            return Tone::InProgress;
        }
    }
    switch (std::get<model::AdvanceStatus>(status)) {
    case model::AdvanceStatus::Paid:
        return Tone::Done;
    case model::AdvanceStatus::Rejected:
        return Tone::Refused;
    case model::AdvanceStatus::Decided:
    case model::AdvanceStatus::PaymentPending:
        break;
    }
    return Tone::InProgress;
}

QString DossierRow::kindLabel(Kind kind)
{
    return kind == Kind::Enrollment ? QCoreApplication::translate("DossierRow", "Enrollment")
                                    : QCoreApplication::translate("DossierRow", "Advance request");
}

QList<DossierRow::Status> DossierRow::everyStatus()
{
    return {
        model::EnrollmentStatus::Draft,       model::EnrollmentStatus::Submitted, model::EnrollmentStatus::Validated,
        model::EnrollmentStatus::Incomplete,  model::EnrollmentStatus::Rejected,  model::AdvanceStatus::Decided,
        model::AdvanceStatus::PaymentPending, model::AdvanceStatus::Paid,         model::AdvanceStatus::Rejected};
}

DossierRows dossierRows(const services::DossierSnapshot& snapshot, const QString& profile)
{
    DossierRows result;
    result.rows.reserve(snapshot.enrollments.size() + snapshot.advanceRequests.size());
    // Advance requests name their enrollment only: its company and SIRET are the request's.
    QHash<QString, qsizetype> enrollmentRows;
    for (const QJsonObject& json : snapshot.enrollments) {
        const std::optional<portal::EnrollmentDetail> enrollment
            = portal::parseObject<portal::EnrollmentDetail>(json).value;
        if (!enrollment) {
            ++result.unreadable;
            continue;
        }
        const portal::EnrollmentSummary& summary = enrollment->summary;
        DossierRow row;
        row.id = summary.id;
        row.number = summary.number;
        row.company = summary.displayName();
        row.siret = summary.siret;
        row.status = summary.status;
        row.updatedAt = lastChange(enrollment->statusHistory, summary.updatedAt);
        row.profile = profile;
        row.computeKeys();
        result.rows.append(std::move(row));
    }
    for (qsizetype i = 0; i < result.rows.size(); ++i)
        enrollmentRows.insert(result.rows.at(i).id, i);
    for (const QJsonObject& json : snapshot.advanceRequests) {
        const std::optional<portal::AdvanceRequestRecord> advance
            = portal::parseObject<portal::AdvanceRequestRecord>(json).value;
        if (!advance) {
            ++result.unreadable;
            continue;
        }
        DossierRow row;
        row.id = advance->id;
        row.number = advance->number;
        if (const auto found = enrollmentRows.constFind(advance->enrollmentId); found != enrollmentRows.cend()) {
            row.company = result.rows.at(*found).company;
            row.siret = result.rows.at(*found).siret;
        }
        row.status = advance->status;
        row.updatedAt = lastChange(advance->statusHistory, advance->decidedAt);
        row.amount = advance->amountIncludingVat;
        row.profile = profile;
        row.computeKeys();
        result.rows.append(std::move(row));
    }
    return result;
}

AdvanceTotalsByProfile advanceTotalsByProfile(const QList<DossierRow>& rows)
{
    AdvanceTotalsByProfile totals;
    for (const DossierRow& row : rows) {
        const auto* status = std::get_if<model::AdvanceStatus>(&row.status);
        if (status == nullptr || !row.amount)
            continue;
        AdvanceTotals& profile = totals[row.profile];
        profile.requested = profile.requested + *row.amount;
        if (*status != model::AdvanceStatus::Rejected)
            profile.granted = profile.granted + *row.amount;
        if (*status == model::AdvanceStatus::Paid)
            profile.paid = profile.paid + *row.amount;
    }
    return totals;
}

} // namespace segurdesk::dashboard
