#include "app/dashboard/DashboardController.h"

#include "app/account/AccountFlow.h"
#include "app/dashboard/DashboardContent.h"
#include "app/dashboard/DashboardView.h"
#include "app/dashboard/DossierDetailsController.h"
#include "app/dashboard/DossierDetailsView.h"
#include "app/dashboard/DraftRows.h"
#include "app/drafts/PassphraseDialog.h"
#include "app/widgets/Questions.h"
#include "core/portal/Clock.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/portal/Parsed.h"
#include "core/portal/PortalClient.h"
#include "core/portal/PortalConfig.h"
#include "core/services/AccountService.h"
#include "core/services/DesktopNotifier.h"
#include "core/services/DraftLibrary.h"
#include "core/services/LocalData.h"
#include "core/services/PortalConnection.h"
#include "core/services/ReleaseLater.h"
#include "core/services/Worker.h"

#include <QPointer>

#include <algorithm>
#include <iterator>

namespace segurdesk::dashboard {

DashboardController::DashboardController(const services::PortalConnection& portal, DashboardView& view, QObject* parent)
    : QObject(parent)
    , m_portal(portal)
    , m_view(view)
    , m_account(std::make_unique<services::AccountService>(*portal.client()))
    , m_details(std::make_unique<DossierDetailsController>(*portal.client(), view))
    , m_flow(std::make_unique<account::AccountFlow>(*m_account, *portal.client(), view))
    , m_drafts(std::make_unique<services::DraftLibrary>())
{
    // The drafts are listed first, then the dossiers downloaded: the rows never wait for them.
    // A listing asked for by a refresh since abandoned serves the next one, if any.
    connect(m_drafts.get(), &services::DraftLibrary::listed, this, [this](const QList<services::DraftSummary>& drafts) {
        m_unsent = drafts;
        m_draftsProblem.clear();
        if (m_refreshing)
            locateCache();
    });
    connect(m_drafts.get(), &services::DraftLibrary::failed, this, [this](const QString& message) {
        m_unsent.clear();
        m_draftsProblem = tr("The drafts kept on this computer could not be read: %1").arg(message);
        if (m_refreshing)
            locateCache();
    });
    // The cache that follows asks for the same key, and says so.
    connect(m_drafts.get(), &services::DraftLibrary::passphraseNeeded, this, [this] {
        m_unsent.clear();
        if (m_refreshing)
            locateCache();
    });
    connect(&view.details(), &DossierDetailsView::resumeDraftRequested, this,
            &DashboardController::resumeDraftRequested);
    connect(&view.details(), &DossierDetailsView::logInAsRequested, this, [this](const QString& label) {
        // Another portal's login is never typed into this one.
        if (const auto profile = m_otherProfiles.byLabel.constFind(label);
            profile != m_otherProfiles.byLabel.cend() && profile->onPortalInUse)
            switchProfile(profile->login);
    });
    connect(&view.details(), &DossierDetailsView::forgetProfileRequested, this, &DashboardController::forgetProfile);
    connect(&m_view, &DashboardView::switchProfileRequested, this, [this] { switchProfile(QString()); });
    // The demonstration portal's account, as its banner says.
    if (portal.isLocalSandbox())
        m_user = QString::fromLatin1(portal::EmbeddedSandbox::DemoLogin);
    notifyThrough({});
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_account->isReadyForDossiers())
            refresh();
    });
    connect(m_flow.get(), &account::AccountFlow::ready, this,
            [this](const QString& login, const std::optional<portal::PortalError>& unreachable) {
                m_user = login;
                m_view.setAccount(login);
                m_leftProfile.clear();
                refresh(unreachable);
            });
    connect(&m_view, &DashboardView::logoutRequested, this, &DashboardController::logOut);
    connect(m_flow.get(), &account::AccountFlow::cancelled, this, [this](const QString& note) {
        // Given up after a session ended: what it showed does not stay for the next one.
        forgetAccount();
        const QString left = std::exchange(m_leftProfile, QString());
        emit loginCancelled(note.isEmpty() && !left.isEmpty()
                                ? tr("Logged out of profile %1: no profile is logged in.").arg(left)
                                : note);
    });
    connect(m_account.get(), &services::AccountService::finished, this,
            [this](services::AccountService::Operation operation, const portal::PortalError& error) {
                if (operation != services::AccountService::Operation::LogOut || !std::exchange(m_loggingOut, false))
                    return;
                if (const std::optional<QString> login = std::exchange(m_switchingTo, std::nullopt)) {
                    // The rows stay until the next profile's come; this one's are its copy from then on.
                    m_view.setRefreshing(false);
                    if (error.isError())
                        m_view.setProblem(logoutNote(error));
                    logInAs(*login);
                    return;
                }
                forgetAccount();
                emit loggedOut(error);
            });
    connect(&m_view, &DashboardView::refreshRequested, this, &DashboardController::refreshOrLogIn);
    connect(m_details.get(), &DossierDetailsController::dossiersChanged, this, [this](const QString& shownId) {
        m_dossierToShow = shownId;
        // A refresh under way may have asked the portal before the change: another one follows it.
        if (m_refreshing)
            m_refreshAgain = true;
        else
            refreshOrLogIn();
    });
    connect(m_account.get(), &services::AccountService::expired, this, [this] {
        m_poll.stop();
        // What the ended session was doing can only fail, or go on with the next login's session.
        abandonRefresh();
        leaveSession();
        m_view.setProblem(tr("Your session on the portal has ended: log in again to refresh your dossiers."));
        askPassword();
    });
}

