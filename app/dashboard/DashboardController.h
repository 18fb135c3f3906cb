#pragma once

#include "core/portal/PortalError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace segurdesk::services {
class AccountService;
class DossierSync;
class LocalData;
class PortalConnection;
struct DossierSnapshot;
} // namespace segurdesk::services

namespace segurdesk::dashboard {

class DashboardView;

// Follows the account's dossiers on the portal for a DashboardView: logs in (LoginDialog), then
// downloads the dossiers into the encrypted cache and gives the view their rows (built on a
// worker) with the age of the data; refreshes when asked and every PollInterval (the portal then
// answers "unchanged" for what has not changed); when the portal cannot be reached, shows the
// copy kept on this computer. When the session ends (expired, or refused by the portal) the
// password is asked again and the view stays as it was meanwhile.
//
// The local data (the cache's folder lock and key) is held only while a refresh runs, so that the
// drafts and segurdesk-cli are never kept waiting by an open dashboard.
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

    // Asks for the password if no session is open, then refreshes.
    void start();
    const QString& login() const { return m_login; }

signals:
    // The user closed the login dialog without logging in.
    void loginCancelled();

private:
    void askPassword();
    // Opens the cache, then downloads the dossiers (or, `unreachable` set, gives the offline copy).
    void refresh(const std::optional<portal::PortalError>& unreachable = std::nullopt);
    void onCacheOpened(const std::optional<portal::PortalError>& unreachable);
    void onRefreshed(const services::DossierSnapshot& snapshot);
    void onFailed(const portal::PortalError& error, const QString& offlineProblem);
    void endRefresh();

    const services::PortalConnection& m_portal;
    DashboardView& m_view;
    std::unique_ptr<services::AccountService> m_account;
    std::unique_ptr<services::LocalData> m_local;
    std::unique_ptr<services::DossierSync> m_sync;
    QString m_login;
    QTimer m_poll;
};

} // namespace segurdesk::dashboard
