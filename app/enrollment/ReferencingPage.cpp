#include "app/enrollment/ReferencingPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "ui_ReferencingPage.h"

#include <QEvent>

namespace segurdesk::enrollment {

namespace {

const QString kLookupField = QStringLiteral("referencing.lookup");

// Referencing numbers are written in capitals on the certificate, but typed either way.
bool sameNumber(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

ReferencingPage::ReferencingPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent)
    : EnrollmentPage(editor, Step, parent)
    , m_ui(std::make_unique<Ui::ReferencingPage>())
    , m_lookups(lookups)
{
    m_ui->setupUi(this);
    m_certificate = new widgets::DocumentField(QString(), this);
    m_certificate->setObjectName(QStringLiteral("certificateField"));
    m_contract = new widgets::DocumentField(QString(), this);
    m_contract->setObjectName(QStringLiteral("contractField"));
    m_ui->pageLayout->addWidget(m_certificate);
    m_ui->pageLayout->addWidget(m_contract);
    m_ui->pageLayout->addStretch(1);
    placeMissingList(m_ui->pageLayout);

    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &ReferencingPage::numberChanged);
    // Leaving the field asks the portal at once: the step needs its answer anyway.
    connect(m_ui->numberEdit, &QLineEdit::editingFinished, this, &ReferencingPage::search);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &ReferencingPage::search);
    connect(&m_lookups, &services::PortalLookups::referencingFound, this, &ReferencingPage::showFound);
    connect(&m_lookups, &services::PortalLookups::failed, this, &ReferencingPage::showLookupFailure);
    connect(&editor, &DossierEditor::changed, this, &ReferencingPage::showState);

    addTarget(QStringLiteral("referencing.number"), m_ui->numberLabel);
    addTarget(QStringLiteral("referencing.dsr"), m_ui->dsrLabel);
    addTarget(kLookupField, m_ui->searchButton, [] { return tr("Search of the number on the portal"); });
    bindDocument(m_certificate, model::DocumentKind::ReferencingCertificate);
    bindDocument(m_contract, model::DocumentKind::OperatorContract);
    retranslate();
    showState();
}

ReferencingPage::~ReferencingPage() = default;

void ReferencingPage::initializePage()
{
    EnrollmentPage::initializePage();
    const model::Referencing& referencing = editor().dossier().referencing;
    {
        const QSignalBlocker quiet(m_ui->numberEdit);
        m_ui->numberEdit->setText(referencing.number);
    }
    m_lookupNumber = referencing.number.trimmed();
    const bool answered = !referencing.dsr.isEmpty() || !referencing.developerSiret.isEmpty();
    m_lookup = answered ? Lookup::Found : Lookup::NotAsked;
    showResult();
    // A dossier left before the portal answered asks again.
    search();
}

model::FieldErrors ReferencingPage::pageProblems() const
{
    if (m_ui->numberEdit->text().trimmed().isEmpty())
        return {};
    switch (m_lookup) {
    case Lookup::NotAsked:
    case Lookup::Asking:
        return {{kLookupField, QStringLiteral("referencing.not_looked_up"), m_ui->numberMessage->text()}};
    case Lookup::Unknown:
        return {
            {QStringLiteral("referencing.number"), QStringLiteral("referencing.unknown"), m_ui->numberMessage->text()}};
    case Lookup::Found:
    case Lookup::Unreachable:
        break;
    }
    return {};
}

void ReferencingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EnrollmentPage::changeEvent(event);
}

void ReferencingPage::numberChanged()
{
    const QString text = m_ui->numberEdit->text();
    const bool sameSolution = sameNumber(text, m_lookupNumber);
    editor().edit([&text, sameSolution](model::Dossier& d) {
        // What the portal said belongs to the number it was asked about.
        if (!sameSolution)
            d.referencing = model::Referencing();
        d.referencing.number = text;
    });
    if (sameSolution)
        return;
    // An answer still coming is about another number: it is dropped.
    m_lookup = Lookup::NotAsked;
    m_lookupNumber = text.trimmed();
    showResult();
    showState();
    problemsChanged();
}

