#pragma once

#include "app/enrollment/EnrollmentPage.h"
#include "core/model/Declarations.h"

#include <memory>

class QCheckBox;

namespace segurdesk::enrollment {

namespace Ui {
class RecapPage;
}

// Step 5, récapitulatif: the whole dossier read back, each step with a link that opens it
// (editRequested), and the three declarations. It is complete only when every step is, so that
// "Terminer" sends nothing the rules refuse; what still blocks an earlier step is listed.
class RecapPage : public EnrollmentPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecapPage)

public:
    static constexpr int Step = 5;

    explicit RecapPage(DossierEditor& editor, QWidget* parent = nullptr);
    ~RecapPage() override;

    void initializePage() override;

signals:
    // The user asked to change `step` (1..4).
    void editRequested(int step);

protected:
    model::FieldErrors pageProblems() const override;
    void changeEvent(QEvent* event) override;

private:
    void bindDeclaration(QCheckBox* box, bool model::Declarations::*declaration, const QString& field,
                         std::function<QString()> name);
    void showRecap();
    void retranslate();

    std::unique_ptr<Ui::RecapPage> m_ui;
};

} // namespace segurdesk::enrollment
