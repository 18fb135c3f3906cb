#pragma once

#include "app/dashboard/DossierRow.h"
#include "core/storage/DossierCache.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace segurdesk::dashboard {

// A profile used on this computer other than the one logged in (a tiers déclarant files for
// several operators): its login, whether it is on the portal in use, where the copy of its dossiers
// is kept, and when the portal gave that copy. Its dossiers are shown from that copy only: nothing of it is ever asked
// of the portal with another profile's session.
struct OtherProfile
{
    QString login;
    bool onPortalInUse = false;
    storage::DossierCache::Location cache;
    QDateTime refreshedAt;
};

// The rows of the other profiles, each named by profileLabel(), and the profiles by that name.
struct OtherProfiles
{
    QList<DossierRow> rows;
    QHash<QString, OtherProfile> byLabel;
    // Why some copies could not be read (translated), or the number of their dossiers that do not
    // follow the portal's contract; those are left out.
    QString problem;
    int unreadable = 0;
};

// What names the profile `login` of the portal `portalIdentity` among the rows, seen from a session
// on `currentPortal`: the login, followed by its portal when that is another one.
QString profileLabel(const QString& portalIdentity, const QString& login, const QString& currentPortal);

// The other profiles whose copies share the file of `active` (the profile logged in), read from
// that file. Decrypts every object of those copies: runs on a worker.
OtherProfiles readOtherProfiles(const storage::DossierCache::Location& active, const QString& currentPortal);

} // namespace segurdesk::dashboard