void ReferencingPage::search()
{
    const QString number = m_ui->numberEdit->text().trimmed();
    if (number.isEmpty() || m_lookup == Lookup::Asking || m_lookup == Lookup::Found || m_lookup == Lookup::Unknown)
        return;
    m_lookup = Lookup::Asking;
    m_lookupNumber = number;
    m_lookups.lookUpReferencing(number);
    showState();
    problemsChanged();
}

void ReferencingPage::showFound(const portal::ReferencingInfo& info)
{
    if (m_lookup != Lookup::Asking)
        return;
    m_lookup = Lookup::Found;
    editor().edit([&info, typed = m_ui->numberEdit->text()](model::Dossier& d) {
        d.referencing = info.referencing;
        // The dossier keeps the number as the user typed it.
        d.referencing.number = typed;
    });
    showResult();
    showState();
    problemsChanged();
}

void ReferencingPage::showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error)
{
    if (kind != services::PortalLookups::Kind::Referencing || m_lookup != Lookup::Asking)
        return;
    const bool unknown = error.code == portal::PortalErrorCode::NotFound;
    m_lookup = unknown ? Lookup::Unknown : Lookup::Unreachable;
    m_failure = error.message();
    showState();
    problemsChanged();
}

void ReferencingPage::showResult()
{
    const model::Referencing& referencing = editor().dossier().referencing;
    m_ui->dsrEdit->setText(referencing.dsr);
    m_ui->solutionEdit->setText(referencing.solutionName);
    m_ui->developerEdit->setText(
        referencing.developerSiret.isEmpty()
            ? referencing.developerName
            : tr("%1 (SIRET %2)").arg(referencing.developerName, referencing.developerSiret).trimmed());
}

void ReferencingPage::showState()
{
    const bool asking = m_lookup == Lookup::Asking;
    m_ui->searchBusy->setVisible(asking);
    m_ui->searchButton->setEnabled(!m_ui->numberEdit->text().trimmed().isEmpty()
                                   && (m_lookup == Lookup::NotAsked || m_lookup == Lookup::Unreachable));
    QString message;
    switch (m_lookup) {
    case Lookup::NotAsked:
        message = tr("Search the number on the portal: it tells the DSR, the solution and its developer.");
        break;
    case Lookup::Asking:
        message = tr("Looking up the number on the portal…");
        break;
    case Lookup::Unknown:
        message = tr("The portal knows no MSS solution under the number %1. Check the number on your ANS "
                     "referencing certificate.")
                      .arg(m_lookupNumber);
        break;
    case Lookup::Unreachable:
        message = tr("The number could not be looked up: %1 You may go on; the portal checks the number when the "
                     "dossier is sent. \"Search\" tries again.")
                      .arg(m_failure);
        break;
    case Lookup::Found:
        // The portal's answer may still break a rule: a solution referenced for another DSR.
        for (const model::FieldError& problem : editor().blockingProblemsOfStep(Step)) {
            if (problem.field == QLatin1String("referencing.dsr")
                || problem.field == QLatin1String("referencing.developer_siret")) {
                message = problem.message;
                break;
            }
        }
        break;
    }
    if (m_ui->numberEdit->text().trimmed().isEmpty())
        message.clear();
    m_ui->numberMessage->setText(message);
    m_ui->numberMessage->setVisible(!message.isEmpty());
}

void ReferencingPage::retranslate()
{
    setTitle(tr("Step 1 of 5: referencing"));
    m_ui->searchBusy->setAccessibleName(tr("Looking up the number"));
    m_certificate->setTitle(model::documentLabel(model::DocumentKind::ReferencingCertificate));
    m_contract->setTitle(model::documentLabel(model::DocumentKind::OperatorContract));
    showState();
    showMissing();
}

} // namespace segurdesk::enrollment
