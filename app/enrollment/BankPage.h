#pragma once

#include "app/enrollment/EnrollmentPage.h"
#include "core/services/PortalLookups.h"

#include <memory>

namespace segurdesk::widgets {
class FieldCheck;
}

namespace segurdesk::enrollment {

namespace Ui {
class BankPage;
}

// Step 3, coordonnées bancaires: the IBAN, grouped by four as it is typed and checked against
// the IBAN registry; the BIC, with a warning when its country is not the IBAN's; the holder; the
// domiciliation, which the portal gives for a valid IBAN (and the BIC too, when none is typed
// yet); the RIB.
class BankPage : public EnrollmentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BankPage)

public:
    static constexpr int Step = 3;

    // `lookups` must outlive the page.
    BankPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent = nullptr);
    ~BankPage() override;

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void ibanChanged();
    void lookUpBank(const QString& compactIban);
    void showBank(const portal::BankInfo& bank);
    void showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error);
    void setDomiciliation(const QString& domiciliation);
    void setBic(const QString& bic);
    void retranslate();

    std::unique_ptr<Ui::BankPage> m_ui;
    services::PortalLookups& m_lookups;
    widgets::FieldCheck* m_bicCheck = nullptr;
    widgets::DocumentField* m_rib = nullptr;
    // The compact IBAN whose bank was asked for, or that the domiciliation belongs to.
    QString m_bankOf;
    // The BIC the portal gave for m_bankOf: it goes with its IBAN unless the user typed another.
    QString m_bicFromPortal;
};

} // namespace segurdesk::enrollment
