#include "core/model/DossierValidator.h"

#include "DossierFixtures.h"

#include <QDir>

#include <functional>
#include <gtest/gtest.h>

namespace {

using namespace segurdesk::model;
using segurdesk::Severity;
using segurdesk::model::fixtures::DocumentFiles;
using segurdesk::model::fixtures::kOtherSiret;

const DocumentFiles& files()
{
    static const DocumentFiles instance;
    return instance;
}

// "field code", with " (warning)" for a warning: what a row expects.
std::vector<std::string> describe(const FieldErrors& errors)
{
    std::vector<std::string> lines;
    for (const FieldError& error : errors) {
        lines.push_back((error.field + QLatin1Char(' ') + error.code).toStdString()
                        + (error.severity == Severity::Warning ? " (warning)" : ""));
    }
    return lines;
}

FieldErrors validate(const Dossier& dossier, const DossierRules& rules = DossierRules())
{
    return DossierValidator(rules).validate(dossier, AttachmentSet::fromDossier(dossier, QDir(files().dir())));
}

TEST(DossierValidator, CompleteDossiersPass)
{
    EXPECT_EQ(describe(validate(fixtures::validDossier())), std::vector<std::string> {});
    EXPECT_EQ(describe(validate(fixtures::validThirdPartyDossier())), std::vector<std::string> {});
}

struct Row
{
    const char* name;
    std::function<void(Dossier&)> change;
    std::vector<std::string> expected;
    bool thirdParty = false;
};

class OneRuleBroken : public ::testing::TestWithParam<Row>
{
};

TEST_P(OneRuleBroken, ReportsExactlyItsFieldError)
{
    Dossier dossier = GetParam().thirdParty ? fixtures::validThirdPartyDossier() : fixtures::validDossier();
    GetParam().change(dossier);
    const FieldErrors errors = validate(dossier);
    EXPECT_EQ(describe(errors), GetParam().expected);
    for (const FieldError& error : errors) {
        EXPECT_FALSE(error.message.isEmpty()) << error.field.toStdString();
        EXPECT_GT(error.step(), 0) << error.field.toStdString();
    }
}

const QString kOther = QString::fromLatin1(kOtherSiret);

INSTANTIATE_TEST_SUITE_P(
    Step1, OneRuleBroken,
    ::testing::Values(Row {"number_missing",
                           [](Dossier& d) { d.referencing.number = QStringLiteral("  "); },
                           {"referencing.number field.required"}},
                      Row {"number_too_long",
                           [](Dossier& d) { d.referencing.number = QString(65, QLatin1Char('7')); },
                           {"referencing.number field.too_long"}},
                      Row {"other_dsr",
                           [](Dossier& d) { d.referencing.dsr = QStringLiteral("Logiciel de radiologie"); },
                           {"referencing.dsr referencing.wrong_dsr"}},
                      Row {"dsr_case_and_spaces_ignored",
                           [](Dossier& d) { d.referencing.dsr = QStringLiteral(" mss opérateurs "); },
                           {}},
                      Row {"not_looked_up_yet",
                           [](Dossier& d) { d.referencing.developerSiret.clear(); },
                           {"referencing.developer_siret referencing.not_looked_up (warning)"}},
                      Row {"developer_siret_corrupt",
                           [](Dossier& d) { d.referencing.developerSiret = QStringLiteral("73282932000075"); },
                           {"referencing.developer_siret siret.checksum"}},
                      Row {"certificate_missing",
                           [](Dossier& d) { d.documents.remove(DocumentKind::ReferencingCertificate); },
                           {"documents.referencing_certificate document.required"}},
                      Row {"operator_contract_missing",
                           [](Dossier& d) { d.documents.remove(DocumentKind::OperatorContract); },
                           {"documents.operator_contract document.required"}}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Step2Company, OneRuleBroken,
    ::testing::Values(
        Row {"siret_missing", [](Dossier& d) { d.applicant.siret.clear(); }, {"applicant.siret field.required"}},
        Row {"siret_bad_key",
             [](Dossier& d) { d.applicant.siret = QStringLiteral("732 829 320 00075"); },
             {"applicant.siret siret.checksum"}},
        Row {"siret_letters",
             [](Dossier& d) { d.applicant.siret = QStringLiteral("73282932O00074"); },
             {"applicant.siret siret.characters"}},
        Row {"acheteur_without_purchase_order",
             [](Dossier& d) { d.referencing.developerSiret = kOther; },
             {"documents.purchase_order document.required"}},
        Row {"acheteur_with_purchase_order",
             [](Dossier& d) {
                 d.referencing.developerSiret = kOther;
                 d.documents.insert(DocumentKind::PurchaseOrder, DocumentFiles::Pdf);
             },
             {}},
        Row {"developer_with_purchase_order",
             [](Dossier& d) { d.documents.insert(DocumentKind::PurchaseOrder, DocumentFiles::Pdf); },
             {"documents.purchase_order document.not_needed (warning)"}},
        Row {"company_name_missing",
             [](Dossier& d) { d.applicant.companyName.clear(); },
             {"applicant.company_name field.required"}},
        Row {"company_name_edited_without_kbis",
             [](Dossier& d) { d.applicant.companyNameEdited = true; },
             {"documents.kbis document.required"}},
        Row {"company_name_edited_with_kbis",
             [](Dossier& d) {
                 d.applicant.companyNameEdited = true;
                 d.documents.insert(DocumentKind::Kbis, DocumentFiles::Png);
             },
             {}},
        Row {"kbis_not_needed",
             [](Dossier& d) { d.documents.insert(DocumentKind::Kbis, DocumentFiles::Pdf); },
             {"documents.kbis document.not_needed (warning)"}},
        Row {"trade_name_missing",
             [](Dossier& d) { d.applicant.tradeName.clear(); },
             {"applicant.trade_name field.required"}},
        Row {"trade_name_too_long",
             [](Dossier& d) { d.applicant.tradeName = QString(256, QLatin1Char('x')); },
             {"applicant.trade_name field.too_long"}},
        Row {"street_missing",
             [](Dossier& d) { d.applicant.address.street.clear(); },
             {"applicant.address.street field.required"}},
        Row {"postal_code_short",
             [](Dossier& d) { d.applicant.address.postalCode = QStringLiteral("7501"); },
             {"applicant.address.postal_code postal_code.format"}},
        Row {"postal_code_with_spaces_is_fine",
             [](Dossier& d) { d.applicant.address.postalCode = QStringLiteral(" 97400 "); },
             {}},
        Row {"city_missing",
             [](Dossier& d) { d.applicant.address.city.clear(); },
             {"applicant.address.city field.required"}},
        Row {"complement_too_long",
             [](Dossier& d) { d.applicant.address.complement = QString(39, QLatin1Char('a')); },
             {"applicant.address.complement address.line_too_long (warning)"}},
        Row {"legal_representative_unanswered",
             [](Dossier& d) { d.applicant.isLegalRepresentative.reset(); },
             {"applicant.is_legal_representative field.required"}}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Step2People, OneRuleBroken,
    ::testing::Values(
        Row {"last_name_missing",
             [](Dossier& d) { d.representative.lastName.clear(); },
             {"representative.last_name field.required"}},
        Row {"last_name_digits",
             [](Dossier& d) { d.representative.lastName = QStringLiteral("Lefèvre2"); },
             {"representative.last_name name.characters"}},
        Row {"first_name_missing",
             [](Dossier& d) { d.representative.firstName = QStringLiteral("\t"); },
             {"representative.first_name field.required"}},
        Row {"email_invalid",
             [](Dossier& d) {
                 d.representative.email = QStringLiteral("am.lefevre@exemple");
                 d.representative.emailConfirmation = d.representative.email;
             },
             {"representative.email email.domain"}},
        Row {"confirmation_differs",
             [](Dossier& d) { d.representative.emailConfirmation = QStringLiteral("am.lefevre@exemple.com"); },
             {"representative.email_confirmation email.mismatch"}},
        Row {"confirmation_domain_case_is_fine",
             [](Dossier& d) { d.representative.emailConfirmation = QStringLiteral("am.lefevre@EXEMPLE.fr"); },
             {}},
        Row {"confirmation_missing",
             [](Dossier& d) { d.representative.emailConfirmation.clear(); },
             {"representative.email_confirmation field.required"}},
        Row {"phone_invalid",
             [](Dossier& d) { d.representative.phone = QStringLiteral("01 23"); },
             {"representative.phone phone.invalid"}},
        Row {"phone_international_is_fine",
             [](Dossier& d) { d.representative.phone = QStringLiteral("+32 2 555 12 12"); },
             {}},
        Row {"id_type_missing",
             [](Dossier& d) { d.representative.idDocumentType.reset(); },
             {"representative.id_document_type field.required"}},
        Row {"id_document_missing",
             [](Dossier& d) { d.documents.remove(DocumentKind::RepresentativeId); },
             {"documents.representative_id_document document.required"}},
        Row {"depositor_given_by_legal_representative",
             [](Dossier& d) { d.depositor.lastName = QStringLiteral("Martin"); },
             {"depositor depositor.not_needed (warning)"}},
        Row {"role_given_by_legal_representative",
             [](Dossier& d) { d.thirdPartyRole = ThirdPartyRole::Employee; },
             {"third_party_role third_party_role.not_needed (warning)"}},
        Row {"mandate_given_by_legal_representative",
             [](Dossier& d) { d.documents.insert(DocumentKind::Mandate, DocumentFiles::Pdf); },
             {"documents.mandate document.not_needed (warning)"}}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(Step2ThirdParty, OneRuleBroken,
                         ::testing::Values(Row {"depositor_email_mismatch",
                                                [](Dossier& d) {
                                                    d.depositor.emailConfirmation
                                                        = QStringLiteral("awa@cabinet-compta.fr");
                                                },
                                                {"depositor.email_confirmation email.mismatch"},
                                                true},
                                           Row {"depositor_phone_missing",
                                                [](Dossier& d) { d.depositor.phone.clear(); },
                                                {"depositor.phone field.required"},
                                                true},
                                           Row {"depositor_id_document_missing",
                                                [](Dossier& d) { d.documents.remove(DocumentKind::DepositorId); },
                                                {"documents.depositor_id_document document.required"},
                                                true},
                                           Row {"role_missing",
                                                [](Dossier& d) {
                                                    d.thirdPartyRole.reset();
                                                    d.documents.remove(DocumentKind::ServiceContract);
                                                },
                                                {"third_party_role field.required"},
                                                true},
                                           Row {"accountant_without_service_contract",
                                                [](Dossier& d) { d.documents.remove(DocumentKind::ServiceContract); },
                                                {"documents.service_contract document.required"},
                                                true},
                                           Row {"employee_without_mandate",
                                                [](Dossier& d) { d.thirdPartyRole = ThirdPartyRole::Employee; },
                                                {"documents.service_contract document.not_needed (warning)",
                                                 "documents.mandate document.required"},
                                                true},
                                           Row {"employee_with_mandate",
                                                [](Dossier& d) {
                                                    d.thirdPartyRole = ThirdPartyRole::Employee;
                                                    d.documents.remove(DocumentKind::ServiceContract);
                                                    d.documents.insert(DocumentKind::Mandate, DocumentFiles::Pdf);
                                                },
                                                {},
                                                true}),
                         [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Steps3To5, OneRuleBroken,
    ::testing::Values(
        Row {"iban_missing", [](Dossier& d) { d.bank.iban.clear(); }, {"bank.iban field.required"}},
        Row {"iban_checksum",
             [](Dossier& d) { d.bank.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 188"); },
             {"bank.iban iban.checksum"}},
        Row {"iban_pasted_messy_is_fine",
             [](Dossier& d) { d.bank.iban = QStringLiteral("IBAN: fr76-3000-6000-0112-3456-7890-189"); },
             {}},
        Row {"bic_missing", [](Dossier& d) { d.bank.bic.clear(); }, {"bank.bic field.required"}},
        Row {"bic_wrong_length", [](Dossier& d) { d.bank.bic = QStringLiteral("AGRIFRP"); }, {"bank.bic bic.length"}},
        Row {"bic_other_country",
             [](Dossier& d) { d.bank.bic = QStringLiteral("DEUTDEFF"); },
             {"bank.bic bic.country_mismatch (warning)"}},
        Row {"holder_missing", [](Dossier& d) { d.bank.holder.clear(); }, {"bank.holder field.required"}},
        Row {"rib_missing",
             [](Dossier& d) { d.documents.remove(DocumentKind::Rib); },
             {"documents.rib document.required"}},
        Row {"vat_missing", [](Dossier& d) { d.vatRate.reset(); }, {"vat_rate field.required"}},
        Row {"vat_rate_not_of_the_call",
             [](Dossier& d) { d.vatRate = VatRate::fromHundredths(1960); },
             {"vat_rate vat_rate.not_accepted"}},
        Row {"exempt_without_certificate",
             [](Dossier& d) { d.vatRate = VatRate::notSubject(); },
             {"documents.vat_exemption_certificate document.required"}},
        Row {"exempt_with_certificate",
             [](Dossier& d) {
                 d.vatRate = VatRate::notSubject();
                 d.documents.insert(DocumentKind::VatExemptionCertificate, DocumentFiles::Pdf);
             },
             {}},
        Row {"certificate_while_subject",
             [](Dossier& d) { d.documents.insert(DocumentKind::VatExemptionCertificate, DocumentFiles::Pdf); },
             {"documents.vat_exemption_certificate document.not_needed (warning)"}},
        Row {"terms_unticked",
             [](Dossier& d) { d.declarations.termsOfUse = false; },
             {"declarations.terms_of_use declaration.required"}},
        Row {"penal_code_unticked",
             [](Dossier& d) { d.declarations.penalCode4417 = false; },
             {"declarations.penal_code_441_7 declaration.required"}},
        Row {"authenticity_unticked",
             [](Dossier& d) { d.declarations.informationAuthentic = false; },
             {"declarations.information_authentic declaration.required"}}),
    [](const auto& row) { return std::string(row.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Files, OneRuleBroken,
    ::testing::Values(
        Row {"text_named_pdf",
             [](Dossier& d) { d.documents[DocumentKind::Rib] = DocumentFiles::TextNamedPdf; },
             {"documents.rib file.type_not_allowed"}},
        Row {"truncated_pdf",
             [](Dossier& d) { d.documents[DocumentKind::OperatorContract] = DocumentFiles::TruncatedPdf; },
             {"documents.operator_contract file.pdf_corrupt"}},
        Row {"truncated_png",
             [](Dossier& d) { d.documents[DocumentKind::RepresentativeId] = DocumentFiles::TruncatedPng; },
             {"documents.representative_id_document file.image_corrupt"}},
        Row {"over_four_megabytes",
             [](Dossier& d) { d.documents[DocumentKind::ReferencingCertificate] = DocumentFiles::OversizePdf; },
             {"documents.referencing_certificate file.too_large"}},
        Row {"missing_file",
             [](Dossier& d) { d.documents[DocumentKind::Rib] = DocumentFiles::Missing; },
             {"documents.rib file.unreadable"}},
        Row {"folder_instead_of_file",
             [](Dossier& d) { d.documents[DocumentKind::Rib] = QStringLiteral("."); },
             {"documents.rib file.unreadable"}},
        Row {"unneeded_broken_file_is_not_inspected",
             [](Dossier& d) { d.documents.insert(DocumentKind::Kbis, DocumentFiles::TruncatedPdf); },
             {"documents.kbis document.not_needed (warning)"}}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(DossierValidator, FileMessagesSayWhichDocumentAndWhy)
{
    Dossier dossier = fixtures::validDossier();
    dossier.documents[DocumentKind::Rib] = DocumentFiles::TextNamedPdf;
    const FieldErrors errors = validate(dossier);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().message.contains(DocumentFiles::TextNamedPdf)) << errors.first().message.toStdString();
    EXPECT_TRUE(errors.first().message.contains(documentLabel(DocumentKind::Rib)));
}

TEST(DossierValidator, EmptyDossierReportsEveryStepAtOnce)
{
    const FieldErrors errors = validate(Dossier());
    const std::vector<std::string> expected {
        "referencing.number field.required",
        "documents.referencing_certificate document.required",
        "documents.operator_contract document.required",
        "applicant.siret field.required",
        "applicant.company_name field.required",
        "applicant.trade_name field.required",
        "applicant.address.street field.required",
        "applicant.address.postal_code field.required",
        "applicant.address.city field.required",
        "representative.last_name field.required",
        "representative.first_name field.required",
        "representative.email field.required",
        "representative.email_confirmation field.required",
        "representative.phone field.required",
        "representative.id_document_type field.required",
        "documents.representative_id_document document.required",
        "applicant.is_legal_representative field.required",
        "bank.iban field.required",
        "bank.bic field.required",
        "bank.holder field.required",
        "documents.rib document.required",
        "vat_rate field.required",
        "declarations.terms_of_use declaration.required",
        "declarations.penal_code_441_7 declaration.required",
        "declarations.information_authentic declaration.required",
    };
    EXPECT_EQ(describe(errors), expected);
    EXPECT_TRUE(hasBlockingError(errors));
    for (int step = 1; step <= 5; ++step)
        EXPECT_FALSE(errorsOfStep(errors, step).isEmpty()) << step;
}

TEST(DossierValidator, ManyMistakesAreAllReported)
{
    Dossier dossier = fixtures::validThirdPartyDossier();
    dossier.referencing.developerSiret = kOther; // acheteur, no purchase order
    dossier.applicant.companyNameEdited = true; // no Kbis
    dossier.representative.emailConfirmation = QStringLiteral("autre@exemple.fr");
    dossier.depositor = Person();
    dossier.thirdPartyRole = ThirdPartyRole::Employee; // service contract attached, mandate missing
    dossier.bank.iban = QStringLiteral("FR00 1234");
    dossier.vatRate = VatRate::notSubject();
    dossier.declarations.penalCode4417 = false;
    dossier.documents[DocumentKind::Rib] = DocumentFiles::Missing;

    const std::vector<std::string> expected {
        "documents.purchase_order document.required",
        "documents.kbis document.required",
        "representative.email_confirmation email.mismatch",
        "depositor.last_name field.required",
        "depositor.first_name field.required",
        "depositor.email field.required",
        "depositor.email_confirmation field.required",
        "depositor.phone field.required",
        "depositor.id_document_type field.required",
        "documents.service_contract document.not_needed (warning)",
        "documents.mandate document.required",
        "bank.iban iban.length",
        "documents.rib file.unreadable",
        "documents.vat_exemption_certificate document.required",
        "declarations.penal_code_441_7 declaration.required",
    };
    EXPECT_EQ(describe(validate(dossier)), expected);
}

TEST(DossierValidator, WarningsDoNotBlock)
{
    Dossier dossier = fixtures::validDossier();
    dossier.bank.bic = QStringLiteral("DEUTDEFF");
    dossier.documents.insert(DocumentKind::Kbis, DocumentFiles::Pdf);
    const FieldErrors errors = validate(dossier);
    EXPECT_EQ(errors.size(), 2);
    EXPECT_FALSE(hasBlockingError(errors));
}

TEST(DossierValidator, UsesThePortalsLimitAndRates)
{
    DossierRules rules;
    rules.maxUploadBytes = 100; // every fixture file is bigger
    rules.vatRates = {VatRate::fromHundredths(550)};
    const FieldErrors errors = validate(fixtures::validDossier(), rules);
    EXPECT_EQ(describe(errors),
              (std::vector<std::string> {
                  "documents.referencing_certificate file.too_large",
                  "documents.operator_contract file.too_large",
                  "documents.representative_id_document file.too_large",
                  "documents.rib file.too_large",
                  "vat_rate vat_rate.not_accepted",
              }));
}

TEST(DossierValidator, TrustsInspectionsMadeElsewhereButAppliesItsOwnLimit)
{
    const Dossier dossier = fixtures::validDossier();
    AttachmentSet attachments = AttachmentSet::fromDossier(dossier, QDir(files().dir()));
    segurdesk::files::FileInspection refused;
    refused.verdict = segurdesk::files::FileVerdict::PdfEncrypted;
    refused.message = QStringLiteral("needs a password");
    attachments.insert(DocumentKind::OperatorContract,
                       Attachment {QStringLiteral("part operator_contract"), {}, refused});
    segurdesk::files::FileInspection big;
    big.verdict = segurdesk::files::FileVerdict::Accepted;
    big.size = DossierRules::DefaultMaxUploadBytes + 1;
    attachments.insert(DocumentKind::Rib, Attachment {QStringLiteral("part rib"), {}, big});

    const FieldErrors errors = DossierValidator().validate(dossier, attachments);
    EXPECT_EQ(
        describe(errors),
        (std::vector<std::string> {"documents.operator_contract file.pdf_encrypted", "documents.rib file.too_large"}));
    EXPECT_TRUE(errors.first().message.contains(QLatin1String("needs a password")));
}

TEST(DossierValidator, RequiredDocumentsFollowTheAnswers)
{
    EXPECT_EQ(DossierValidator::requiredDocuments(fixtures::validDossier()),
              (QList<DocumentKind> {DocumentKind::ReferencingCertificate, DocumentKind::OperatorContract,
                                    DocumentKind::RepresentativeId, DocumentKind::Rib}));
    Dossier dossier = fixtures::validThirdPartyDossier();
    dossier.referencing.developerSiret = kOther;
    dossier.applicant.companyNameEdited = true;
    dossier.thirdPartyRole = ThirdPartyRole::Employee;
    dossier.vatRate = VatRate::notSubject();
    const QList<DocumentKind> everythingButTheServiceContract {DocumentKind::ReferencingCertificate,
                                                               DocumentKind::OperatorContract,
                                                               DocumentKind::PurchaseOrder,
                                                               DocumentKind::Kbis,
                                                               DocumentKind::RepresentativeId,
                                                               DocumentKind::DepositorId,
                                                               DocumentKind::Mandate,
                                                               DocumentKind::Rib,
                                                               DocumentKind::VatExemptionCertificate};
    EXPECT_EQ(DossierValidator::requiredDocuments(dossier), everythingButTheServiceContract);
    EXPECT_EQ(DossierValidator::isBuyer(dossier), true);
    dossier.referencing.developerSiret.clear();
    EXPECT_FALSE(DossierValidator::isBuyer(dossier).has_value());
}

} // namespace
