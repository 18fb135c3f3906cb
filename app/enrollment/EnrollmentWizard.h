#pragma once

#include "app/enrollment/ApplicantPage.h"
#include "app/enrollment/BankPage.h"
#include "app/enrollment/RecapPage.h"
#include "app/enrollment/ReferencingPage.h"
#include "app/enrollment/VatPage.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace segurdesk::services {
class DossierSubmission;
}

namespace segurdesk::drafts {
class DraftAutosave;
class PassphraseDialog;
} // namespace segurdesk::drafts

namespace segurdesk::enrollment {

class DossierEditor;

// The enrollment form of the ASP portal, step by step, over the one dossier `editor` holds, then
// its submission. The wizard owns its pages; the pages edit the dossier and ask `lookups` what the
// portal knows. Page ids are the steps of the form, so that a recap link opens a step by its
// number; from a step opened so, "Retour au récapitulatif" goes back through the steps between.
// `autosave` keeps the dossier as a draft: the wizard tells it the step, and shows, left of its
// buttons, when the draft was last saved, or loudly and until it is put right, that saving failed.
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
    EnrollmentWizard(DossierEditor& editor, services::PortalLookups& lookups, drafts::DraftAutosave& autosave,
                     services::DossierSubmission& submission, QWidget* parent = nullptr);
    ~EnrollmentWizard() override;

    // Opens `step` from the recap, offering the way back to it.
    void editStep(int step);
    void returnToRecap();
    // Opens the step a resumed draft was left on, through the steps before it as they stand; one
    // still incomplete stops the way there. A draft whose submission is pending opens on the
    // submission, which resends it.
    void resumeAt(int step, bool submissionPending);

    // Closing the wizard (Annuler, Échap, the window's close button) keeps the draft: what was
    // typed last is saved first, and only a save that fails asks whether to close all the same.
    // During the submission, it asks whether to interrupt it, and closes at its first safe point:
    // the security code given up, or the portal's answer.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showReturnButton();
    void showSaveState();
    void closeOnceSaved();
    // The drafts' passphrase asked over the wizard (once by itself, then from the save state), the
    // save tried again once it is given.
    void askPassphrase();
    bool isAskingPassphrase() const;
    void saveAgain();
    void retranslate();

    DossierEditor& m_editor;
    drafts::DraftAutosave& m_autosave;
    services::DossierSubmission& m_submission;
    QPushButton* m_saveState;
    bool m_fromRecap = false;
    bool m_resuming = false;
    bool m_closeWhenSent = false;
    bool m_closeWhenSaved = false;
    bool m_saveFailureTold = false;
    std::optional<bool> m_passphraseNeeded; // whether one must be chosen; until a save works
    bool m_passphraseAsked = false;
    QPointer<drafts::PassphraseDialog> m_passphraseDialog;
};

} // namespace segurdesk::enrollment
