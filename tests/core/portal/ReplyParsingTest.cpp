#include "core/portal/AdvanceRequestRecord.h"
#include "core/portal/BankInfo.h"
#include "core/portal/CaptchaChallenge.h"
#include "core/portal/CompanyInfo.h"
#include "core/portal/EnrollmentDetail.h"
#include "core/portal/EnrollmentReceipt.h"
#include "core/portal/MailMessage.h"
#include "core/portal/Page.h"
#include "core/portal/Parsed.h"
#include "core/portal/PaymentRecord.h"
#include "core/portal/PortalConfig.h"
#include "core/portal/ReferencingInfo.h"
#include "core/portal/Session.h"
#include "tests/core/portal/ReplyFixtures.h"
#include "tests/core/portal/RowName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <functional>
#include <gtest/gtest.h>

using namespace segurdesk;
using namespace segurdesk::portal;
using namespace segurdesk::portal::test;

namespace {

using Parser = std::function<QString(const QByteArray&)>;

template<class T> Parser parserOf()
{
    return [](const QByteArray& body) {
        const Parsed<T> parsed = parseReply<T>(body);
        // A result and an error never come together.
        EXPECT_NE(parsed.value.has_value(), !parsed.error.isEmpty());
        return parsed.error;
    };
}

QJsonValue replaceAt(const QJsonValue& node, QStringList path, const std::optional<QJsonValue>& replacement)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        if (path.isEmpty())
            array.replace(index, replacement.value_or(QJsonValue()));
        else
            array.replace(index, replaceAt(array.at(index), path, replacement));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (replacement)
            object.insert(head, *replacement);
        else
            object.remove(head);
    } else {
        object.insert(head, replaceAt(object.value(head), path, replacement));
    }
    return object;
}

// `path` is dotted, array indexes as numbers ("status_history.1.at"); nullopt removes the member.
QByteArray mutated(const QByteArray& json, const QString& path, const std::optional<QJsonValue>& replacement)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(replaceAt(root, path.split(QLatin1Char('.')), replacement).toObject()).toJson();
}

struct Mutation
{
    const char* name;
    Parser parse;
    QByteArray fixture;
    const char* path;
    std::optional<QJsonValue> replacement;
    // Empty: the reply still parses; otherwise the start of the error (the member's path).
    const char* errorStartsWith;
};

class ReplyMutationTest : public ::testing::TestWithParam<Mutation>
{
};

TEST_P(ReplyMutationTest, FailsExactlyOnContractViolations)
{
    const Mutation& row = GetParam();
    const QString error = row.parse(mutated(row.fixture, QString::fromUtf8(row.path), row.replacement));
    if (QByteArray(row.errorStartsWith).isEmpty())
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    else
        EXPECT_TRUE(error.startsWith(QString::fromUtf8(row.errorStartsWith))) << error.toStdString();
}

const std::optional<QJsonValue> kRemoved = std::nullopt;
const QJsonValue kNull = QJsonValue::Null;
const QJsonValue kNumber = 42;
const QJsonValue kText = QStringLiteral("text");
const QJsonValue kObject = QJsonObject {};

