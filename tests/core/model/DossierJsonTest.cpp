#include "core/model/DossierJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace {

using namespace segurdesk::model;

Dossier sampleDossier()
{
    Dossier d;
    d.referencing = {QStringLiteral("MSS-2022-0042"), QStringLiteral("MSS Opérateurs"), QStringLiteral("Messagerie X"),
                     QStringLiteral("73282932000074"), QStringLiteral("Éditeur X")};
    d.applicant.siret = QStringLiteral("732 829 320 00074");
    d.applicant.companyName = QStringLiteral("Société Exemple");
    d.applicant.companyNameEdited = true;
    d.applicant.tradeName = QStringLiteral("Exemple Santé");
    d.applicant.address = {QStringLiteral("9 rue du Colonel Pierre Avia"),
                           QStringLiteral("75015"),
                           QStringLiteral("Paris"),
                           QStringLiteral("Service comptable"),
                           QString(),
                           QStringLiteral("bis"),
                           QString()};
    d.applicant.isLegalRepresentative = false;
    d.representative = {QStringLiteral("Dupont"),
                        QStringLiteral("Émilie"),
                        QStringLiteral("e.dupont@example.fr"),
                        QStringLiteral("e.dupont@example.fr"),
                        QStringLiteral("06 12 34 56 78"),
                        IdentityDocumentType::Passport};
    d.depositor = {QStringLiteral("N'Diaye"),           QStringLiteral("Awa"),
                   QStringLiteral("awa@cabinet.fr"),    QStringLiteral("awa@cabinet.fr"),
                   QStringLiteral("+33 1 23 45 67 89"), IdentityDocumentType::ResidencePermit};
    d.thirdPartyRole = ThirdPartyRole::Accountant;
    d.bank = {QStringLiteral("FR76 3000 6000 0112 3456 7890 189"), QStringLiteral("AGRIFRPP"),
              QStringLiteral("Société Exemple"), QStringLiteral("Crédit Agricole")};
    d.vatRate = VatRate::fromHundredths(850);
    d.declarations = {true, true, false};
    d.documents.insert(DocumentKind::Rib, QStringLiteral("pieces/rib.pdf"));
    d.documents.insert(DocumentKind::Kbis, QStringLiteral("/abs/kbis.png"));
    return d;
}

TEST(DossierJson, FileRoundTripKeepsEverything)
{
    const Dossier original = sampleDossier();
    const auto parsed = DossierJson::parse(DossierJson::toBytes(original));
    EXPECT_TRUE(parsed.errors.isEmpty()) << parsed.errors.first().field.toStdString();
    EXPECT_EQ(parsed.dossier, original);
}

TEST(DossierJson, PortalInputLeavesOutWhatThePortalDecides)
{
    const QJsonObject json = DossierJson::toJson(sampleDossier(), DossierJson::Mode::PortalInput);
    EXPECT_FALSE(json.contains(QLatin1String("documents")));
    EXPECT_FALSE(json.contains(QLatin1String("format_version")));
    EXPECT_EQ(json.value(QLatin1String("referencing")).toObject().keys(), QStringList {QStringLiteral("number")});
    EXPECT_FALSE(json.value(QLatin1String("bank")).toObject().contains(QLatin1String("domiciliation")));
    EXPECT_FALSE(json.value(QLatin1String("applicant")).toObject().contains(QLatin1String("company_name_edited")));
    EXPECT_EQ(json.value(QLatin1String("vat_rate")).toString(), QStringLiteral("8.5"));

    // What a client must not set is ignored, the captcha is left to the server.
    QJsonObject sent = json;
    sent.insert(QStringLiteral("captcha"), QJsonObject {{QStringLiteral("id"), QStringLiteral("c1")}});
    sent.insert(QStringLiteral("status"), QStringLiteral("validated"));
    QJsonObject referencing = sent.value(QLatin1String("referencing")).toObject();
    referencing.insert(QStringLiteral("developer_siret"), QStringLiteral("00000000000000"));
    sent.insert(QStringLiteral("referencing"), referencing);
    const auto parsed = DossierJson::fromJson(sent, DossierJson::Mode::PortalInput);
    EXPECT_TRUE(parsed.errors.isEmpty());
    EXPECT_TRUE(parsed.dossier.referencing.developerSiret.isEmpty());
    EXPECT_TRUE(parsed.dossier.documents.isEmpty());
    EXPECT_EQ(parsed.dossier.representative, sampleDossier().representative);
}

struct BadRow
{
    const char* name;
    const char* json;
    // Every expected error as "field code", in order.
    std::vector<const char*> expected;
};

class DossierJsonBad : public testing::TestWithParam<BadRow>
{
};

