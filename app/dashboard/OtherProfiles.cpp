#include "app/dashboard/OtherProfiles.h"

#include "core/services/DossierSync.h"
#include "core/services/LocalData.h"

#include <QCoreApplication>
#include <QUrl>

namespace segurdesk::dashboard {

QString profileLabel(const QString& portalIdentity, const QString& login, const QString& currentPortal)
{
    if (portalIdentity == currentPortal)
        return login;
    const QUrl address(portalIdentity);
    const QString portal = address.isValid() && !address.host().isEmpty()
        ? address.host() + (address.port() > 0 ? QLatin1Char(':') + QString::number(address.port()) : QString())
        : QCoreApplication::translate("OtherProfiles", "demonstration portal");
    return QCoreApplication::translate("OtherProfiles", "%1 (%2)").arg(login, portal);
}

OtherProfiles readOtherProfiles(const storage::DossierCache::Location& active, const QString& currentPortal)
{
    services::OtherAccountCopies copies = services::readOtherAccountCopies(active);
    OtherProfiles profiles;
    profiles.problem = copies.problem;
    for (services::OtherAccountCopy& copy : copies.copies) {
        const auto [portal, login] = services::LocalData::cacheAccountParts(copy.account);
        const QString label = profileLabel(portal, login, currentPortal);
        DossierRows rows = dossierRows(copy.snapshot, label);
        profiles.unreadable += rows.unreadable;
        profiles.rows.append(std::move(rows.rows));
        profiles.byLabel.insert(label,
                                {login,
                                 portal == currentPortal,
                                 {active.databasePath, active.key, copy.account},
                                 copy.snapshot.refreshedAt});
        // Their JSON is several times the rows' size.
        copy.snapshot = {};
    }
    return profiles;
}

} // namespace segurdesk::dashboard
