#include "app/enrollment/ApplicantPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/PersonForm.h"
#include "app/enrollment/TemplateDownloads.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FieldCheck.h"
#include "core/model/DossierValidator.h"
#include "core/validation/Siret.h"
#include "ui_ApplicantPage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPixmap>
#include <QRegularExpression>

namespace segurdesk::enrollment {

namespace {

enum LegalChoice { NotLegalRepresentative, LegalRepresentative };

QString compactSiret(const QString& text)
{
    return validation::validateSiret(text).normalized;
}

} // namespace

ApplicantPage::ApplicantPage(DossierEditor& editor, services::PortalLookups& lookups, QWidget* parent)
    : EnrollmentPage(editor, Step, parent)
    , m_ui(std::make_unique<Ui::ApplicantPage>())
    , m_lookups(lookups)
    , m_legal(new QButtonGroup(this))
    , m_role(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    m_legal->addButton(m_ui->legalYes, LegalRepresentative);
    m_legal->addButton(m_ui->legalNo, NotLegalRepresentative);
    m_role->addButton(m_ui->roleAccountant, int(model::ThirdPartyRole::Accountant));
    m_role->addButton(m_ui->roleEmployee, int(model::ThirdPartyRole::Employee));
    m_ui->legalGroup->setFocusProxy(m_ui->legalYes);
    m_ui->roleGroup->setFocusProxy(m_ui->roleAccountant);

    // Made after the form, in the order of the page, so that the tab order follows it.
    const auto document = [this](QBoxLayout* layout, const char* name, model::DocumentKind kind) {
        auto* field = new widgets::DocumentField(QString(), this);
        field->setObjectName(QString::fromLatin1(name));
        layout->addWidget(field);
        m_documents.append({field, kind});
        return field;
    };
    auto* purchaseOrder = document(m_ui->companyLayout, "purchaseOrderField", model::DocumentKind::PurchaseOrder);
    auto* kbis = document(m_ui->companyLayout, "kbisField", model::DocumentKind::Kbis);
    // NOLINTNEXTLINE(cppcoreguidelines-prefer-member-initializer): made after the form, for the tab order.
    m_representative = new PersonForm(editor, &model::Dossier::representative, this);
    m_representative->setObjectName(QStringLiteral("representativeForm"));
    m_ui->representativeLayout->addWidget(m_representative);
    // NOLINTNEXTLINE(cppcoreguidelines-prefer-member-initializer): as the representative's.
    m_depositor = new PersonForm(editor, &model::Dossier::depositor, this);
    m_depositor->setObjectName(QStringLiteral("depositorForm"));
    m_ui->depositorLayout->insertWidget(0, m_depositor);
    auto* serviceContract
        = document(m_ui->depositorLayout, "serviceContractField", model::DocumentKind::ServiceContract);
    auto* mandate = document(m_ui->depositorLayout, "mandateField", model::DocumentKind::Mandate);
    m_documents.append({m_representative->identityDocument(), model::DocumentKind::RepresentativeId});
    m_documents.append({m_depositor->identityDocument(), model::DocumentKind::DepositorId});
    m_ui->contentLayout->addStretch(1);
    placeMissingList(m_ui->pageLayout);

    // NOLINTNEXTLINE(cppcoreguidelines-prefer-member-initializer): its labels come from the form.
    m_templates = new TemplateDownloads(m_ui->templatesLabel, m_ui->templateMessage, lookups);
    m_siretCheck = new widgets::FieldCheck(m_ui->siretEdit, m_ui->siretMessage, validation::validateSiret, this);
    m_siretCheck->setAllowedInput(QRegularExpression(QStringLiteral(R"([0-9\s]*)")));
    connect(m_ui->siretEdit, &QLineEdit::textChanged, this, &ApplicantPage::siretChanged);
    connect(m_ui->companyNameEdit, &QLineEdit::textChanged, this, &ApplicantPage::companyNameChanged);
    bindText(m_ui->tradeNameEdit, [](model::Dossier& d) -> QString& { return d.applicant.tradeName; });
    bindText(m_ui->streetEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.street; });
    bindText(m_ui->postalCodeEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.postalCode; });
    bindText(m_ui->cityEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.city; });
    bindText(m_ui->recipientEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.recipient; });
    bindText(m_ui->buildingEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.building; });
    bindText(m_ui->extensionEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.extension; });
    bindText(m_ui->complementEdit, [](model::Dossier& d) -> QString& { return d.applicant.address.complement; });
    connect(m_ui->captchaEdit, &QLineEdit::textChanged, this, &ApplicantPage::showState);
    connect(m_ui->captchaEdit, &QLineEdit::returnPressed, this, &ApplicantPage::searchCompany);
    connect(m_ui->captchaRefreshButton, &QPushButton::clicked, this, &ApplicantPage::requestCaptcha);
    connect(m_ui->companySearchButton, &QPushButton::clicked, this, &ApplicantPage::searchCompany);
    connect(m_legal, &QButtonGroup::idClicked, this, [this](int choice) {
        this->editor().edit(
            [choice](model::Dossier& d) { d.applicant.isLegalRepresentative = choice == LegalRepresentative; });
    });
    connect(m_role, &QButtonGroup::idClicked, this, [this](int role) {
        this->editor().edit([role](model::Dossier& d) { d.thirdPartyRole = model::ThirdPartyRole(role); });
    });
    connect(&m_lookups, &services::PortalLookups::captchaReady, this, &ApplicantPage::showCaptcha);
    connect(&m_lookups, &services::PortalLookups::companyFound, this, &ApplicantPage::showCompany);
    connect(&m_lookups, &services::PortalLookups::failed, this, &ApplicantPage::showLookupFailure);
    connect(&editor, &DossierEditor::changed, this, &ApplicantPage::showState);

    addTarget(QStringLiteral("applicant.siret"), m_ui->siretLabel);
    addTarget(QStringLiteral("applicant.company_name"), m_ui->companyNameLabel);
    addTarget(QStringLiteral("applicant.trade_name"), m_ui->tradeNameLabel);
    addTarget(QStringLiteral("applicant.address.street"), m_ui->streetLabel);
    addTarget(QStringLiteral("applicant.address.postal_code"), m_ui->postalCodeLabel);
    addTarget(QStringLiteral("applicant.address.city"), m_ui->cityLabel);
    addTarget(QStringLiteral("applicant.is_legal_representative"), m_ui->legalGroup,
              [this] { return m_ui->legalGroup->title(); });
    addPersonTargets(m_representative, QStringLiteral("representative"), [] { return tr("legal representative"); });
    addPersonTargets(m_depositor, QStringLiteral("depositor"), [] { return tr("depositor"); });
    addTarget(QStringLiteral("third_party_role"), m_ui->roleGroup, [this] { return m_ui->roleGroup->title(); });

    const auto dossier = [this]() -> const model::Dossier& {
        return this->editor().dossier();
    };
    const auto filer = [dossier](model::ThirdPartyRole role) {
        return dossier().isThirdPartyFiling() && dossier().thirdPartyRole == role;
    };
    bindDocument(purchaseOrder, model::DocumentKind::PurchaseOrder,
                 [dossier] { return model::DossierValidator::isBuyer(dossier()) == true; });
    bindDocument(kbis, model::DocumentKind::Kbis, [dossier] { return dossier().applicant.companyNameEdited; });
    bindDocument(m_representative->identityDocument(), model::DocumentKind::RepresentativeId);
    bindDocument(m_depositor->identityDocument(), model::DocumentKind::DepositorId,
                 [dossier] { return dossier().isThirdPartyFiling(); });
    bindDocument(serviceContract, model::DocumentKind::ServiceContract,
                 [filer] { return filer(model::ThirdPartyRole::Accountant); });
    bindDocument(mandate, model::DocumentKind::Mandate, [filer] { return filer(model::ThirdPartyRole::Employee); });
    retranslate();
    showCompanyMessage(QString());
}

