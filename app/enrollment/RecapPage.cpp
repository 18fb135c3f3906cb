#include "app/enrollment/RecapPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/RecapDocument.h"
#include "ui_RecapPage.h"

#include <QEvent>
#include <QScrollBar>
#include <QUrl>

namespace segurdesk::enrollment {

RecapPage::RecapPage(DossierEditor& editor, QWidget* parent)
    : EnrollmentPage(editor, Step, parent)
    , m_ui(std::make_unique<Ui::RecapPage>())
{
    m_ui->setupUi(this);
    placeMissingList(m_ui->pageLayout);
    // Submitting freezes the dossier: there is no way back from the next page.
    setCommitPage(true);

    connect(m_ui->recapView, &QTextBrowser::anchorClicked, this, [this](const QUrl& link) {
        if (link.scheme() == QLatin1String("step"))
            emit editRequested(link.path().toInt());
    });
    // Only while it is seen: the other steps change the dossier at every keystroke.
    connect(&editor, &DossierEditor::changed, this, [this] {
        if (isVisible())
            showRecap();
    });
    bindDeclaration(m_ui->termsCheck, &model::Declarations::termsOfUse, QStringLiteral("declarations.terms_of_use"),
                    [] { return tr("Terms of use"); });
    bindDeclaration(m_ui->penalCheck, &model::Declarations::penalCode4417,
                    QStringLiteral("declarations.penal_code_441_7"), [] { return tr("Article 441-7"); });
    bindDeclaration(m_ui->truthCheck, &model::Declarations::informationAuthentic,
                    QStringLiteral("declarations.information_authentic"),
                    [] { return tr("Accurate and authentic information"); });
    retranslate();
}

RecapPage::~RecapPage() = default;

void RecapPage::initializePage()
{
    EnrollmentPage::initializePage();
    const model::Declarations& declarations = editor().dossier().declarations;
    m_ui->termsCheck->setChecked(declarations.termsOfUse);
    m_ui->penalCheck->setChecked(declarations.penalCode4417);
    m_ui->truthCheck->setChecked(declarations.informationAuthentic);
    showRecap();
}

model::FieldErrors RecapPage::pageProblems() const
{
    // The earlier steps, and the dossier as a whole (step 0), whatever changed since they were
    // left: the portal's rules, a document replaced.
    model::FieldErrors problems;
    for (int step = 0; step < Step; ++step)
        problems += editor().blockingProblemsOfStep(step);
    return problems;
}

void RecapPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EnrollmentPage::changeEvent(event);
}

void RecapPage::bindDeclaration(QCheckBox* box, bool model::Declarations::*declaration, const QString& field,
                                std::function<QString()> name)
{
    connect(box, &QCheckBox::toggled, this, [this, declaration](bool ticked) {
        editor().edit([declaration, ticked](model::Dossier& d) { d.declarations.*declaration = ticked; });
    });
    addTarget(field, box, std::move(name));
}

void RecapPage::showRecap()
{
    const int scrolled = m_ui->recapView->verticalScrollBar()->value();
    m_ui->recapView->setHtml(RecapDocument::html(editor().dossier(), editor().attachments(), true));
    m_ui->recapView->verticalScrollBar()->setValue(scrolled);
}

void RecapPage::retranslate()
{
    setTitle(tr("Step 5 of 5: summary and declarations"));
    m_ui->recapView->setAccessibleName(tr("Summary of the request"));
    showRecap();
    showMissing();
}

} // namespace segurdesk::enrollment
