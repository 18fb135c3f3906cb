#include "app/dashboard/OtherProfiles.h"

#include "app/dashboard/RowsMemory.h"
#include "core/services/DossierSync.h"
#include "core/services/LocalData.h"

#include <QCoreApplication>
#include <QUrl>

namespace segurdesk::dashboard {

QString profileLabel(const QString& portalIdentity, const QString& login, const QString& currentPortal)
{
    if (portalIdentity == currentPortal)
        return login;
    // The address without its scheme: what tells two portals apart at a glance.
    const QUrl address(portalIdentity);
    const QString portal = address.isValid() && !address.host().isEmpty()
        ? address.toString(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).mid(2)
        : QCoreApplication::translate("OtherProfiles", "demonstration portal");
    return QCoreApplication::translate("OtherProfiles", "%1 (%2)").arg(login, portal);
}

OtherProfiles readOtherProfiles(const storage::DossierCache::Location& active, const QString& currentPortal)
{
    services::OtherAccountCopies copies = services::readOtherAccountCopies(active);
    OtherProfiles profiles;
    QStringList problems = copies.problems;
    qsizetype objects = 0;
    for (services::OtherAccountCopy& copy : copies.copies) {
        const auto [portal, login] = services::LocalData::cacheAccountParts(copy.account);
        QString label = profileLabel(portal, login, currentPortal);
        // Two portals alike but for their scheme: the whole address tells them apart.
        if (profiles.byLabel.contains(label))
            label = QCoreApplication::translate("OtherProfiles", "%1 (%2)").arg(login, portal);
        DossierRows rows = dossierRows(copy.snapshot, label);
        profiles.unreadable += rows.unreadable;
        if (!copy.snapshot.cacheProblem.isEmpty())
            problems.append(copy.snapshot.cacheProblem);
        profiles.rows.append(std::move(rows.rows));
        profiles.byLabel.insert(label,
                                {login,
                                 portal == currentPortal,
                                 {active.databasePath, active.key, copy.account},
                                 copy.snapshot.refreshedAt});
        const services::DossierSnapshot& snapshot = copy.snapshot;
        objects += snapshot.enrollments.size() + snapshot.advanceRequests.size() + snapshot.payments.size()
            + snapshot.mails.size();
        copy.snapshot = {};
    }
    releaseObjectsMemory(profiles.rows, objects);
    problems.removeDuplicates();
    profiles.problem = problems.join(QLatin1Char(' '));
    return profiles;
}

} // namespace segurdesk::dashboard
