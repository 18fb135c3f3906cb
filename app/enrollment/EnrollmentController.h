#pragma once

#include "app/drafts/DraftAutosave.h"
#include "app/drafts/SameSiretOffer.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/PortalLookups.h"

#include <QObject>
#include <QPointer>

namespace segurdesk::enrollment {

// One enrollment being prepared: its dossier, kept as a draft as it is typed, what the portal says
// about it (the rules of /config, the lookups), its submission, and the wizard window over them,
// opened beside `window`. It deletes itself, with the wizard, once the wizard is closed, once a
// draft to resume could not be opened, or once the user chose to resume another draft of the
// same SIRET.
class EnrollmentController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentController)

public:
    // A new request when `draftId` is empty, else that draft resumed: its wizard opens once the
    // draft has been read, on the step it was left on. `client` must outlive the controller, which
    // `window` owns.
    EnrollmentController(portal::PortalClient& client, QWidget* window, const QString& draftId = {});
    ~EnrollmentController() override;

    // Null while a resumed draft is being read.
    EnrollmentWizard* wizard() const { return m_wizard; }
    // The draft the request is kept in; empty until something was typed.
    QString draftId() const { return m_keeper.draftId(); }
    // Brings the wizard to the front, or shows it as soon as it is open.
    void show();

signals:
    // The draft to resume could not be read; the controller goes away.
    void openFailed(const QString& message);
    // The draft was written (the first time: created).
    void draftSaved();
    // The user chose to resume draft `id`, which exists for the same SIRET, instead of this new
    // request: the request is gone, its draft deleted, and the controller goes away.
    void resumeInstead(const QString& id);

private:
    void openWizard(int step, bool submissionPending);
    // Abandons this request for draft `id` once its last save is over.
    void switchTo(const QString& id);
    void finishSwitch();

    QWidget* m_window;
    DossierEditor m_editor;
    services::PortalLookups m_lookups;
    services::DraftKeeper m_keeper;
    services::DossierSubmission m_submission;
    drafts::DraftAutosave m_autosave;
    drafts::SameSiretOffer m_sameSiret;
    QPointer<EnrollmentWizard> m_wizard;
    QString m_switchTo;
    bool m_showWhenOpen = false;
};

} // namespace segurdesk::enrollment
