#pragma once

#include "app/dashboard/DossierRow.h"
#include "app/dashboard/DossierTableModel.h"
#include "app/dashboard/DraftRows.h"
#include "app/dashboard/StatusNotice.h"
#include "core/services/DossierSync.h"
#include "core/services/DraftLibrary.h"

namespace segurdesk::dashboard {

// What a refresh shows: the rows (the unsent drafts among them), what the portal changed, and the
// amounts of the advance requests.
struct DashboardContent
{
    RowsWithDrafts rows;
    // The portal's objects that do not follow its contract (an old cache), left out.
    int unreadable = 0;
    StatusNotice notice;
    AdvanceTotalsByProfile totals;
};

// The content of `snapshot`, which belongs to `profile`, with the rows of the other profiles used
// on this computer and this computer's `drafts`, in the order of `sorting` (the table's, which
// then takes them as they are), and the amounts of each profile. Takes the snapshot:
// its objects, several times the rows' size, are freed once the rows are built and, for a large
// account, their memory given back to the system (the details pane reads the cache, not them).
// Walks a large account's objects: runs on a worker.
DashboardContent dashboardContent(services::DossierSnapshot snapshot, const QList<DossierRow>& otherProfiles,
                                  const QList<services::DraftSummary>& drafts, const QString& profile,
                                  DossierTableModel::Sorting sorting);

} // namespace segurdesk::dashboard
