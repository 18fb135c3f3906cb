#pragma once

#include "app/dashboard/OtherProfiles.h"
#include "core/portal/PortalError.h"
#include "core/services/DossierSync.h"
#include "core/services/DraftLibrary.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace segurdesk::account {
class AccountFlow;
}

namespace segurdesk::services {
class AccountService;
class DesktopNotifier;
class DraftLibrary;
class LocalData;
class PortalConnection;
} // namespace segurdesk::services

namespace segurdesk::dashboard {

class DashboardView;
struct DossierRow;
struct RowsWithDrafts;
class DossierDetailsController;

// Follows the account's dossiers on the portal for a DashboardView: logs in (AccountFlow), then
// downloads the dossiers into the encrypted cache and gives the view their rows (built on a
// worker) with the age of the data; refreshes when asked and every PollInterval (the portal then
// answers "unchanged" for what has not changed); when the portal cannot be reached, shows the
// copy kept on this computer. A status the portal changed since the copy kept on this computer is
// told on the desktop (DesktopNotifier), or in a banner of the view when the desktop cannot show
// it. The drafts of this computer not sent yet are rows too, pointed out as the call's closing
// date approaches. When the session ends (expired, or refused by the portal) the
// password is asked again and the view stays as it was meanwhile. One refresh at a time: a
// request made during one is not queued, the next poll or click does it.
//
// The other profiles used on this computer (logins of this portal or of another, whose copies the
// cache keeps) have their rows beside the logged-in one's, read from their copies once per login;
// changing profile closes the session and logs in with another login, and a profile may be
// forgotten, its copy with it. No password is kept, of any profile.
//
// The local data (the data folder's lock and the key) is held only while the cache is located,
// not during the download, so that the drafts and segurdesk-cli are not kept waiting by an open
// dashboard; the cache is then written in one SQLite transaction on a worker.
//
// GUI thread. `portal` (ready) and `view` must outlive this object.
class DashboardController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardController)

public:
    static constexpr std::chrono::minutes PollInterval {5};

    DashboardController(const services::PortalConnection& portal, DashboardView& view, QObject* parent = nullptr);
    ~DashboardController() override;

    // Refreshes, after asking for the password if no session may open dossiers.
    void refreshOrLogIn();
    // This computer's drafts as listed again after a change (one saved, duplicated, removed or
    // sent): their rows take the place of the ones shown, without asking the portal.
    void showDrafts(const QList<services::DraftSummary>& drafts);
    // Sends the desktop notifications to the D-Bus session at `busAddress` instead of the
    // desktop's (a test's session of its own); the notifier that sends them from now on.
    services::DesktopNotifier& notifyThrough(const QString& busAddress);

    // What the status bar says of a logout, which `error` may say the portal was not told of.
    static QString logoutNote(const portal::PortalError& error);

signals:
    // The user gave up logging in; `note` (translated, may be empty) says what was done all the
    // same.
    void loginCancelled(const QString& note);
    // The user logged out: nothing of the account is shown, and the session is closed on the
    // portal unless `error` says why it could not be told (it then ends by itself).
    void loggedOut(const segurdesk::portal::PortalError& error);
    // The user asked to go back to the draft `id` to finish and send it.
    void resumeDraftRequested(const QString& id);

