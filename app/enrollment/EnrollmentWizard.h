#pragma once

#include "app/enrollment/ApplicantPage.h"
#include "app/enrollment/BankPage.h"
#include "app/enrollment/RecapPage.h"
#include "app/enrollment/ReferencingPage.h"
#include "app/enrollment/VatPage.h"

#include <QWizard>

namespace segurdesk::services {
class DossierSubmission;
}

namespace segurdesk::enrollment {

class DossierEditor;

// The enrollment form of the ASP portal, step by step, over the one dossier `editor` holds, then
// its submission. The wizard owns its pages; the pages edit the dossier and ask `lookups` what the
// portal knows. Page ids are the steps of the form, so that a recap link opens a step by its
// number; from a step opened so, "Retour au récapitulatif" goes back through the steps between.
class EnrollmentWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentWizard)

public:
    enum Page {
        Referencing = ReferencingPage::Step,
        Applicant = ApplicantPage::Step,
        Bank = BankPage::Step,
        Vat = VatPage::Step,
        Recap = RecapPage::Step,
        Submission,
    };

    // `editor`, `lookups` and `submission` must outlive the wizard.
    EnrollmentWizard(DossierEditor& editor, services::PortalLookups& lookups, services::DossierSubmission& submission,
                     QWidget* parent = nullptr);
    ~EnrollmentWizard() override;

    // Opens `step` from the recap, offering the way back to it.
    void editStep(int step);
    void returnToRecap();

    // Closing the wizard (Annuler, Échap, the window's close button) with something typed asks
    // first: the dossier is kept only once the submission has stored it. During the submission,
    // it asks whether to interrupt it, and closes at its first safe point: the security code
    // given up, or the portal's answer.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showReturnButton();
    void retranslate();

    DossierEditor& m_editor;
    services::DossierSubmission& m_submission;
    bool m_fromRecap = false;
    bool m_closeWhenSent = false;
};

} // namespace segurdesk::enrollment
