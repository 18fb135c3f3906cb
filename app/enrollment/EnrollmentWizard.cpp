#include "app/enrollment/EnrollmentWizard.h"

#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/SubmissionPage.h"
#include "app/widgets/Questions.h"
#include "core/services/DossierSubmission.h"

#include <QEvent>

namespace segurdesk::enrollment {

EnrollmentWizard::EnrollmentWizard(DossierEditor& editor, services::PortalLookups& lookups,
                                   services::DossierSubmission& submission, QWidget* parent)
    : QWizard(parent)
    , m_editor(editor)
    , m_submission(submission)
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    // Once submitting, the way out is "Fermer", when the submission is over.
    setOption(NoCancelButtonOnLastPage);
    setPage(Referencing, new ReferencingPage(editor, lookups));
    setPage(Applicant, new ApplicantPage(editor, lookups));
    setPage(Bank, new BankPage(editor, lookups));
    setPage(Vat, new VatPage(editor));
    auto* recap = new RecapPage(editor);
    setPage(Recap, recap);
    auto* sending = new SubmissionPage(editor, submission);
    setPage(Submission, sending);
    connect(recap, &RecapPage::editRequested, this, &EnrollmentWizard::editStep);
    // A refused dossier is corrected from its first step; the submission page follows it again.
    connect(sending, &SubmissionPage::editRequested, this, &QWizard::restart);
    connect(this, &QWizard::currentIdChanged, this, &EnrollmentWizard::showReturnButton);
    connect(&submission, &services::DossierSubmission::finished, this,
            [this](const services::SubmissionOutcome& outcome) {
                // A dossier that reached the portal meanwhile keeps the wizard open on its receipt.
                const bool received = outcome.kind == services::SubmissionOutcome::Sent
                    || outcome.kind == services::SubmissionOutcome::AlreadySent;
                if (std::exchange(m_closeWhenSent, false) && !received)
                    QWizard::reject();
            });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == CustomButton1)
            returnToRecap();
    });
    retranslate();
}

EnrollmentWizard::~EnrollmentWizard() = default;

void EnrollmentWizard::editStep(int step)
{
    if (step < Referencing || step >= currentId())
        return;
    m_fromRecap = true;
    while (currentId() > step)
        back();
}

void EnrollmentWizard::returnToRecap()
{
    // Through the steps between, each as it stands; one still incomplete stops the way there.
    while (currentId() < Recap && currentPage()->isComplete())
        next();
}

void EnrollmentWizard::reject()
{
    if (m_submission.isBusy()) {
        widgets::ask(this, tr("Interrupt the submission?"),
                     tr("The dossier is kept in your local data once the submission has begun. The wizard closes "
                        "as soon as it is safe to: at once while the security code is asked, else when the portal "
                        "answers; if it received the dossier meanwhile, its receipt is shown."),
                     tr("&Interrupt"), tr("&Continue the submission"), [this](bool interrupt) {
                         if (!interrupt || !m_submission.isBusy())
                             return;
                         m_closeWhenSent = true;
                         m_submission.answerCaptcha(QString());
                     });
        return;
    }
    const bool untouched = m_editor.dossier() == model::Dossier() && m_editor.attachments().kinds().isEmpty();
    // On the submission page, a complete page is a dossier kept in the local data.
    if (untouched || (currentId() == Submission && currentPage()->isComplete()))
        return QWizard::reject();
    widgets::ask(this, tr("Abandon the request?"), tr("What you entered in this enrollment request will not be kept."),
                 tr("&Abandon"), tr("&Continue the request"), [this](bool abandon) {
                     if (abandon)
                         QWizard::reject();
                 });
}

void EnrollmentWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void EnrollmentWizard::showReturnButton()
{
    if (currentId() >= Recap)
        m_fromRecap = false;
    setOption(HaveCustomButton1, m_fromRecap);
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
    setButtonText(CustomButton1, tr("Back to the &summary"));
}

} // namespace segurdesk::enrollment