DashboardController::~DashboardController() = default;

QString DashboardController::logoutNote(const portal::PortalError& error)
{
    return error.isError() ? tr("Logged out on this computer. The portal could not be told (%1): the session ends "
                                "there by itself within the hour.")
                                 .arg(error.message())
                           : tr("Logged out: the session on the portal is closed.");
}

services::DesktopNotifier& DashboardController::notifyThrough(const QString& busAddress)
{
    m_notifier = std::make_unique<services::DesktopNotifier>(busAddress);
    connect(m_notifier.get(), &services::DesktopNotifier::unavailable, this,
            [this](const QString&, const QString& body) { m_view.showNotice(body); });
    return *m_notifier;
}

void DashboardController::refreshOrLogIn()
{
    if (m_loggingOut)
        return;
    if (m_account->isReadyForDossiers())
        refresh();
    else
        askPassword();
}

void DashboardController::showDrafts(const QList<services::DraftSummary>& drafts)
{
    const int listing = ++m_draftListings;
    if (m_refreshing) {
        m_draftsAfterRefresh = drafts;
        return;
    }
    // Before the first rows, the first refresh lists the drafts itself.
    if (!m_showingRows)
        return;
    m_draftsProblem.clear();
    services::runOnWorker(
        this,
        [rows = m_view.rows(), drafts, sorting = m_view.sorting()] {
            QList<DossierRow> portalRows;
            portalRows.reserve(rows.size());
            std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(portalRows),
                         [](const DossierRow& row) { return !row.isDraft(); });
            RowsWithDrafts shown = withUnsentDrafts(std::move(portalRows), drafts);
            DossierTableModel::sortRows(shown.rows, sorting);
            return shown;
        },
        [this, drafts, listing, given = m_rowsGiven](RowsWithDrafts rows) {
            // A newer listing is on its way.
            if (listing != m_draftListings)
                return;
            // A refresh gave rows meanwhile, with the drafts it had listed: these go among them.
            if (m_refreshing || given != m_rowsGiven)
                return showDrafts(drafts);
            showRows(std::move(rows));
        });
}

void DashboardController::showRows(RowsWithDrafts rows)
{
    // Every job that made rows from the ones shown checks this before showing its own.
    ++m_rowsGiven;
    m_unsentDrafts = rows.unsentDrafts;
    m_view.setRows(std::move(rows.rows));
    showDraftsWarning();
}

