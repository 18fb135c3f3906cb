#include "app/enrollment/VatPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/SeverityColour.h"
#include "ui_VatPage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QRadioButton>

namespace segurdesk::enrollment {

namespace {

constexpr auto Certificate = model::DocumentKind::VatExemptionCertificate;

} // namespace

VatPage::VatPage(DossierEditor& editor, QWidget* parent)
    : EnrollmentPage(editor, Step, parent)
    , m_ui(std::make_unique<Ui::VatPage>())
    , m_choices(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    // Made after the form, so that the tab order follows the page from top to bottom.
    m_certificate = new widgets::DocumentField(QString(), this);
    m_certificate->setObjectName(QStringLiteral("certificateField"));
    m_ui->pageLayout->addWidget(m_certificate);
    m_ui->pageLayout->addStretch(1);
    placeMissingList(m_ui->pageLayout);
    m_ui->rateMessage->hide();

    connect(m_choices, &QButtonGroup::idClicked, this, [this](int index) { choose(m_rates.at(index)); });
    connect(&editor, &DossierEditor::rulesChanged, this, &VatPage::showRates);
    connect(&editor, &DossierEditor::changed, this, &VatPage::showRateProblem);
    addTarget(QStringLiteral("vat_rate"), m_ui->ratesGroup, [this] { return m_ui->ratesGroup->title(); });
    bindDocument(m_certificate, Certificate, [this] {
        const std::optional<model::VatRate>& chosen = this->editor().dossier().vatRate;
        return chosen && !chosen->isSubject();
    });
    showRates();
    retranslate();
}

VatPage::~VatPage() = default;

void VatPage::initializePage()
{
    EnrollmentPage::initializePage();
    const std::optional<model::VatRate>& chosen = editor().dossier().vatRate;
    const int index = chosen ? int(m_rates.indexOf(*chosen)) : -1;
    if (index >= 0)
        m_choices->button(index)->setChecked(true);
}

void VatPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EnrollmentPage::changeEvent(event);
}

void VatPage::showRates()
{
    const std::optional<model::VatRate>& chosen = editor().dossier().vatRate;
    for (QAbstractButton* button : m_choices->buttons())
        delete button;
    m_rates = editor().rules().vatRates;
    for (int i = 0; i < m_rates.size(); ++i) {
        auto* button = new QRadioButton(m_rates.at(i).label(), m_ui->ratesGroup);
        button->setObjectName(QStringLiteral("rate_") + m_rates.at(i).id());
        button->setChecked(chosen == m_rates.at(i));
        m_choices->addButton(button, i);
        m_ui->ratesLayout->addWidget(button);
    }
    // A link to the choice (the missing list) lands on its first button.
    m_ui->ratesGroup->setFocusProxy(m_choices->button(0));
}

void VatPage::choose(const model::VatRate& rate)
{
    editor().edit([&rate](model::Dossier& d) { d.vatRate = rate; });
}

// A choice the call does not accept (the portal's rates changed since it was made) is said
// under the choices; a missing one only appears in the missing list.
void VatPage::showRateProblem()
{
    QString problem;
    for (const model::FieldError& error : editor().blockingProblemsOfStep(Step)) {
        if (error.field == QLatin1String("vat_rate") && error.code != QLatin1String("field.required"))
            problem = error.message;
    }
    m_ui->rateMessage->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        return;
    QPalette palette = m_ui->rateMessage->palette();
    palette.setColor(QPalette::WindowText, widgets::severityColour(Severity::Error, this->palette()));
    m_ui->rateMessage->setPalette(palette);
    m_ui->rateMessage->setText(tr("Error: %1").arg(problem));
}

void VatPage::retranslate()
{
    setTitle(tr("Step 4 of 5: VAT rate"));
    m_certificate->setTitle(model::documentLabel(Certificate));
    for (int i = 0; i < m_rates.size(); ++i)
        m_choices->button(i)->setText(m_rates.at(i).label());
    showRateProblem();
    showMissing();
}

} // namespace segurdesk::enrollment