INSTANTIATE_TEST_SUITE_P(
    Rows, ReplyMutationTest,
    ::testing::Values(
        Mutation {"config_ok", parserOf<PortalConfig>(), kConfigJson, "added_later", kNumber, ""},
        Mutation {"config_no_call", parserOf<PortalConfig>(), kConfigJson, "call", kRemoved,
                  "call: expected an object"},
        Mutation {"config_call_open_as_string", parserOf<PortalConfig>(), kConfigJson, "call.open", kText,
                  "call.open: expected a boolean"},
        Mutation {"config_closes_at_not_a_date", parserOf<PortalConfig>(), kConfigJson, "call.closes_at",
                  QJsonValue(QStringLiteral("30/06/2023")), "call.closes_at"},
        Mutation {"config_closes_at_without_zone", parserOf<PortalConfig>(), kConfigJson, "call.closes_at",
                  QJsonValue(QStringLiteral("2023-06-30T21:59:59")), "call.closes_at"},
        Mutation {"config_reference_date_optional", parserOf<PortalConfig>(), kConfigJson, "call.counts_reference_date",
                  kRemoved, ""},
        Mutation {"config_reference_date_impossible", parserOf<PortalConfig>(), kConfigJson,
                  "call.counts_reference_date", QJsonValue(QStringLiteral("2023-02-30")), "call.counts_reference_date"},
        Mutation {"config_max_bytes_fraction", parserOf<PortalConfig>(), kConfigJson, "upload.max_bytes",
                  QJsonValue(4.5), "upload.max_bytes"},
        Mutation {"config_max_bytes_negative", parserOf<PortalConfig>(), kConfigJson, "upload.max_bytes",
                  QJsonValue(-1), "upload.max_bytes"},
        Mutation {"config_max_bytes_huge", parserOf<PortalConfig>(), kConfigJson, "upload.max_bytes", QJsonValue(1e300),
                  "upload.max_bytes"},
        Mutation {"config_accepted_type_number", parserOf<PortalConfig>(), kConfigJson, "upload.accepted_types.1",
                  kNumber, "upload.accepted_types[1]: expected a string"},
        Mutation {"config_unknown_vat_rate", parserOf<PortalConfig>(), kConfigJson, "vat_rates.1.code",
                  QJsonValue(QStringLiteral("seven")), "vat_rates[1].code: expected a known value"},
        Mutation {"config_vat_rate_item_not_object", parserOf<PortalConfig>(), kConfigJson, "vat_rates.0", kText,
                  "vat_rates[0]: expected an object"},
        Mutation {"config_funding_rule_bad_amount", parserOf<PortalConfig>(), kConfigJson, "funding_rule.cap",
                  QJsonValue(QStringLiteral("lots")), "funding_rule"},
        Mutation {"config_auth_optional", parserOf<PortalConfig>(), kConfigJson, "auth", kRemoved, ""},
        Mutation {"config_auth_null", parserOf<PortalConfig>(), kConfigJson, "auth", kNull, ""},
        Mutation {"config_auth_wrong_type", parserOf<PortalConfig>(), kConfigJson, "auth.lockout_seconds", kText,
                  "auth.lockout_seconds"},
        Mutation {"config_templates_object", parserOf<PortalConfig>(), kConfigJson, "templates", kObject,
                  "templates: expected an array"},
        Mutation {"captcha_ok", parserOf<CaptchaChallenge>(), kCaptchaJson, "width", kRemoved, ""},
        Mutation {"captcha_not_base64", parserOf<CaptchaChallenge>(), kCaptchaJson, "png_base64",
                  QJsonValue(QStringLiteral("%%%")), "png_base64"},
        Mutation {"captcha_base64_not_png", parserOf<CaptchaChallenge>(), kCaptchaJson, "png_base64",
                  QJsonValue(QStringLiteral("R0lGODlhAQABAAAAACw=")), "png_base64"},
        Mutation {"captcha_no_expiry", parserOf<CaptchaChallenge>(), kCaptchaJson, "expires_at", kRemoved,
                  "expires_at"},
        Mutation {"captcha_width_absurd", parserOf<CaptchaChallenge>(), kCaptchaJson, "width", QJsonValue(1e9),
                  "width"},
        Mutation {"referencing_no_developer_siret", parserOf<ReferencingInfo>(), kReferencingJson, "developer_siret",
                  kRemoved, "developer_siret: expected a string"},
        Mutation {"referencing_dsr_null", parserOf<ReferencingInfo>(), kReferencingJson, "dsr", kNull, "dsr"},
        Mutation {"company_address_missing_city", parserOf<CompanyInfo>(), kCompanyJson, "address.city", kRemoved,
                  "address.city: expected a string"},
        Mutation {"company_complement_number", parserOf<CompanyInfo>(), kCompanyJson, "address.complement", kNumber,
                  "address.complement"},
        Mutation {"company_naf_optional", parserOf<CompanyInfo>(), kCompanyJson, "naf", kRemoved, ""},
        Mutation {"bank_country_missing", parserOf<BankInfo>(), kBankJson, "country", kRemoved, "country"},
        Mutation {"receipt_unknown_status", parserOf<EnrollmentReceipt>(), kReceiptJson, "status",
                  QJsonValue(QStringLiteral("lost")), "status: expected a known value"},
        Mutation {"receipt_id_number", parserOf<EnrollmentReceipt>(), kReceiptJson, "id", kNumber, "id"},
        Mutation {"enrollment_history_bad_date", parserOf<EnrollmentDetail>(), kEnrollmentJson, "status_history.1.at",
                  QJsonValue(QStringLiteral("yesterday")), "status_history[1].at"},
        Mutation {"enrollment_unknown_role", parserOf<EnrollmentDetail>(), kEnrollmentJson, "role",
                  QJsonValue(QStringLiteral("reseller")), "role"},
        Mutation {"enrollment_dossier_array", parserOf<EnrollmentDetail>(), kEnrollmentJson, "dossier",
                  QJsonValue(QJsonArray {}), "dossier: expected an object"},
        Mutation {"enrollment_document_size_text", parserOf<EnrollmentDetail>(), kEnrollmentJson, "documents.0.size",
                  kText, "documents[0].size"},
        Mutation {"enrollment_advance_id_present", parserOf<EnrollmentDetail>(), kEnrollmentJson, "advance_request_id",
                  QJsonValue(QStringLiteral("a-1")), ""},
        Mutation {"page_total_missing", parserOf<Page<EnrollmentSummary>>(), kEnrollmentPageJson, "total", kRemoved,
                  "total"},
        Mutation {"page_per_page_over_limit", parserOf<Page<EnrollmentSummary>>(), kEnrollmentPageJson, "per_page",
                  QJsonValue(1000), "per_page"},
        Mutation {"page_item_bad_status", parserOf<Page<EnrollmentSummary>>(), kEnrollmentPageJson, "items.0.status",
                  kNumber, "items[0].status"},
        Mutation {"session_flag_as_number", parserOf<Session>(), kSessionJson, "must_change_password", QJsonValue(1),
                  "must_change_password: expected a boolean"},
        Mutation {"session_without_token_or_expiry", parserOf<Session>(), kSessionJson, "expires_at", kRemoved, ""},
        Mutation {"advance_negative_count", parserOf<AdvanceRequestRecord>(), kAdvanceJson, "current.personal",
                  QJsonValue(-1), "current.personal"},
        Mutation {"advance_amount_as_number", parserOf<AdvanceRequestRecord>(), kAdvanceJson, "amount_ttc",
                  QJsonValue(8000.0), "amount_ttc"},
        Mutation {"advance_amount_three_decimals", parserOf<AdvanceRequestRecord>(), kAdvanceJson, "amount_ht",
                  QJsonValue(QStringLiteral("6666.667")), "amount_ht"},
        Mutation {"advance_mail_missing_subject", parserOf<AdvanceRequestRecord>(), kAdvanceJson, "mails.0.subject",
                  kRemoved, "mails[0].subject"},
        Mutation {"advance_unknown_status", parserOf<AdvanceRequestRecord>(), kAdvanceJson, "status",
                  QJsonValue(QStringLiteral("in_payment")), "status"},
        Mutation {"payment_amount_ht_optional", parserOf<PaymentRecord>(), kPaymentJson, "amount_ht", kRemoved, ""},
        Mutation {"payment_amount_ht_garbage", parserOf<PaymentRecord>(), kPaymentJson, "amount_ht", kObject,
                  "amount_ht"},
        Mutation {"payment_iban_missing", parserOf<PaymentRecord>(), kPaymentJson, "iban_masked", kRemoved,
                  "iban_masked"},
        Mutation {"mail_body_missing", parserOf<MailMessage>(), kMailJson, "body", kRemoved, "body"},
        Mutation {"mail_enrollment_null", parserOf<MailMessage>(), kMailJson, "enrollment_id", kNull, ""}),
    RowName());

