#include "app/enrollment/BankPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FieldCheck.h"
#include "app/widgets/MissingList.h"
#include "core/validation/Bic.h"
#include "core/validation/Iban.h"
#include "ui_BankPage.h"

#include <QEvent>
#include <QRegularExpression>

namespace segurdesk::enrollment {

namespace {

// A label's text as a name in a sentence: "&IBAN :" → "IBAN".
QString nameOf(const QLabel* label)
{
    QString name = label->text().remove(QLatin1Char('&')).trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return name.trimmed();
}

} // namespace

BankPage::BankPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent)
    : EnrollmentPage(editor, Step, parent)
    , m_ui(std::make_unique<Ui::BankPage>())
    , m_lookups(lookups)
    , m_rib(new widgets::DocumentField(QString(), this))
{
    m_ui->setupUi(this);
    m_rib->setObjectName(QStringLiteral("ribField"));
    m_ui->pageLayout->addWidget(m_rib);
    m_ui->pageLayout->addStretch(1);
    m_ui->pageLayout->addWidget(missingList());
    m_ui->domiciliationMessage->hide();

    m_ibanCheck = new widgets::FieldCheck(m_ui->ibanEdit, m_ui->ibanMessage, validation::validateIban, this);
    // Pasted forms keep their separators and a leading "IBAN:"; the check ignores them.
    m_ibanCheck->setAllowedInput(QRegularExpression(QStringLiteral(R"([A-Za-z0-9\s.:-]*)")));
    m_ibanCheck->setPresentation(validation::ibanPaperFormat);
    m_bicCheck = new widgets::FieldCheck(
        m_ui->bicEdit, m_ui->bicMessage,
        [this](QStringView bic) {
            const ValidationResult own = validation::validateBic(bic);
            if (!own.isValid())
                return own;
            const ValidationResult countries = validation::checkIbanBicCoherence(m_ui->ibanEdit->text(), bic);
            return countries.severity == Severity::Ok ? own : countries;
        },
        this);
    m_bicCheck->setAllowedInput(QRegularExpression(QStringLiteral(R"([A-Za-z0-9\s]*)")));

    connect(m_ui->ibanEdit, &QLineEdit::textChanged, this, &BankPage::ibanChanged);
    connect(m_ui->bicEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { this->editor().edit([&text](model::Dossier& d) { d.bank.bic = text; }); });
    connect(m_ui->holderEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { this->editor().edit([&text](model::Dossier& d) { d.bank.holder = text; }); });
    connect(&m_lookups, &services::PortalLookups::bankFound, this, &BankPage::showBank);
    connect(&m_lookups, &services::PortalLookups::failed, this, &BankPage::showLookupFailure);

    addTarget(QStringLiteral("bank.iban"), m_ui->ibanEdit, [this] { return nameOf(m_ui->ibanLabel); });
    addTarget(QStringLiteral("bank.bic"), m_ui->bicEdit, [this] { return nameOf(m_ui->bicLabel); });
    addTarget(QStringLiteral("bank.holder"), m_ui->holderEdit, [this] { return nameOf(m_ui->holderLabel); });
    bindDocument(m_rib, model::DocumentKind::Rib);
    retranslate();
}

BankPage::~BankPage() = default;

void BankPage::initializePage()
{
    const model::BankDetails& bank = editor().dossier().bank;
    const QSignalBlocker ibanQuiet(m_ui->ibanEdit);
    m_ui->ibanEdit->setText(validation::ibanPaperFormat(bank.iban));
    m_ui->bicEdit->setText(bank.bic);
    m_ui->holderEdit->setText(bank.holder);
    m_ui->domiciliationEdit->setText(bank.domiciliation);
    m_bankOf = bank.domiciliation.isEmpty() ? QString() : validation::validateIban(bank.iban).normalized;
}

void BankPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EnrollmentPage::changeEvent(event);
}

void BankPage::ibanChanged(const QString& text)
{
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
    m_ui->domiciliationEdit->clear();
    m_ui->domiciliationMessage->hide();
    m_bankOf = compact;
    if (compact.isEmpty())
        return;
    // A complete IBAN that passes its checks: the portal knows its bank. Only the last question
    // is answered (PortalLookups drops the earlier ones).
    m_ui->domiciliationMessage->setText(tr("Looking up the bank on the portal…"));
    m_ui->domiciliationMessage->show();
    m_lookups.lookUpBank(compact);
}

void BankPage::showBank(const portal::BankInfo& bank)
{
    if (m_bankOf.isEmpty())
        return;
    m_ui->domiciliationMessage->hide();
    setDomiciliation(bank.domiciliation);
    if (m_ui->bicEdit->text().trimmed().isEmpty() && !bank.bic.isEmpty()) {
        m_ui->bicEdit->setText(bank.bic);
        m_bicCheck->reveal();
    } else if (!m_ui->bicEdit->text().trimmed().isEmpty()) {
        // The IBAN changed under a typed BIC: their countries are compared again.
        m_bicCheck->reveal();
    }
}

void BankPage::showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error)
{
    if (kind != services::PortalLookups::Kind::Bank || m_bankOf.isEmpty())
        return;
    m_ui->domiciliationMessage->setText(
        tr("The domiciliation could not be filled in: %1 The ASP reads it from the RIB.").arg(error.message()));
    m_ui->domiciliationMessage->show();
}

void BankPage::setDomiciliation(const QString& domiciliation)
{
    m_ui->domiciliationEdit->setText(domiciliation);
    editor().edit([&domiciliation](model::Dossier& d) { d.bank.domiciliation = domiciliation; });
}

void BankPage::retranslate()
{
    setTitle(tr("Step 3 of 5: bank details"));
    m_rib->setTitle(model::documentLabel(model::DocumentKind::Rib));
    showMissing();
}

} // namespace segurdesk::enrollment
