#pragma once

#include "app/enrollment/EnrollmentPage.h"
#include "core/model/VatRate.h"

#include <QList>

#include <memory>

class QButtonGroup;

namespace segurdesk::enrollment {

namespace Ui {
class VatPage;
}

// Step 4, taux de TVA: one choice among the rates the portal announces in /config, or "non
// assujetti", which asks for the DGFiP's certificate of non-liability. Choosing a rate again
// keeps the certificate in its field but takes it out of the dossier.
class VatPage : public EnrollmentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VatPage)

public:
    static constexpr int Step = 4;

    explicit VatPage(DossierEditor& editor, QWidget* parent = nullptr);
    ~VatPage() override;

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showRates();
    void choose(const model::VatRate& rate);
    void showRateProblem();
    void retranslate();

    std::unique_ptr<Ui::VatPage> m_ui;
    QButtonGroup* m_choices;
    QList<model::VatRate> m_rates; // in the order of the buttons
    widgets::DocumentField* m_certificate = nullptr;
};

} // namespace segurdesk::enrollment
