#pragma once

#include "app/dashboard/DossierRow.h"
#include "core/portal/DocumentRef.h"
#include "core/services/DossierDetails.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace segurdesk::portal {
struct MailMessage;
}

namespace segurdesk::dashboard {

namespace Ui {
class DossierDetailsView;
}

// The dossier the user is on in the dashboard: its status history as a timeline, its documents
// (the decision letter among them) to open or save, the mails the portal sent about it with the
// content of the one chosen, and for an advance its payment; for a validated enrollment with no
// advance yet, the way to request it; for a draft not sent yet, the way back to it. A dossier of
// another profile than the one logged in shows the copy kept on this computer, and the ways to log
// in with that profile or to forget it; nothing of it may be asked of the portal from there. A
// thin view: whoever owns the session gives it what it shows and hears what the user asked. GUI
// thread.
class DossierDetailsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierDetailsView)

public:
    explicit DossierDetailsView(QWidget* parent = nullptr);
    ~DossierDetailsView() override;

    // No dossier chosen.
    void clear();
    // The details of the dossier `number` are being read.
    void setLoading(const QString& number);
    // Whose copy the details are when they are not the logged-in profile's.
    struct ProfileCopy
    {
        QString profile;
        // When the portal gave that copy.
        QDateTime refreshedAt;
        // Whether the profile is on the portal in use: it may then log in from here.
        bool onPortalInUse = false;
    };
    // `otherProfile`: the dossier is another profile's; its documents, mails and advance are then
    // out of reach.
    void setDetails(services::DossierDetails details, const std::optional<ProfileCopy>& otherProfile = std::nullopt);
    // A draft of this computer, not sent yet: what names it, and the way back to the wizard.
    void setDraft(const DossierRow& draft);
    // Why the details cannot be shown (translated).
    void setProblem(const QString& problem);
    // The content of the mail chosen; ignored if the user has moved to another one meanwhile.
    void showMail(const portal::MailMessage& mail);
    void setMailProblem(const QString& problem);
    // Where the documents are: what happened to the last one opened or saved.
    void setDocumentNote(const QString& note);
    void setDocumentProblem(const QString& problem);
    // While an advance request is on its way, the button that sends one stays disabled.
    void setAdvanceBusy(bool busy);
    // Whether the portal answered the last refresh: offline, the advance cannot be requested.
    void setPortalReachable(bool reachable);

signals:
    void openDocumentRequested(const segurdesk::portal::DocumentRef& document);
    void saveDocumentRequested(const segurdesk::portal::DocumentRef& document);
    void mailRequested(const QString& id);
    void advanceRequested(const segurdesk::portal::EnrollmentDetail& enrollment);
    void resumeDraftRequested(const QString& id);
    // About the profile (ProfileCopy::profile) of the dossier shown.
    void logInAsRequested(const QString& profile);
    void forgetProfileRequested(const QString& profile);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Empties every list and shows what fits m_details: the tabs, the payment tab, the button.
    void reset();
    void fillHistory();
    void fillDocuments();
    void fillMails();
    void fillPayments();
    void showSummary();
    void onMailChosen();
    void updateAdvanceButton();
    void updateDocumentButtons();
    void showOtherProfile();
    // The document chosen in the list, if any.
    const portal::DocumentRef* chosenDocument() const;
    const QList<portal::DocumentRef>& documents() const;

    std::unique_ptr<Ui::DossierDetailsView> m_ui;
    services::DossierDetails m_details;
    // The draft shown, when the dossier is one.
    std::optional<DossierRow> m_draft;
    std::optional<ProfileCopy> m_otherProfile;
    bool m_advanceBusy = false;
    bool m_portalReachable = true;
};

} // namespace segurdesk::dashboard