TEST_P(DossierJsonBad, ReportsEachProblemAtItsField)
{
    const auto parsed = DossierJson::parse(QByteArray(GetParam().json));
    std::vector<std::string> actual;
    for (const FieldError& error : parsed.errors) {
        actual.push_back((error.field + QLatin1Char(' ') + error.code).toStdString());
        EXPECT_FALSE(error.message.isEmpty()) << actual.back();
        EXPECT_EQ(error.severity, segurdesk::Severity::Error);
    }
    EXPECT_EQ(actual, std::vector<std::string>(GetParam().expected.begin(), GetParam().expected.end()));
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, DossierJsonBad,
    testing::Values(
        BadRow {"empty_bytes", "", {" json.syntax"}}, BadRow {"garbage", "\x89PNG\r\n\x1a\n\x00\x01", {" json.syntax"}},
        BadRow {"truncated", R"({"referencing": {"number": "MSS)", {" json.syntax"}},
        BadRow {"invalid_utf8", "{\"applicant\": {\"trade_name\": \"\xC3\x28\"}}", {" json.syntax"}},
        BadRow {"array_root", "[1, 2]", {" json.not_object"}},
        BadRow {"object_inside_array", "[{}]", {" json.not_object"}},
        BadRow {"empty_object_is_fine_for_the_parser", "{}", {}},
        BadRow {"nulls_read_as_absent", R"({"referencing": null, "vat_rate": null, "applicant": {"siret": null}})", {}},
        BadRow {"siret_as_number", R"({"applicant": {"siret": 73282932000074}})", {"applicant.siret field.type"}},
        BadRow {"section_as_string", R"({"bank": "FR76..."})", {"bank field.type"}},
        BadRow {"section_as_array", R"({"representative": []})", {"representative field.type"}},
        BadRow {"boolean_as_string",
                R"({"applicant": {"is_legal_representative": "oui"}})",
                {"applicant.is_legal_representative field.type"}},
        BadRow {"declaration_as_number",
                R"({"declarations": {"terms_of_use": 1}})",
                {"declarations.terms_of_use field.type"}},
        BadRow {"unknown_top_level",
                R"({"captcha": {"id": "x"}, "tradename": "X"})",
                {"captcha field.unknown", "tradename field.unknown"}},
        BadRow {"unknown_nested",
                R"({"applicant": {"address": {"zip": "75015"}}, "bank": {"IBAN": "x"}})",
                {"applicant.address.zip field.unknown", "bank.IBAN field.unknown"}},
        BadRow {"bad_choices",
                R"({"vat_rate": "20 %", "third_party_role": "boss", "depositor": {"id_document_type": "cni"}})",
                {"depositor.id_document_type field.invalid_choice", "third_party_role field.invalid_choice",
                 "vat_rate field.invalid_choice"}},
        BadRow {"vat_rate_as_number", R"({"vat_rate": 20})", {"vat_rate field.type"}},
        BadRow {"unknown_document",
                R"({"documents": {"rib": "rib.pdf", "passport": "p.pdf"}})",
                {"documents.passport document.unknown"}},
        BadRow {"document_path_not_text",
                R"({"documents": {"rib": ["rib.pdf"], "kbis": {}}})",
                {"documents.kbis field.type", "documents.rib field.type"}},
        BadRow {"documents_as_array", R"({"documents": ["rib.pdf"]})", {"documents field.type"}},
        BadRow {"future_format", R"({"format_version": 2})", {"format_version json.format_version"}},
        BadRow {"format_not_integer", R"({"format_version": "1"})", {"format_version field.type"}},
        BadRow {"many_problems_at_once",
                R"({"referencing": {"number": 42}, "applicant": {"siret": true, "extra": 1},
                   "representative": {"email": ["a@b.fr"]}, "vat_rate": "twenty", "bank": {"iban": {}}})",
                {"referencing.number field.type", "applicant.siret field.type", "applicant.extra field.unknown",
                 "representative.email field.type", "bank.iban field.type", "vat_rate field.invalid_choice"}}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(DossierJson, OversizeInputIsRefusedBeforeParsing)
{
    const auto parsed = DossierJson::parse(QByteArray(DossierJson::MaxBytes + 1, ' '));
    ASSERT_EQ(parsed.errors.size(), 1);
    EXPECT_EQ(parsed.errors.first().code, QStringLiteral("json.too_large"));
}

TEST(DossierJson, RandomBytesAndMutationsNeverCrash)
{
    QRandomGenerator random(20230630);
    const QByteArray valid = DossierJson::toBytes(sampleDossier());
    for (int i = 0; i < 2000; ++i) {
        QByteArray input = valid;
        const int flips = 1 + random.bounded(8);
        for (int f = 0; f < flips; ++f)
            input[random.bounded(input.size())] = static_cast<char>(random.bounded(256));
        if (i % 4 == 0)
            input.truncate(random.bounded(input.size()));
        const auto parsed = DossierJson::parse(input);
        for (const FieldError& error : parsed.errors)
            EXPECT_FALSE(error.message.isEmpty());
    }
}

} // namespace
