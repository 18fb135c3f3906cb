#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace segurdesk::model {

// Life of an enrollment: a local draft until it is sent, then the ASP's instruction decides.
enum class EnrollmentStatus { Draft, Submitted, Validated, Incomplete, Rejected };

// Life of an advance request: decided automatically, then paid to the enrolled IBAN.
enum class AdvanceStatus { Decided, PaymentPending, Paid, Rejected };

// Stable identifiers shared with the portal contract ("draft", "submitted", ...).
QString statusId(EnrollmentStatus status);
QString statusId(AdvanceStatus status);
std::optional<EnrollmentStatus> enrollmentStatusFromId(QStringView id);
std::optional<AdvanceStatus> advanceStatusFromId(QStringView id);

// Translated labels as the portal shows them ("Déposée", "Mise en paiement").
QString statusLabel(EnrollmentStatus status);
QString statusLabel(AdvanceStatus status);

// True when the portal may move a dossier from `from` to `to` (never backwards, never out of
// a final status). Used by the cache and the sandbox to refuse impossible histories.
bool canTransition(EnrollmentStatus from, EnrollmentStatus to);
bool canTransition(AdvanceStatus from, AdvanceStatus to);

} // namespace segurdesk::model