ApplicantPage::~ApplicantPage() = default;

void ApplicantPage::initializePage()
{
    EnrollmentPage::initializePage();
    model::Dossier dossier = editor().dossier();
    const model::Applicant& applicant = dossier.applicant;
    // The name in a dossier left unedited is the portal's, for the SIRET beside it.
    m_foundName = applicant.companyNameEdited ? QString() : applicant.companyName;
    m_foundFor = m_foundName.isEmpty() ? QString() : compactSiret(applicant.siret);
    m_ui->siretEdit->setText(applicant.siret);
    m_ui->companyNameEdit->setText(applicant.companyName);
    for (const auto& [edit, text] : std::as_const(m_texts))
        edit->setText(text(dossier));
    m_representative->load();
    m_depositor->load();
    if (applicant.isLegalRepresentative)
        m_legal->button(*applicant.isLegalRepresentative ? LegalRepresentative : NotLegalRepresentative)
            ->setChecked(true);
    if (dossier.thirdPartyRole)
        m_role->button(int(*dossier.thirdPartyRole))->setChecked(true);
    if (m_captchaId.isEmpty() && !m_lookups.isBusy(services::PortalLookups::Kind::Captcha))
        requestCaptcha();
    showState();
}

void ApplicantPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EnrollmentPage::changeEvent(event);
}