void DashboardController::forgetAccount()
{
    ++m_rowsGiven;
    m_showingRows = false;
    m_otherProfiles = {};
    m_otherProfilesOf.clear();
    m_sessionCache.reset();
    m_sessionLogin.clear();
    m_details->setProfiles(QString(), std::nullopt, {});
    m_view.forgetAccount();
}

void DashboardController::leaveSession()
{
    if (!m_sessionCache)
        return;
    // Its rows stay shown until the next profile's come, as the copy they are from then on.
    m_otherProfiles.byLabel.insert(m_sessionLogin, {m_sessionLogin, true, *m_sessionCache, m_rowsRefreshedAt});
    m_details->setProfiles(QString(), std::nullopt, m_otherProfiles.byLabel);
    m_sessionCache.reset();
    m_sessionLogin.clear();
    // The next login reads the other profiles again: this one is among them.
    m_otherProfilesOf.clear();
}

void DashboardController::abandonRefresh()
{
    if (!m_refreshing)
        return;
    ++m_refreshRun;
    services::releaseLater(m_local);
    services::releaseLater(m_sync);
    m_refreshAgain = false;
    m_switchAfterRefresh.reset();
    endRefresh();
}

void DashboardController::askPassword()
{
    m_flow->start(m_user);
}

void DashboardController::logInAs(const QString& login)
{
    leaveSession();
    m_user = login;
    m_view.setAccount(QString());
    if (login.isEmpty())
        m_flow->startWithAnotherLogin();
    else
        m_flow->start(login);
}

void DashboardController::logOut()
{
    if (m_refreshing || m_loggingOut || m_account->isBusy())
        return;
    m_poll.stop();
    // Logged in while the portal could not be reached: there is no session to close on it.
    if (!m_account->isLoggedIn()) {
        forgetAccount();
        emit loggedOut({});
        return;
    }
    m_loggingOut = true;
    m_view.setLoggingOut();
    m_account->logOut();
}

void DashboardController::switchProfile(const QString& login)
{
    if (m_loggingOut || m_account->isBusy())
        return;
    if (m_refreshing) {
        m_switchAfterRefresh = login;
        return;
    }
    m_poll.stop();
    m_leftProfile = m_sessionLogin;
    if (!m_account->isLoggedIn())
        return logInAs(login);
    m_switchingTo = login;
    m_loggingOut = true;
    m_view.setLoggingOut();
    m_account->logOut();
}

void DashboardController::forgetProfile(const QString& label)
{
    const auto profile = m_otherProfiles.byLabel.constFind(label);
    if (profile == m_otherProfiles.byLabel.cend())
        return;
    widgets::ask(&m_view, tr("Forget this profile"),
                 tr("Forget the profile %1 on this computer? The copy of its dossiers kept here is deleted; "
                    "nothing changes on the portal, and its dossiers come back the next time you log in with it.")
                     .arg(label),
                 tr("&Forget"), tr("&Keep"),
                 [controller = QPointer(this), label, cache = profile->cache](bool accepted) {
                     // The question outlives a controller gone with its login given up.
                     if (accepted && controller)
                         controller->eraseProfile(label, cache);
                 });
}

void DashboardController::eraseProfile(const QString& label, const storage::DossierCache::Location& cache)
{
    services::runOnWorker(
        this, [cache] { return services::forgetCachedAccount(cache); },
        [this, label](const storage::StorageError& error) {
            if (error)
                return m_view.setProblem(tr("The profile %1 could not be forgotten: %2").arg(label, error.message()));
            dropProfileRows(label);
        });
}

void DashboardController::dropProfileRows(const QString& label)
{
    m_otherProfiles.byLabel.remove(label);
    m_otherProfiles.rows.removeIf([&label](const DossierRow& row) { return row.profile == label; });
    m_details->forgetProfile(label);
    // The rows of a refresh under way may have been made with them: they go once it is over.
    if (m_refreshing)
        return m_profilesToDrop.append(label);
    if (!m_showingRows)
        return;
    services::runOnWorker(
        this,
        [rows = m_view.rows(), label] {
            QList<DossierRow> kept = rows;
            kept.removeIf([&label](const DossierRow& row) { return row.profile == label; });
            return std::pair(kept, advanceTotalsByProfile(kept));
        },
        [this, label, given = m_rowsGiven](std::pair<QList<DossierRow>, AdvanceTotalsByProfile> kept) {
            if (given != m_rowsGiven || m_refreshing)
                return dropProfileRows(label);
            showRows({std::move(kept.first), m_unsentDrafts});
            m_view.setAdvanceTotals(kept.second);
        });
}

