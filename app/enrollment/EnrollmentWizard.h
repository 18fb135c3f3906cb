#pragma once

#include "app/enrollment/ApplicantPage.h"
#include "app/enrollment/BankPage.h"
#include "app/enrollment/ReferencingPage.h"
#include "app/enrollment/VatPage.h"

#include <QWizard>

namespace segurdesk::enrollment {

class DossierEditor;

// The enrollment form of the ASP portal, step by step, over the one dossier `editor` holds.
// The wizard owns its pages; the pages edit the dossier and ask `lookups` what the portal knows.
// Page ids are the steps of the form, so that a recap link can open a step by its number.
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
    };

    // `editor` and `lookups` must outlive the wizard.
    EnrollmentWizard(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent = nullptr);
    ~EnrollmentWizard() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace segurdesk::enrollment
