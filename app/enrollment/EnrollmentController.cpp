#include "app/enrollment/EnrollmentController.h"

#include "app/widgets/DocumentField.h"

namespace segurdesk::enrollment {

EnrollmentController::EnrollmentController(portal::PortalClient& client, QWidget* window, const QString& draftId)
    : QObject(window)
    , m_window(window)
    , m_lookups(client)
    , m_submission(client, m_keeper)
    , m_autosave(m_editor, m_keeper)
    , m_sameSiret(m_editor, m_keeper)
{
    // Until the portal's rules arrive (or if they never do), the call's published values apply.
    connect(&m_lookups, &services::PortalLookups::configReady, this,
            [this](const portal::PortalConfig& config) { m_editor.setRules(config.dossierRules()); });
    m_lookups.requestConfig();
    connect(&m_keeper, &services::DraftKeeper::saved, this, &EnrollmentController::draftSaved);
    connect(&m_keeper, &services::DraftKeeper::saved, this, &EnrollmentController::finishSwitch);
    connect(&m_keeper, &services::DraftKeeper::saveFailed, this, &EnrollmentController::finishSwitch);
    connect(&m_sameSiret, &drafts::SameSiretOffer::accepted, this, &EnrollmentController::switchTo);
    connect(&m_sameSiret, &drafts::SameSiretOffer::removed, this, [this] {
        emit resumeInstead(m_switchTo);
        deleteLater();
    });
    if (draftId.isEmpty()) {
        openWizard(EnrollmentWizard::Referencing, false);
        return;
    }
    connect(&m_keeper, &services::DraftKeeper::loaded, this, [this](const services::DraftKeeper::Loaded& draft) {
        m_editor.load(draft);
        openWizard(draft.step, draft.state == storage::Draft::State::Submitting);
        // Opening a draft changes nothing in it: the walk to its step is not a change.
        m_autosave.resume(m_wizard->currentId(), draft.modifiedAt);
    });
    connect(&m_keeper, &services::DraftKeeper::loadFailed, this, [this](const QString& message) {
        emit openFailed(message);
        deleteLater();
    });
    m_keeper.setThumbnailSize(widgets::DocumentField::thumbnailPixels(window));
    m_keeper.load(draftId);
}

EnrollmentController::~EnrollmentController()
{
    // The wizard is a child of the window, but works on this object's dossier and lookups.
    delete m_wizard;
}

void EnrollmentController::openWizard(int step, bool submissionPending)
{
    m_wizard = new EnrollmentWizard(m_editor, m_lookups, m_autosave, m_submission, m_window);
    connect(m_wizard, &QDialog::finished, this, &QObject::deleteLater);
    m_wizard->resumeAt(step, submissionPending);
    // Only a request begun here is offered another draft in its place: a resumed draft is never
    // deleted for another.
    if (m_keeper.draftId().isEmpty())
        m_sameSiret.setWindow(m_wizard);
    if (m_showWhenOpen)
        show();
}

void EnrollmentController::switchTo(const QString& id)
{
    m_switchTo = id;
    m_autosave.stop();
    m_wizard->hide();
    finishSwitch();
}

void EnrollmentController::finishSwitch()
{
    if (m_switchTo.isEmpty() || m_keeper.isSaving())
        return;
    m_sameSiret.removeDraft(m_keeper.draftId());
}

void EnrollmentController::show()
{
    m_showWhenOpen = true;
    if (!m_wizard)
        return;
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

} // namespace segurdesk::enrollment