void DashboardController::refresh(const std::optional<portal::PortalError>& unreachable)
{
    if (m_loggingOut || std::exchange(m_refreshing, true))
        return;
    m_view.setRefreshing(true);
    m_unreachable = unreachable;
    m_refreshLogin = m_user;
    // A listing still on its way (asked for by a refresh abandoned) serves this one.
    if (!m_drafts->isBusy())
        m_drafts->refresh();
}

void DashboardController::locateCache()
{
    m_local = std::make_unique<services::LocalData>(services::LocalData::Stores::OnWorkers);
    connect(m_local.get(), &services::LocalData::waiting, this, [this](const QString& holder) {
        m_view.setProblem(tr("Waiting for %1, which is using your data on this computer…").arg(holder));
    });
    connect(m_local.get(), &services::LocalData::opened, this, [this, run = m_refreshRun] {
        if (run == m_refreshRun)
            onCacheLocated(m_unreachable);
    });
    connect(m_local.get(), &services::LocalData::failed, this,
            [this, run = m_refreshRun, unreachable = m_unreachable](services::LocalData::Failure failure,
                                                                    const QString& message) {
                if (run != m_refreshRun)
                    return;
                services::releaseLater(m_local);
                endRefresh();
                m_view.setProblem(message);
                if (const std::optional<bool> choose = services::LocalData::passphraseToAsk(failure)) {
                    // The cache is protected by the drafts' key: once it is unlocked, try again.
                    connect(drafts::PassphraseDialog::ask(*choose, &m_view), &drafts::PassphraseDialog::unlocked, this,
                            [this, unreachable] { refresh(unreachable); });
                }
            });
    m_local->open(services::LocalData::Cache, services::LocalData::cacheAccountOf(m_portal.identity(), m_refreshLogin));
}

void DashboardController::onCacheLocated(const std::optional<portal::PortalError>& unreachable)
{
    const storage::DossierCache::Location cache = m_local->cacheLocation();
    m_sync = std::make_unique<services::DossierSync>(*m_portal.client(), cache);
    // The sync keeps where the cache is, and writes it on a worker: the folder is free again.
    services::releaseLater(m_local);
    // A refresh abandoned may still tell how it ended before its objects go.
    connect(m_sync.get(), &services::DossierSync::refreshed, this,
            [this, run = m_refreshRun](const services::DossierSnapshot& snapshot) {
                if (run == m_refreshRun)
                    onRefreshed(snapshot);
            });
    connect(m_sync.get(), &services::DossierSync::failed, this,
            [this, run = m_refreshRun](const portal::PortalError& error, const QString& offlineProblem) {
                if (run == m_refreshRun)
                    onFailed(error, offlineProblem);
            });
    readOtherProfiles(cache, [this, cache, unreachable] {
        m_sessionCache = cache;
        m_sessionLogin = m_refreshLogin;
        m_details->setProfiles(m_refreshLogin, cache, m_otherProfiles.byLabel);
        if (unreachable)
            m_sync->giveOfflineCopy(*unreachable);
        else
            m_sync->refresh();
    });
}

void DashboardController::readOtherProfiles(const storage::DossierCache::Location& cache, std::function<void()> next)
{
    if (cache.account == m_otherProfilesOf)
        return next();
    services::runOnWorker(
        this, [cache, portal = m_portal.identity()] { return dashboard::readOtherProfiles(cache, portal); },
        [this, run = m_refreshRun, account = cache.account, next = std::move(next)](OtherProfiles profiles) {
            if (run != m_refreshRun)
                return;
            m_otherProfiles = std::move(profiles);
            m_otherProfilesOf = account;
            next();
        });
}

