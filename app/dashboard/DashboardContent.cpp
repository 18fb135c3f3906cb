#include "app/dashboard/DashboardContent.h"

#include "app/dashboard/DraftRows.h"
#include "core/services/Worker.h"

namespace segurdesk::dashboard {

DashboardContent dashboardContent(services::DossierSnapshot snapshot, const QList<services::DraftSummary>& drafts,
                                  const QString& profile)
{
    DashboardContent content {dossierRows(snapshot, profile), {}, {}, 0};
    content.notice = statusNotice(content.rows.rows, snapshot.statusChanges);
    snapshot = {};
    services::releaseFreedMemory();
    content.totals = advanceTotals(content.rows.rows);
    const QList<DossierRow> unsent = unsentDraftRows(drafts);
    content.unsentDrafts = unsent.size();
    content.rows.rows.append(unsent);
    return content;
}

} // namespace segurdesk::dashboard
