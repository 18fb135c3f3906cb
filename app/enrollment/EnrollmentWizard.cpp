#include "app/enrollment/EnrollmentWizard.h"

#include "app/drafts/DraftAutosave.h"
#include "app/drafts/PassphraseDialog.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/SubmissionPage.h"
#include "app/widgets/Questions.h"
#include "app/widgets/SeverityColour.h"
#include "core/i18n/Translations.h"
#include "core/services/DossierSubmission.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>

namespace segurdesk::enrollment {

EnrollmentWizard::EnrollmentWizard(DossierEditor& editor, services::PortalLookups& lookups,
                                   drafts::DraftAutosave& autosave, services::DossierSubmission& submission,
                                   QWidget* parent)
    : QWizard(parent)
    , m_editor(editor)
    , m_autosave(autosave)
    , m_submission(submission)
    , m_saveState(new QPushButton(this))
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    m_saveState->setObjectName(QStringLiteral("saveStateButton"));
    setButton(CustomButton2, m_saveState);
    setOption(HaveCustomButton2);
    connect(&m_autosave, &drafts::DraftAutosave::stateChanged, this, &EnrollmentWizard::showSaveState);
    connect(&m_autosave, &drafts::DraftAutosave::stateChanged, this, &EnrollmentWizard::closeOnceSaved);
    connect(&m_autosave, &drafts::DraftAutosave::passphraseNeeded, this, [this](bool choose) {
        m_passphraseNeeded = choose;
        // The dialog says it all: no warning box besides.
        m_saveFailureTold = true;
        if (!std::exchange(m_passphraseAsked, true))
            askPassphrase();
    });
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
                // What the portal refused shows on the fields, step by step, until corrected.
                if (outcome.kind == services::SubmissionOutcome::Refused)
                    m_editor.setPortalProblems(outcome.fieldErrors);
                // A dossier that reached the portal meanwhile keeps the wizard open on its receipt.
                const bool received = outcome.kind == services::SubmissionOutcome::Sent
                    || outcome.kind == services::SubmissionOutcome::AlreadySent;
                if (std::exchange(m_closeWhenSent, false) && !received)
                    QWizard::reject();
            });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // The submission keeps the draft itself; -1 is the wizard closing; the walk of
        // resumeAt() changes nothing.
        if (!m_resuming && id >= Referencing && id < Submission)
            m_autosave.setStep(id);
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == CustomButton1)
            returnToRecap();
        else if (which == CustomButton2)
            saveAgain();
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

void EnrollmentWizard::resumeAt(int step, bool submissionPending)
{
    const int target = submissionPending ? Submission : std::clamp(step, int(Referencing), int(Recap));
    const QScopedValueRollback resuming(m_resuming, true);
    if (currentId() == -1)
        restart();
    while (currentId() < target && currentPage()->isComplete())
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
    // On the submission page, a complete page is a dossier kept in the local data.
    if (!m_editor.isTouched() || (currentId() == Submission && currentPage()->isComplete()))
        return QWizard::reject();
    m_closeWhenSaved = true;
    m_autosave.saveNow();
    closeOnceSaved();
}

void EnrollmentWizard::closeOnceSaved()
{
    if (!m_closeWhenSaved || m_autosave.isPending() || isAskingPassphrase())
        return;
    m_closeWhenSaved = false;
    if (m_autosave.failure().isEmpty())
        return QWizard::reject();
    widgets::ask(this, tr("Close without saving?"),
                 tr("The draft could not be saved: %1\nWhat you entered since it was last saved will be lost.")
                     .arg(m_autosave.failure()),
                 tr("&Close without saving"), tr("&Stay"), [this](bool close) {
                     if (close)
                         QWizard::reject();
                 });
}

void EnrollmentWizard::askPassphrase()
{
    if (!m_passphraseNeeded || isAskingPassphrase())
        return;
    m_passphraseDialog = drafts::PassphraseDialog::ask(*m_passphraseNeeded, this);
    connect(m_passphraseDialog, &drafts::PassphraseDialog::unlocked, this, [this] {
        // What the next save answers is told afresh.
        m_passphraseNeeded.reset();
        m_saveFailureTold = false;
        m_autosave.saveNow();
    });
    // Closing waited for the answer: given up, the wizard asks whether to close without saving.
    connect(m_passphraseDialog, &QDialog::rejected, this, &EnrollmentWizard::closeOnceSaved);
}

bool EnrollmentWizard::isAskingPassphrase() const
{
    return m_passphraseDialog && m_passphraseDialog->isVisible();
}

void EnrollmentWizard::saveAgain()
{
    if (m_passphraseNeeded)
        return askPassphrase();
    m_autosave.saveNow();
}

void EnrollmentWizard::showSaveState()
{
    const QString failure = m_autosave.failure();
    if (!failure.isEmpty() && !std::exchange(m_saveFailureTold, true)) {
        // Loud once, then lasting beside the buttons until a save succeeds.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The draft is not saved"),
                                    tr("The draft of this request could not be saved: %1\nWhat you entered stays "
                                       "on screen. Try again with “save it again”, left of the wizard's buttons; "
                                       "until it works, do not close the request.")
                                        .arg(failure),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("saveFailureBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (failure.isEmpty()) {
        m_saveFailureTold = false;
        m_passphraseNeeded.reset();
    }
    retranslate();
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
    // The save state on the left; a laid-out button always shows, so the way back to the recap is
    // in the layout only while it is offered.
    QList<WizardButton> layout {CustomButton2, Stretch};
    if (m_fromRecap)
        layout << CustomButton1;
    layout << BackButton << NextButton << CommitButton << FinishButton << CancelButton;
    setOption(HaveCustomButton1, m_fromRecap);
    setButtonLayout(layout);
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

    // A passive status while all is well; the way to try again once a save failed.
    const QString failure = m_autosave.failure();
    const QDateTime saved = m_autosave.lastSaved();
    m_saveState->setFlat(failure.isEmpty());
    m_saveState->setEnabled(!failure.isEmpty());
    QPalette palette = this->palette();
    if (!failure.isEmpty())
        palette.setColor(QPalette::ButtonText, widgets::severityColour(Severity::Error, palette));
    m_saveState->setPalette(palette);
    m_saveState->setToolTip(failure);
    if (!failure.isEmpty())
        m_saveState->setText(tr("Draft not saved — &save it again"));
    else if (m_autosave.isPending())
        m_saveState->setText(tr("Saving the draft…"));
    else if (saved.isValid())
        m_saveState->setText(
            tr("Draft saved at %1")
                .arg(interfaceLocale().toString(saved.toLocalTime().time(), tr("HH:mm", "time of a save"))));
    else
        m_saveState->setText(QString());
    m_saveState->setAccessibleName(m_saveState->text().remove(QLatin1Char('&')));
    m_saveState->setAccessibleDescription(failure);
}

} // namespace segurdesk::enrollment