void DashboardController::onRefreshed(const services::DossierSnapshot& snapshot)
{
    // Called from its own signal: it goes once the signal has been delivered.
    services::releaseLater(m_sync);
    if (!snapshot.offline)
        m_poll.start();
    // Offline too: the copy kept on this computer has the /config of its refresh.
    if (const std::optional<portal::PortalConfig> config
        = portal::parseObject<portal::PortalConfig>(snapshot.config).value)
        m_callClosesAt = config->call.closesAt;
    show(snapshot, m_unsent);
}

void DashboardController::show(const services::DossierSnapshot& snapshot, const QList<services::DraftSummary>& drafts)
{
    services::runOnWorker(
        this,
        [snapshot = snapshot, others = m_otherProfiles.rows, drafts, profile = m_refreshLogin,
         sorting = m_view.sorting()]() mutable {
            return dashboardContent(std::move(snapshot), others, drafts, profile, sorting);
        },
        [this, run = m_refreshRun, at = snapshot.refreshedAt, offline = snapshot.offline,
         cacheProblem = snapshot.cacheProblem](DashboardContent shown) {
            if (run != m_refreshRun)
                return;
            if (!shown.notice.isEmpty())
                m_notifier->notify(shown.notice.summary, shown.notice.body);
            const int unreadable = shown.unreadable + m_otherProfiles.unreadable;
            m_showingRows = true;
            showRows(std::move(shown.rows));
            m_view.setAdvanceTotals(shown.totals);
            if (!m_refreshAgain)
                m_view.showDossier(std::exchange(m_dossierToShow, QString()));
            m_view.setDataAge(at, offline);
            m_rowsRefreshedAt = at;
            endRefresh();
            QStringList problems;
            if (!cacheProblem.isEmpty())
                problems << cacheProblem;
            if (!m_otherProfiles.problem.isEmpty())
                problems << tr("The copies of other profiles kept on this computer could not all be read: %1")
                                .arg(m_otherProfiles.problem);
            if (unreadable > 0)
                problems << tr("%n dossier(s) could not be read and are not shown.", nullptr, unreadable);
            if (!problems.isEmpty())
                m_view.setProblem(problems.join(QLatin1Char(' ')));
        });
}

void DashboardController::showDraftsWarning()
{
    m_view.setDraftsWarning(!m_draftsProblem.isEmpty()
                                ? m_draftsProblem
                                : draftsWarning(m_unsentDrafts, m_callClosesAt, m_portal.client()->clock().nowUtc()));
}

void DashboardController::onFailed(const portal::PortalError& error, const QString& offlineProblem)
{
    services::releaseLater(m_sync);
    endRefresh();
    if (!offlineProblem.isEmpty())
        m_view.setProblem(tr("The portal cannot be reached, and the copy kept on this computer cannot be read: %1")
                              .arg(offlineProblem));
    else if (services::DossierSync::isUnreachable(error))
        m_view.setProblem(tr("The portal cannot be reached, and no copy of your dossiers is kept on this computer "
                             "yet: refresh once the portal answers."));
    else
        m_view.setProblem(error.message());
}

void DashboardController::endRefresh()
{
    m_refreshing = false;
    m_view.setRefreshing(false);
    for (const QString& label : std::exchange(m_profilesToDrop, {}))
        dropProfileRows(label);
    const std::optional<QList<services::DraftSummary>> drafts = std::exchange(m_draftsAfterRefresh, {});
    if (const std::optional<QString> login = std::exchange(m_switchAfterRefresh, std::nullopt)) {
        m_refreshAgain = false;
        if (drafts)
            showDrafts(*drafts);
        return switchProfile(*login);
    }
    // Another refresh lists the drafts itself.
    if (std::exchange(m_refreshAgain, false))
        refreshOrLogIn();
    else if (drafts)
        showDrafts(*drafts);
}

} // namespace segurdesk::dashboard