TEST(ReplyParsing, ValidRepliesGiveTypedValues)
{
    const auto config = parseReply<PortalConfig>(kConfigJson);
    ASSERT_TRUE(config) << config.error.toStdString();
    EXPECT_TRUE(config.value->call.open);
    EXPECT_EQ(config.value->call.countsReferenceDate, QDate(2023, 6, 30));
    EXPECT_EQ(config.value->upload.maxBytes, 4194304);
    EXPECT_EQ(config.value->upload.maxRequestBytes, 50000000);
    ASSERT_EQ(config.value->vatRates.size(), 3);
    EXPECT_EQ(config.value->vatRates.at(1).rate, model::VatRate::fromHundredths(850));
    EXPECT_FALSE(config.value->vatRates.at(2).rate.isSubject());
    EXPECT_EQ(config.value->fundingRule.fixedPart(), model::Money::fromCents(666667));
    EXPECT_EQ(config.value->auth.lockoutSeconds, 900);
    EXPECT_EQ(config.value->auth.tokenTtlSeconds, std::nullopt);

    const auto captcha = parseReply<CaptchaChallenge>(kCaptchaJson);
    ASSERT_TRUE(captcha);
    EXPECT_TRUE(captcha.value->png.startsWith("\x89PNG"));
    EXPECT_EQ(captcha.value->expiresAt, QDateTime(QDate(2023, 3, 14), QTime(9, 31, 53), QTimeZone::utc()));

    const auto receipt = parseReply<EnrollmentReceipt>(kReceiptJson);
    ASSERT_TRUE(receipt);
    EXPECT_EQ(receipt.value->number, QStringLiteral("ENR-2023-000042"));
    EXPECT_EQ(receipt.value->receivedAt, QDateTime(QDate(2023, 3, 14), QTime(8, 26, 53, 250), QTimeZone::utc()))
        << "offsets are converted to UTC";

    const auto enrollment = parseReply<EnrollmentDetail>(kEnrollmentJson);
    ASSERT_TRUE(enrollment) << enrollment.error.toStdString();
    EXPECT_EQ(enrollment.value->summary.status, model::EnrollmentStatus::Validated);
    EXPECT_EQ(enrollment.value->role, EnrollmentDetail::Role::Buyer);
    ASSERT_EQ(enrollment.value->statusHistory.size(), 2);
    EXPECT_EQ(enrollment.value->statusHistory.at(1).comment, QStringLiteral("OK"));
    EXPECT_TRUE(enrollment.value->advanceRequestId.isEmpty());

    const auto page = parseReply<Page<EnrollmentSummary>>(kEnrollmentPageJson);
    ASSERT_TRUE(page);
    EXPECT_EQ(page.value->items.first().status, model::EnrollmentStatus::Incomplete);
    EXPECT_TRUE(page.value->hasNextPage());

    const auto advance = parseReply<AdvanceRequestRecord>(kAdvanceJson);
    ASSERT_TRUE(advance) << advance.error.toStdString();
    EXPECT_EQ(advance.value->status, model::AdvanceStatus::PaymentPending);
    EXPECT_EQ(advance.value->counts.estimatedAtClosing.personal, 350);
    EXPECT_EQ(advance.value->amountIncludingVat, model::Money::fromCents(800000));

    const auto payment = parseReply<PaymentRecord>(kPaymentJson);
    ASSERT_TRUE(payment);
    EXPECT_FALSE(payment.value->paidAt.isValid());

    const auto session = parseReply<Session>(kSessionJson);
    ASSERT_TRUE(session);
    EXPECT_TRUE(session.value->mustChangePassword);

    const auto company = parseReply<CompanyInfo>(kCompanyJson);
    ASSERT_TRUE(company);
    EXPECT_EQ(company.value->address.postalCode, QStringLiteral("75015"));
    EXPECT_TRUE(company.value->address.building.isEmpty());

    const auto referencing = parseReply<ReferencingInfo>(kReferencingJson);
    ASSERT_TRUE(referencing);
    EXPECT_EQ(referencing.value->referencing.developerSiret, QStringLiteral("73282932000074"));
}

