#include "app/enrollment/EnrollmentController.h"

namespace segurdesk::enrollment {

EnrollmentController::EnrollmentController(portal::PortalClient& client, QWidget* window)
    : QObject(window)
    , m_lookups(client)
    , m_submission(client)
    , m_wizard(new EnrollmentWizard(m_editor, m_lookups, m_submission, window))
{
    // Until the portal's rules arrive (or if they never do), the call's published values apply.
    connect(&m_lookups, &services::PortalLookups::configReady, this,
            [this](const portal::PortalConfig& config) { m_editor.setRules(config.dossierRules()); });
    m_lookups.requestConfig();
    connect(m_wizard, &QDialog::finished, this, &QObject::deleteLater);
}

EnrollmentController::~EnrollmentController()
{
    // The wizard is a child of the window, but works on this object's dossier and lookups.
    delete m_wizard;
}

void EnrollmentController::show()
{
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

} // namespace segurdesk::enrollment
