#include "app/dashboard/DashboardContent.h"

#include "app/dashboard/RowsMemory.h"

namespace segurdesk::dashboard {

DashboardContent dashboardContent(services::DossierSnapshot snapshot, const QList<DossierRow>& otherProfiles,
                                  const QList<services::DraftSummary>& drafts, const QString& profile,
                                  DossierTableModel::Sorting sorting)
{
    DossierRows portal = dossierRows(snapshot, profile);
    DashboardContent content;
    content.unreadable = portal.unreadable;
    content.notice = statusNotice(portal.rows, snapshot.statusChanges);
    const qsizetype objects = snapshot.enrollments.size() + snapshot.advanceRequests.size() + snapshot.payments.size()
        + snapshot.mails.size();
    snapshot = {};
    releaseObjectsMemory(portal.rows, objects);
    portal.rows.append(otherProfiles);
    content.totals = advanceTotalsByProfile(portal.rows);
    content.rows = withUnsentDrafts(std::move(portal.rows), drafts);
    DossierTableModel::sortRows(content.rows.rows, sorting);
    return content;
}

} // namespace segurdesk::dashboard