struct BodyRow
{
    const char* name;
    QByteArray body;
    const char* errorStartsWith;
};

class MalformedBodyTest : public ::testing::TestWithParam<BodyRow>
{
};

TEST_P(MalformedBodyTest, IsAParseErrorNeverACrash)
{
    const BodyRow& row = GetParam();
    const auto parsed = parseReply<Session>(row.body);
    EXPECT_FALSE(parsed);
    EXPECT_TRUE(parsed.error.startsWith(QString::fromUtf8(row.errorStartsWith))) << parsed.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Rows, MalformedBodyTest,
                         ::testing::Values(BodyRow {"empty", "", "body: not JSON"},
                                           BodyRow {"html", "<html>502</html>", "body: not JSON"},
                                           BodyRow {"array", "[1,2]", "body: expected a JSON object"},
                                           BodyRow {"string", "\"x\"", "body: "},
                                           BodyRow {"truncated", "{\"login\": \"jdup", "body: not JSON"},
                                           BodyRow {"nul_bytes", QByteArray("{\"login\"\0: 1}", 13), "body: not JSON"},
                                           BodyRow {"invalid_utf8", "{\"login\": \"\xff\xfe\"}", "body: not JSON"},
                                           BodyRow {"deep_nesting", QByteArray(100000, '['), "body: not JSON"},
                                           BodyRow {"empty_object", "{}", "login: expected a string"}),
                         RowName());