void ApplicantPage::bindText(QLineEdit* edit, TextOf text)
{
    connect(edit, &QLineEdit::textChanged, this, [this, text](const QString& value) {
        editor().edit([&text, &value](model::Dossier& d) { text(d) = value; });
    });
    m_texts.append({edit, std::move(text)});
}

void ApplicantPage::addPersonTargets(PersonForm* form, const QString& prefix, const std::function<QString()>& whose)
{
    for (const auto& [field, label] : form->fieldLabels()) {
        // Both people have a "Nom": the list says whose.
        const QLabel* named = label;
        addTarget(prefix + QLatin1Char('.') + field, label->buddy(),
                  [named, whose] { return tr("%1 (%2)", "a field and whose it is").arg(labelName(named), whose()); });
    }
}

void ApplicantPage::siretChanged()
{
    const QString text = m_ui->siretEdit->text();
    const QString siret = compactSiret(text);
    editor().edit([&text](model::Dossier& d) { d.applicant.siret = text; });
    if (!m_companyAsked.isEmpty() && siret != m_companyAsked) {
        m_companyAsked.clear(); // an answer about another SIRET is dropped
        showCompanyMessage(QString());
    }
    if (!m_foundFor.isEmpty() && siret != m_foundFor) {
        // The name and address found belong to the SIRET they were found for; a name the user
        // typed stays, and stays to be proved by a Kbis.
        m_foundFor.clear();
        m_foundName.clear();
        if (!editor().dossier().applicant.companyNameEdited) {
            m_ui->companyNameEdit->clear();
            m_ui->streetEdit->clear();
            m_ui->postalCodeEdit->clear();
            m_ui->cityEdit->clear();
        }
    }
    showState();
}

void ApplicantPage::companyNameChanged()
{
    const QString name = m_ui->companyNameEdit->text().trimmed();
    // A name the portal did not give (or none was asked for) needs a Kbis to prove it.
    const bool edited = !name.isEmpty() && name != m_foundName.trimmed();
    editor().edit([name = m_ui->companyNameEdit->text(), edited](model::Dossier& d) {
        d.applicant.companyName = name;
        d.applicant.companyNameEdited = edited;
    });
    m_ui->companyNameMessage->setVisible(edited);
}

void ApplicantPage::requestCaptcha()
{
    m_captchaId.clear();
    m_ui->captchaEdit->clear();
    m_ui->captchaImage->setPixmap(QPixmap());
    m_ui->captchaImage->setText(tr("Loading…"));
    m_lookups.requestCaptcha();
    showState();
}