private:
    void askPassword();
    void logOut();
    // Closes the session and asks for the password of `login` (empty: the user types it).
    void switchProfile(const QString& login);
    // The session closed, asks for the password of `login` (empty: any login the user types).
    void logInAs(const QString& login);
    // After asking, forgets the other profile named `label` and its copy.
    void forgetProfile(const QString& label);
    void eraseProfile(const QString& label, const storage::DossierCache::Location& cache);
    // Shows the rows without those of the profile `label`, once its copy is forgotten.
    void dropProfileRows(const QString& label);
    // The session ended: its profile's rows, still shown, are from now on the copy of a profile
    // not logged in, whose dossiers nothing may ask of the portal.
    void leaveSession();
    // Stops the refresh under way: what it was doing is dropped, and its cache is not written.
    void abandonRefresh();
    // Lists this computer's drafts, locates the cache, then downloads the dossiers; with
    // `unreachable` (the login did not get through), gives the copy kept on this computer instead.
    void refresh(const std::optional<portal::PortalError>& unreachable = std::nullopt);
    void locateCache();
    void onCacheLocated(const std::optional<portal::PortalError>& unreachable);
    // Reads the other profiles' rows from `cache` (the logged-in profile's) unless they were read
    // for it already, then `next`.
    void readOtherProfiles(const storage::DossierCache::Location& cache, std::function<void()> next);
    void onRefreshed(const services::DossierSnapshot& snapshot);
    // Shows the rows of `snapshot` with the unsent `drafts` of this computer.
    void show(const services::DossierSnapshot& snapshot, const QList<services::DraftSummary>& drafts);
    void showDraftsWarning();
    // Shows `rows` in place of the rows shown, with the warning about the unsent drafts.
    void showRows(RowsWithDrafts rows);
    // Nothing of the account stays on screen, and no rows being made for it will be shown.
    void forgetAccount();
    void onFailed(const portal::PortalError& error, const QString& offlineProblem);
    // The refresh is over: the view takes new clicks again.
    void endRefresh();

    const services::PortalConnection& m_portal;
    DashboardView& m_view;
    std::unique_ptr<services::AccountService> m_account;
    std::unique_ptr<services::LocalData> m_local;
    std::unique_ptr<services::DossierSync> m_sync;
    std::unique_ptr<DossierDetailsController> m_details;
    std::unique_ptr<account::AccountFlow> m_flow;
    std::unique_ptr<services::DesktopNotifier> m_notifier;
    std::unique_ptr<services::DraftLibrary> m_drafts;
    QString m_user;
    // The dossier to make current once the refresh under way has given its rows, and whether the
    // dossiers changed on the portal since it began (it is then followed by another).
    QString m_dossierToShow;
    bool m_refreshAgain = false;
    bool m_refreshing = false;
    QTimer m_poll;
    // Why the refresh under way gives the copy kept on this computer, if it does.
    std::optional<portal::PortalError> m_unreachable;
    // This computer's drafts, as listed at the start of the refresh, or why they could not be.
    QList<services::DraftSummary> m_unsent;
    QString m_draftsProblem;
    // Drafts listed again during a refresh, which listed them before: shown once it is over.
    std::optional<QList<services::DraftSummary>> m_draftsAfterRefresh;
    // Counts the rows a refresh gave (and the times they were forgotten), so that drafts put among
    // older rows are put among the new ones instead; whether rows of the account are shown.
    int m_rowsGiven = 0;
    bool m_showingRows = false;
    // Counts the drafts' listings given, so that only the latest is shown.
    int m_draftListings = 0;
    qsizetype m_unsentDrafts = 0;
    bool m_loggingOut = false;
    // The login to ask the password of once the session being closed is (empty: any), and the
    // one asked for during a refresh, once it is over.
    std::optional<QString> m_switchingTo;
    std::optional<QString> m_switchAfterRefresh;
    // The profile logged out to change profile, until another is logged in.
    QString m_leftProfile;
    // The login the refresh under way is for, and a count of the refreshes abandoned: what one of
    // them started is dropped when it comes back.
    QString m_refreshLogin;
    int m_refreshRun = 0;
    // The profile whose session the rows shown are of, and where its copy is kept; none between
    // sessions.
    QString m_sessionLogin;
    std::optional<storage::DossierCache::Location> m_sessionCache;
    // The other profiles' rows, and the cache account they were read for.
    OtherProfiles m_otherProfiles;
    QString m_otherProfilesOf;
    // When the portal gave the logged-in profile's rows shown.
    QDateTime m_rowsRefreshedAt;
    // Profiles forgotten during a refresh, whose rows go once it is over.
    QStringList m_profilesToDrop;
    // When the call closes, as the /config of the last refresh (online or not) said it.
    QDateTime m_callClosesAt;
};

} // namespace segurdesk::dashboard
