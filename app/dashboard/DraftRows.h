#pragma once

#include "app/dashboard/DossierRow.h"
#include "core/services/DraftLibrary.h"

#include <QDateTime>

namespace segurdesk::dashboard {

// How long before the call closes its unsent drafts are pointed out.
inline constexpr int DraftWarningDays = 30;

// The drafts of this computer still being edited, as dashboard rows: no number yet, the status
// "Brouillon", the company as typed so far, and "this computer" where the rows of the portal name
// their login (a draft belongs to no account yet). Drafts being sent, sent, or that cannot be read
// are left to the home tab, which says where each stands.
QList<DossierRow> unsentDraftRows(const QList<services::DraftSummary>& drafts);

// Rows of the portal followed by the rows of this computer's unsent drafts.
struct RowsWithDrafts
{
    QList<DossierRow> rows;
    qsizetype unsentDrafts = 0;
};
RowsWithDrafts withUnsentDrafts(QList<DossierRow> portalRows, const QList<services::DraftSummary>& drafts);

// What to tell of `unsent` drafts at `now` when the call closes at `closesAt`: that it closes
// within DraftWarningDays (in days of the local calendar), today, or that it has closed; empty
// when there is nothing to tell.
QString draftsWarning(qsizetype unsent, const QDateTime& closesAt, const QDateTime& now);

} // namespace segurdesk::dashboard