void ApplicantPage::showCaptcha(const portal::CaptchaChallenge& captcha)
{
    QPixmap image;
    image.loadFromData(captcha.png, "PNG");
    m_captchaId = captcha.id;
    m_ui->captchaImage->setPixmap(image);
    showState();
}

void ApplicantPage::searchCompany()
{
    const QString siret = compactSiret(m_ui->siretEdit->text());
    const QString answer = m_ui->captchaEdit->text().trimmed();
    if (siret.isEmpty() || m_captchaId.isEmpty() || answer.isEmpty() || !m_companyAsked.isEmpty())
        return;
    m_companyAsked = siret;
    m_lookups.lookUpCompany(siret, m_captchaId, answer);
    showCompanyMessage(tr("Looking up the company on the portal…"));
    // The code is used up by this lookup, whatever its answer.
    requestCaptcha();
}

void ApplicantPage::showCompany(const portal::CompanyInfo& company)
{
    if (m_companyAsked.isEmpty())
        return;
    m_foundFor = std::exchange(m_companyAsked, QString());
    m_foundName = company.companyName;
    m_ui->companyNameEdit->setText(company.companyName);
    m_ui->streetEdit->setText(company.address.street);
    m_ui->postalCodeEdit->setText(company.address.postalCode);
    m_ui->cityEdit->setText(company.address.city);
    showCompanyMessage(QString());
    showState();
}

void ApplicantPage::showLookupFailure(services::PortalLookups::Kind kind, const portal::PortalError& error)
{
    if (kind == services::PortalLookups::Kind::Captcha) {
        m_ui->captchaImage->setText(tr("No image"));
        showCompanyMessage(
            tr("The security code could not be loaded: %1 Click \"New image\" to get another.").arg(error.message()));
        return showState();
    }
    if (kind != services::PortalLookups::Kind::Company || m_companyAsked.isEmpty())
        return;
    m_companyAsked.clear();
    const bool wrongCode = std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                                       [](const model::FieldError& e) { return e.field.startsWith(u"captcha"); });
    if (wrongCode)
        showCompanyMessage(tr("The security code did not match its image. Type the code of the new image, then look "
                              "the company up again."));
    else if (error.code == portal::PortalErrorCode::NotFound)
        showCompanyMessage(tr("No establishment is registered under this SIRET. Check it on your Kbis extract."));
    else
        showCompanyMessage(tr("The company could not be looked up: %1 You may type its name and address yourself; a "
                              "Kbis extract will then be asked for.")
                               .arg(error.message()));
    showState();
}

void ApplicantPage::showCompanyMessage(const QString& message)
{
    m_ui->companyMessage->setText(message);
    m_ui->companyMessage->setVisible(!message.isEmpty());
}

void ApplicantPage::showState()
{
    const bool asking = !m_companyAsked.isEmpty();
    m_ui->companyBusy->setVisible(asking);
    m_ui->companySearchButton->setEnabled(!asking && !m_captchaId.isEmpty() && m_siretCheck->isValid()
                                          && !m_ui->captchaEdit->text().trimmed().isEmpty());
    m_ui->captchaRefreshButton->setEnabled(!m_lookups.isBusy(services::PortalLookups::Kind::Captcha));
    m_ui->depositorGroup->setVisible(editor().dossier().isThirdPartyFiling());
}

void ApplicantPage::retranslate()
{
    setTitle(tr("Step 2 of 5: applicant"));
    m_templates->retranslate();
    m_ui->captchaImage->setAccessibleName(tr("Security code image"));
    m_ui->companyBusy->setAccessibleName(tr("Looking up the company"));
    m_ui->companyNameMessage->setText(tr("A Kbis extract that shows this name is asked for below."));
    for (const auto& [field, kind] : std::as_const(m_documents))
        field->setTitle(model::documentLabel(kind));
    showMissing();
}

} // namespace segurdesk::enrollment
