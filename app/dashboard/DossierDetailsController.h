#pragma once

#include "app/dashboard/DossierRow.h"
#include "app/dashboard/OtherProfiles.h"
#include "core/services/DossierActions.h"
#include "core/storage/DossierCache.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace segurdesk::advance {
class AdvanceRequestDialog;
}

namespace segurdesk::portal {
class PortalClient;
struct DocumentRef;
struct EnrollmentDetail;
} // namespace segurdesk::portal

namespace segurdesk::services {
class PortalLookups;
}

namespace segurdesk::dashboard {

class DashboardView;
class DossierDetailsView;

// Shows the current dossier of a DashboardView in its details pane, and does what the user asks
// there: the details are read from the dossier cache on a worker (a result for a dossier the
// user has already left is dropped); a document is downloaded, then shown in a DocumentViewer or
// written where the user chose, on a worker; a mail is fetched when chosen; the advance of a
// validated enrollment is requested from an AdvanceRequestDialog, exactly once
// (services::DossierActions keeps its key), after which dossiersChanged() asks for a refresh
// that shows the decided request.
//
// Keeps where the cache is (with its key) once the dashboard has located it, so that every
// dossier chosen is read without opening the data folder again. A dossier of another profile than
// the one logged in is read from that profile's copy, and nothing of it is asked of the portal:
// the session is not that profile's. GUI thread; `client` and `view` must outlive this object.
class DossierDetailsController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierDetailsController)

public:
    // How long the user stays on a dossier before its details are read.
    static constexpr std::chrono::milliseconds ReadDelay {150};

    DossierDetailsController(portal::PortalClient& client, DashboardView& view, QObject* parent = nullptr);
    ~DossierDetailsController() override;

    // The profile logged in (its rows' DossierRow::profile; empty between sessions), where its copy
    // is kept, and the other profiles whose rows are shown.
    void setProfiles(const QString& active, const std::optional<storage::DossierCache::Location>& cache,
                     const QHash<QString, OtherProfile>& others);
    // The other profile `label` is no longer kept on this computer.
    void forgetProfile(const QString& label);

signals:
    // The dossiers changed on the portal (an advance was decided): `shownId` is the dossier to
    // show once they are refreshed.
    void dossiersChanged(const QString& shownId);

private:
    void showCurrent();
    // Reads the details of the dossier shown from the cache, on a worker.
    void readShown();
    void fetchDocument(const portal::DocumentRef& document, const QString& savePath);
    void onDocumentReady(const QString& id, const QString& fileName, const QByteArray& content);
    void onFailed(services::DossierActions::Kind kind, const portal::PortalError& error);
    void openAdvanceDialog(const portal::EnrollmentDetail& enrollment);
    // Whether the dossier shown belongs to the profile logged in, whose session may ask about it.
    bool sessionOwnsShown() const;

    DashboardView& m_view;
    DossierDetailsView& m_details;
    std::unique_ptr<services::DossierActions> m_actions;
    std::unique_ptr<services::PortalLookups> m_lookups;
    std::optional<storage::DossierCache::Location> m_cache;
    QString m_activeProfile;
    QHash<QString, OtherProfile> m_otherProfiles;
    // Counts the reads of details: only the last one is shown.
    quint64 m_reads = 0;
    QTimer m_readDelay;
    // The dossier the pane shows, as the table gave it.
    std::optional<DossierRow> m_shown;
    // The document being downloaded and where to write it (empty: to show it), and the mail being
    // fetched; empty once the user has left their dossier.
    QString m_documentId;
    QString m_documentPath;
    QString m_mailId;
    QPointer<advance::AdvanceRequestDialog> m_advanceDialog;
};

} // namespace segurdesk::dashboard
