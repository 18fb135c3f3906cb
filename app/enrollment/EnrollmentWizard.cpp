#include "app/enrollment/EnrollmentWizard.h"

#include <QEvent>

namespace segurdesk::enrollment {

EnrollmentWizard::EnrollmentWizard(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setPage(Referencing, new ReferencingPage(editor, lookups));
    setPage(Applicant, new ApplicantPage(editor, lookups));
    setPage(Bank, new BankPage(editor, lookups));
    setPage(Vat, new VatPage(editor));
    retranslate();
}

EnrollmentWizard::~EnrollmentWizard() = default;

void EnrollmentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void EnrollmentWizard::retranslate()
{
    setWindowTitle(tr("Enrollment request — Ségur Desk"));
    // Qt's own catalogue, which names these buttons, is not installed with the application.
    setButtonText(BackButton, tr("< &Previous"));
    setButtonText(NextButton, tr("&Next >"));
    setButtonText(CommitButton, tr("&Submit"));
    setButtonText(FinishButton, tr("&Finish"));
    setButtonText(CancelButton, tr("Cancel"));
    setButtonText(HelpButton, tr("&Help"));
}

} // namespace segurdesk::enrollment
