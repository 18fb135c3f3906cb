#include "app/dashboard/DashboardContent.h"

#include "core/services/Worker.h"

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
    // Giving the memory back walks the heap holding the allocator's lock (the GUI thread's own when
    // the objects came from the network): 100 ms for 125 000 objects, for a few MB below this many.
    constexpr qsizetype LargeAccount = 10000;
    if (objects >= LargeAccount)
        services::releaseFreedMemory();
    portal.rows.append(otherProfiles);
    content.totals = advanceTotals(portal.rows);
    content.rows = withUnsentDrafts(std::move(portal.rows), drafts);
    DossierTableModel::sortRows(content.rows.rows, sorting);
    return content;
}

} // namespace segurdesk::dashboard
