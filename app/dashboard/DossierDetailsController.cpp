#include "app/dashboard/DossierDetailsController.h"

#include "app/advance/AdvanceRequestDialog.h"
#include "app/dashboard/DashboardView.h"
#include "app/dashboard/DocumentViewer.h"
#include "app/dashboard/DossierDetailsView.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/SaveInBackground.h"
#include "core/services/DossierActions.h"
#include "core/services/DossierDetails.h"
#include "core/services/PortalLookups.h"
#include "core/services/Worker.h"

namespace segurdesk::dashboard {

DossierDetailsController::DossierDetailsController(portal::PortalClient& client, DashboardView& view, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_details(view.details())
    , m_actions(std::make_unique<services::DossierActions>(client))
    , m_lookups(std::make_unique<services::PortalLookups>(client))
{
    m_readDelay.setSingleShot(true);
    m_readDelay.setInterval(ReadDelay);
    connect(&m_readDelay, &QTimer::timeout, this, &DossierDetailsController::readShown);
    connect(&m_view, &DashboardView::currentDossierChanged, this, &DossierDetailsController::showCurrent);
    connect(&m_details, &DossierDetailsView::openDocumentRequested, this,
            [this](const portal::DocumentRef& document) { fetchDocument(document, QString()); });
    connect(&m_details, &DossierDetailsView::saveDocumentRequested, this, [this](const portal::DocumentRef& document) {
        widgets::chooseFileToSave(&m_details, tr("Save the document"), QString(), document.fileName,
                                  [controller = QPointer(this), document](const QString& path) {
                                      if (controller)
                                          controller->fetchDocument(document, path);
                                  });
    });
    connect(&m_details, &DossierDetailsView::mailRequested, this, [this](const QString& id) {
        if (!sessionOwnsShown())
            return;
        m_mailId = id;
        m_actions->readMail(id);
    });
    connect(&m_details, &DossierDetailsView::advanceRequested, this, &DossierDetailsController::openAdvanceDialog);
    connect(m_actions.get(), &services::DossierActions::documentReady, this,
            &DossierDetailsController::onDocumentReady);
    connect(m_actions.get(), &services::DossierActions::mailReady, this, [this](const portal::MailMessage& mail) {
        m_mailId.clear();
        m_details.showMail(mail);
    });
    connect(m_actions.get(), &services::DossierActions::advanceDecided, this,
            [this](const portal::AdvanceRequestRecord& advance) {
                m_details.setAdvanceBusy(false);
                if (m_advanceDialog)
                    m_advanceDialog->accept();
                // The enrollment now has its advance: read again, whatever the table says of it.
                m_shown.reset();
                emit dossiersChanged(advance.id);
            });
    connect(m_actions.get(), &services::DossierActions::failed, this, &DossierDetailsController::onFailed);
    connect(m_lookups.get(), &services::PortalLookups::configReady, this, [this](const portal::PortalConfig& config) {
        if (m_advanceDialog)
            m_advanceDialog->setConfig(config);
    });
    connect(m_lookups.get(), &services::PortalLookups::failed, this,
            [this](services::PortalLookups::Kind, const portal::PortalError& error) {
                if (m_advanceDialog)
                    m_advanceDialog->setConfigProblem(error.message());
            });
}

DossierDetailsController::~DossierDetailsController() = default;

void DossierDetailsController::onFailed(services::DossierActions::Kind kind, const portal::PortalError& error)
{
    switch (kind) {
    case services::DossierActions::Kind::Document:
        // Said only while the user is still on the dossier of that document.
        if (!std::exchange(m_documentId, QString()).isEmpty())
            m_details.setDocumentProblem(error.message());
        return;
    case services::DossierActions::Kind::Mail:
        if (!std::exchange(m_mailId, QString()).isEmpty())
            m_details.setMailProblem(error.message());
        return;
    case services::DossierActions::Kind::Advance:
        m_details.setAdvanceBusy(false);
        if (error.code == portal::PortalErrorCode::AdvanceAlreadyRequested) {
            // Made before (elsewhere, or by an answer that never came): the list shows it once refreshed.
            if (m_advanceDialog)
                m_advanceDialog->setAlreadyRequested(error);
            m_shown.reset();
            emit dossiersChanged(QString());
        } else if (m_advanceDialog) {
            if (services::DossierActions::isOutcomeUnknown(error))
                m_advanceDialog->setOutcomeUnknown(error);
            else
                m_advanceDialog->setRefused(error);
        }
        return;
    }
}

void DossierDetailsController::setProfiles(const QString& active,
                                           const std::optional<storage::DossierCache::Location>& cache,
                                           const QHash<QString, OtherProfile>& others)
{
    const bool newSession = active != m_activeProfile;
    m_activeProfile = active;
    m_cache = cache;
    m_otherProfiles = others;
    // What the pane shows was read as another profile's, or the session's: read again.
    if (newSession && m_shown) {
        m_shown.reset();
        showCurrent();
    }
}

void DossierDetailsController::forgetProfile(const QString& label)
{
    m_otherProfiles.remove(label);
}

bool DossierDetailsController::sessionOwnsShown() const
{
    return m_shown && !m_shown->isDraft() && !m_activeProfile.isEmpty() && m_shown->profile == m_activeProfile;
}

void DossierDetailsController::showCurrent()
{
    const DossierRow* row = m_view.currentDossier();
    // The rows came again (a refresh, a poll) and this dossier has not changed: what the user is
    // reading stays as it is.
    if (row != nullptr && m_shown && m_shown->id == row->id && m_shown->profile == row->profile
        && m_shown->updatedAt == row->updatedAt && m_shown->status == row->status)
        return;
    ++m_reads;
    m_readDelay.stop();
    m_shown = row != nullptr ? std::optional(*row) : std::nullopt;
    // What was asked about the dossier left is no longer shown.
    m_documentId.clear();
    m_mailId.clear();
    if (row != nullptr && row->isDraft()) {
        m_details.setDraft(*row);
        return;
    }
    if (row == nullptr) {
        m_details.clear();
        return;
    }
    m_details.setLoading(row->number);
    // Read once the user stays on the dossier: holding an arrow key down the table would
    // otherwise queue a read per row passed on the single worker.
    m_readDelay.start();
}

void DossierDetailsController::readShown()
{
    if (!m_shown)
        return;
    const quint64 read = m_reads;
    const storage::CachedObject::Kind kind = m_shown->kind() == DossierRow::Kind::Enrollment
        ? storage::CachedObject::Kind::Enrollment
        : storage::CachedObject::Kind::AdvanceRequest;
    storage::DossierCache::Location cache;
    std::optional<DossierDetailsView::ProfileCopy> otherProfile;
    if (sessionOwnsShown()) {
        cache = *m_cache;
    } else {
        const auto other = m_otherProfiles.constFind(m_shown->profile);
        if (other == m_otherProfiles.cend())
            return m_details.setProblem(tr("The profile %1 is no longer kept on this computer.").arg(m_shown->profile));
        cache = other->cache;
        otherProfile = {m_shown->profile, other->refreshedAt, other->onPortalInUse};
    }
    services::runOnWorker(
        this, [cache, kind, id = m_shown->id] { return services::readDossierDetails(cache, kind, id); },
        [this, read, otherProfile](services::DossierDetails details) {
            // The user has moved to another dossier, or the rows came again: a newer read follows.
            if (read != m_reads)
                return;
            if (details.problem.isEmpty())
                m_details.setDetails(std::move(details), otherProfile);
            else
                m_details.setProblem(details.problem);
        });
}

void DossierDetailsController::fetchDocument(const portal::DocumentRef& document, const QString& savePath)
{
    if (!sessionOwnsShown())
        return;
    m_documentId = document.id;
    m_documentPath = savePath;
    m_details.setDocumentNote(tr("Downloading %1…").arg(document.fileName));
    m_actions->downloadDocument(document.id);
}

void DossierDetailsController::onDocumentReady(const QString& id, const QString& fileName, const QByteArray& content)
{
    if (id != m_documentId)
        return;
    m_documentId.clear();
    if (m_documentPath.isEmpty()) {
        m_details.setDocumentNote(QString());
        (new DocumentViewer(fileName, content, &m_details))->open();
        return;
    }
    widgets::saveInBackground(this, m_documentPath, content, [this](const QString& message, bool saved) {
        if (saved)
            m_details.setDocumentNote(message);
        else
            m_details.setDocumentProblem(message);
    });
}

void DossierDetailsController::openAdvanceDialog(const portal::EnrollmentDetail& enrollment)
{
    if (m_advanceDialog || !sessionOwnsShown())
        return;
    m_advanceDialog = new advance::AdvanceRequestDialog(enrollment, &m_view);
    m_advanceDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_advanceDialog, &advance::AdvanceRequestDialog::submitRequested, this,
            [this](const model::AdvanceRequest& request) {
                if (!m_actions->requestAdvance(request))
                    return;
                m_details.setAdvanceBusy(true);
                m_advanceDialog->setSending();
            });
    m_lookups->requestConfig();
    m_advanceDialog->open();
}

} // namespace segurdesk::dashboard
