#pragma once

#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "core/services/DossierSubmission.h"
#include "core/services/PortalLookups.h"

#include <QObject>
#include <QPointer>

namespace segurdesk::enrollment {

// One enrollment being prepared: its dossier, what the portal says about it (the rules of
// /config, the lookups), its submission, and the wizard window over them, opened beside
// `window`. It deletes itself, with the wizard, once the wizard is closed.
class EnrollmentController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentController)

public:
    // `client` must outlive the controller, which `window` owns.
    EnrollmentController(portal::PortalClient& client, QWidget* window);
    ~EnrollmentController() override;

    EnrollmentWizard* wizard() const { return m_wizard; }
    // Brings the wizard to the front.
    void show();

private:
    DossierEditor m_editor;
    services::PortalLookups m_lookups;
    services::DossierSubmission m_submission;
    QPointer<EnrollmentWizard> m_wizard;
};

} // namespace segurdesk::enrollment