TEST(ReplyParsing, RandomCorruptionsOfEveryFixtureNeverCrash)
{
    const std::vector<std::pair<Parser, QByteArray>> parsers = {
        {parserOf<PortalConfig>(), kConfigJson},
        {parserOf<CaptchaChallenge>(), kCaptchaJson},
        {parserOf<ReferencingInfo>(), kReferencingJson},
        {parserOf<CompanyInfo>(), kCompanyJson},
        {parserOf<BankInfo>(), kBankJson},
        {parserOf<EnrollmentReceipt>(), kReceiptJson},
        {parserOf<EnrollmentDetail>(), kEnrollmentJson},
        {parserOf<Page<EnrollmentSummary>>(), kEnrollmentPageJson},
        {parserOf<Session>(), kSessionJson},
        {parserOf<AdvanceRequestRecord>(), kAdvanceJson},
        {parserOf<PaymentRecord>(), kPaymentJson},
        {parserOf<MailMessage>(), kMailJson},
    };
    QRandomGenerator random(20230314);
    for (const auto& [parse, fixture] : parsers) {
        EXPECT_TRUE(parse(fixture).isEmpty()) << parse(fixture).toStdString();
        for (int round = 0; round < 300; ++round) {
            QByteArray corrupted = fixture;
            const int edits = 1 + random.bounded(4);
            for (int i = 0; i < edits; ++i) {
                const qsizetype at = random.bounded(static_cast<int>(corrupted.size()));
                switch (random.bounded(3)) {
                case 0:
                    corrupted[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    corrupted.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    corrupted.truncate(at);
                    break;
                }
                if (corrupted.isEmpty())
                    break;
            }
            parse(corrupted);
        }
    }
}

} // namespace
