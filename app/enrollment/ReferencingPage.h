#pragma once

#include "app/enrollment/EnrollmentPage.h"
#include "core/services/PortalLookups.h"

#include <memory>

namespace segurdesk::enrollment {

namespace Ui {
class ReferencingPage;
}

// Step 1, référencement: the ANS referencing number, looked up on the portal ("Rechercher", or
// on leaving the field), which fills the DSR, the solution and the developer operator; the
// referencing certificate and the operator contract V2.
//
// A number the portal does not know blocks the step; a portal that cannot be reached does not,
// since the portal checks the number again when the dossier is sent.
class ReferencingPage : public EnrollmentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferencingPage)

public:
    static constexpr int Step = 1;

    // `lookups` must outlive the page.
    ReferencingPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent = nullptr);
    ~ReferencingPage() override;

    void initializePage() override;

protected:
    model::FieldErrors pageProblems() const override;
    void changeEvent(QEvent* event) override;

private:
    // What the portal said about m_lookupNumber.
    enum class Lookup { NotAsked, Asking, Found, Unknown, Unreachable };

    void numberChanged();
    void search();
    void showFound(const portal::ReferencingInfo& info);
    void showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error);
    void showResult();
    void showState();
    void retranslate();

    std::unique_ptr<Ui::ReferencingPage> m_ui;
    services::PortalLookups& m_lookups;
    widgets::DocumentField* m_certificate = nullptr;
    widgets::DocumentField* m_contract = nullptr;
    Lookup m_lookup = Lookup::NotAsked;
    QString m_lookupNumber; // trimmed, as typed
    QString m_failure; // why the portal could not answer (Unreachable)
};

} // namespace segurdesk::enrollment
