#include "core/model/Status.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::model {

namespace {

struct StatusInfo
{
    const char* id;
    const char* label;
};

// Indexed by the enum values.
constexpr std::array<StatusInfo, 5> kEnrollment = {{
    {"draft", QT_TRANSLATE_NOOP("Status", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("Status", "Submitted")},
    {"validated", QT_TRANSLATE_NOOP("Status", "Validated")},
    {"incomplete", QT_TRANSLATE_NOOP("Status", "To be completed")},
    {"rejected", QT_TRANSLATE_NOOP("Status", "Rejected")},
}};

constexpr std::array<StatusInfo, 4> kAdvance = {{
    {"decided", QT_TRANSLATE_NOOP("Status", "Decided")},
    {"payment-pending", QT_TRANSLATE_NOOP("Status", "Payment in progress")},
    {"paid", QT_TRANSLATE_NOOP("Status", "Paid")},
    {"rejected", QT_TRANSLATE_NOOP("Status", "Rejected")},
}};

template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<StatusInfo, N>& table, QStringView id)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id == QLatin1String(table[i].id))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString statusId(EnrollmentStatus status)
{
    return QLatin1String(kEnrollment[static_cast<std::size_t>(status)].id);
}

QString statusId(AdvanceStatus status)
{
    return QLatin1String(kAdvance[static_cast<std::size_t>(status)].id);
}

std::optional<EnrollmentStatus> enrollmentStatusFromId(QStringView id)
{
    return fromId<EnrollmentStatus>(kEnrollment, id);
}

std::optional<AdvanceStatus> advanceStatusFromId(QStringView id)
{
    return fromId<AdvanceStatus>(kAdvance, id);
}

QString statusLabel(EnrollmentStatus status)
{
    return QCoreApplication::translate("Status", kEnrollment[static_cast<std::size_t>(status)].label);
}

QString statusLabel(AdvanceStatus status)
{
    return QCoreApplication::translate("Status", kAdvance[static_cast<std::size_t>(status)].label);
}

bool canTransition(EnrollmentStatus from, EnrollmentStatus to)
{
    switch (from) {
    case EnrollmentStatus::Draft:
        return to == EnrollmentStatus::Submitted;
    case EnrollmentStatus::Submitted:
        return to == EnrollmentStatus::Validated || to == EnrollmentStatus::Incomplete
            || to == EnrollmentStatus::Rejected;
    case EnrollmentStatus::Incomplete:
        // A completed dossier goes back to instruction.
        return to == EnrollmentStatus::Submitted;
    case EnrollmentStatus::Validated:
    case EnrollmentStatus::Rejected:
        return false;
    }
    return false;
}

bool canTransition(AdvanceStatus from, AdvanceStatus to)
{
    switch (from) {
    case AdvanceStatus::Decided:
        return to == AdvanceStatus::PaymentPending || to == AdvanceStatus::Rejected;
    case AdvanceStatus::PaymentPending:
        return to == AdvanceStatus::Paid || to == AdvanceStatus::Rejected;
    case AdvanceStatus::Paid:
    case AdvanceStatus::Rejected:
        return false;
    }
    return false;
}

} // namespace segurdesk::model
