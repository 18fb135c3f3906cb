#pragma once

#include "app/dashboard/DossierRow.h"
#include "core/services/DraftLibrary.h"

#include <QDateTime>

namespace segurdesk::dashboard {

// How long before the call closes its unsent drafts are pointed out.
inline constexpr int DraftWarningDays = 30;

// The drafts of this computer that were never sent, as dashboard rows shown under `profile`: no
// number yet, the status "Brouillon", the company as typed so far. Drafts that cannot be read are
// left to the home tab, which says why.
QList<DossierRow> unsentDraftRows(const QList<services::DraftSummary>& drafts, const QString& profile);

// What to tell of `unsent` drafts at `now` when the call closes at `closesAt`: that it closes
// within DraftWarningDays, or that it has closed; empty when there is nothing to tell.
QString draftsWarning(qsizetype unsent, const QDateTime& closesAt, const QDateTime& now);

} // namespace segurdesk::dashboard
