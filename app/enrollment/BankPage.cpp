#include "app/enrollment/BankPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FieldCheck.h"
#include "core/validation/Bic.h"
#include "core/validation/Iban.h"
#include "ui_BankPage.h"

#include <QEvent>
#include <QRegularExpression>

namespace segurdesk::enrollment {

namespace {

// The BIC's own check, then its country against the IBAN's (a warning: cross-border accounts
// exist).
ValidationResult checkBic(QStringView bic, QStringView iban)
{
    ValidationResult own = validation::validateBic(bic);
    if (!own.isValid())
        return own;
    ValidationResult countries = validation::checkIbanBicCoherence(iban, bic);
    return countries.severity == Severity::Ok ? own : countries;
}

} // namespace

BankPage::BankPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent)
    : EnrollmentPage(editor, Step, parent)
    , m_ui(std::make_unique<Ui::BankPage>())
    , m_lookups(lookups)
{
    m_ui->setupUi(this);
    // Made after the form, so that the tab order follows the page from top to bottom.
    m_rib = new widgets::DocumentField(QString(), this);
    m_rib->setObjectName(QStringLiteral("ribField"));
    m_ui->pageLayout->addWidget(m_rib);
    m_ui->pageLayout->addStretch(1);
    placeMissingList(m_ui->pageLayout);
    m_ui->domiciliationMessage->hide();

    auto* ibanCheck = new widgets::FieldCheck(m_ui->ibanEdit, m_ui->ibanMessage, validation::validateIban, this);
    // Pasted forms keep their separators and a leading "IBAN:"; the check ignores them.
    ibanCheck->setAllowedInput(QRegularExpression(QStringLiteral(R"([A-Za-z0-9\s.:-]*)")));
    ibanCheck->setPresentation(validation::ibanPaperFormat);
    m_bicCheck = new widgets::FieldCheck(
        m_ui->bicEdit, m_ui->bicMessage, [this](QStringView bic) { return checkBic(bic, m_ui->ibanEdit->text()); },
        this);
    m_bicCheck->setAllowedInput(QRegularExpression(QStringLiteral(R"([A-Za-z0-9\s]*)")));

    // The edit's text, not the signal's: the presentation rewrites it while textChanged is
    // still being delivered with the text as typed.
    connect(m_ui->ibanEdit, &QLineEdit::textChanged, this, &BankPage::ibanChanged);
    connect(m_ui->bicEdit, &QLineEdit::textChanged, this,
            [this] { this->editor().edit([text = m_ui->bicEdit->text()](model::Dossier& d) { d.bank.bic = text; }); });
    connect(m_ui->holderEdit, &QLineEdit::textChanged, this, [this] {
        this->editor().edit([text = m_ui->holderEdit->text()](model::Dossier& d) { d.bank.holder = text; });
    });
    connect(&m_lookups, &services::PortalLookups::bankFound, this, &BankPage::showBank);
    connect(&m_lookups, &services::PortalLookups::failed, this, &BankPage::showLookupFailure);

    addTarget(QStringLiteral("bank.iban"), m_ui->ibanLabel);
    addTarget(QStringLiteral("bank.bic"), m_ui->bicLabel);
    addTarget(QStringLiteral("bank.holder"), m_ui->holderLabel);
    bindDocument(m_rib, model::DocumentKind::Rib);
    retranslate();
}

BankPage::~BankPage() = default;

void BankPage::initializePage()
{
    EnrollmentPage::initializePage();
    const model::BankDetails bank = editor().dossier().bank;
    {
        const QSignalBlocker ibanQuiet(m_ui->ibanEdit);
        m_ui->ibanEdit->setText(validation::ibanPaperFormat(bank.iban));
    }
    m_ui->bicEdit->setText(bank.bic);
    m_ui->holderEdit->setText(bank.holder);
    m_ui->domiciliationEdit->setText(bank.domiciliation);
    m_ui->domiciliationMessage->hide();
    m_bicFromPortal.clear();
    const ValidationResult iban = validation::validateIban(bank.iban);
    m_bankOf = iban.isValid() ? iban.normalized : QString();
    // A dossier left before the portal answered (or while it could not) asks again.
    if (!m_bankOf.isEmpty() && bank.domiciliation.isEmpty())
        lookUpBank(m_bankOf);
}

void BankPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EnrollmentPage::changeEvent(event);
}

void BankPage::ibanChanged()
{
    const QString text = m_ui->ibanEdit->text();
    const ValidationResult iban = validation::validateIban(text);
    const QString compact = iban.isValid() ? iban.normalized : QString();
    const bool sameBank = !compact.isEmpty() && compact == m_bankOf;
    editor().edit([&text, sameBank](model::Dossier& d) {
        d.bank.iban = text;
        if (!sameBank)
            d.bank.domiciliation.clear();
    });
    if (sameBank)
        return;
    // What the portal said belongs to the IBAN it was asked about.
    m_ui->domiciliationEdit->clear();
    m_ui->domiciliationMessage->hide();
    if (!m_bicFromPortal.isEmpty() && m_ui->bicEdit->text() == m_bicFromPortal)
        setBic(QString());
    m_bicFromPortal.clear();
    m_bankOf = compact;
    if (!m_ui->bicEdit->text().trimmed().isEmpty())
        m_bicCheck->reveal();
    if (!compact.isEmpty())
        lookUpBank(compact);
}

void BankPage::lookUpBank(const QString& compactIban)
{
    // A complete IBAN that passes its checks: the portal knows its bank. Only the last question
    // is answered (PortalLookups drops the earlier ones).
    m_ui->domiciliationMessage->setText(tr("Looking up the bank on the portal…"));
    m_ui->domiciliationMessage->show();
    m_lookups.lookUpBank(compactIban);
}

void BankPage::showBank(const portal::BankInfo& bank)
{
    if (m_bankOf.isEmpty())
        return;
    m_ui->domiciliationMessage->hide();
    setDomiciliation(bank.domiciliation);
    if (m_ui->bicEdit->text().trimmed().isEmpty() && !bank.bic.isEmpty()) {
        setBic(bank.bic);
        m_bicFromPortal = bank.bic;
    }
}

void BankPage::showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error)
{
    if (kind != services::PortalLookups::Kind::Bank || m_bankOf.isEmpty())
        return;
    // The same IBAN typed again asks again.
    m_bankOf.clear();
    m_ui->domiciliationMessage->setText(
        tr("The domiciliation could not be filled in; the ASP will read it on the RIB. The portal says: %1")
            .arg(error.message()));
    m_ui->domiciliationMessage->show();
}

void BankPage::setDomiciliation(const QString& domiciliation)
{
    m_ui->domiciliationEdit->setText(domiciliation);
    editor().edit([&domiciliation](model::Dossier& d) { d.bank.domiciliation = domiciliation; });
}

void BankPage::setBic(const QString& bic)
{
    m_ui->bicEdit->setText(bic);
    if (!bic.isEmpty())
        m_bicCheck->reveal();
}

void BankPage::retranslate()
{
    setTitle(tr("Step 3 of 5: bank details"));
    m_rib->setTitle(model::documentLabel(model::DocumentKind::Rib));
    showMissing();
}

} // namespace segurdesk::enrollment
