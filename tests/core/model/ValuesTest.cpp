#include "core/model/DocumentKind.h"
#include "core/model/FieldError.h"
#include "core/model/Money.h"
#include "core/model/Status.h"
#include "core/model/VatRate.h"

#include <QJsonValue>
#include <QLocale>

#include <gtest/gtest.h>

namespace {

using namespace segurdesk::model;

TEST(Money, DecimalStringsRoundTrip)
{
    for (const qint64 cents : {Q_INT64_C(0), Q_INT64_C(5), Q_INT64_C(100), Q_INT64_C(666667), Q_INT64_C(-250)}) {
        const Money money = Money::fromCents(cents);
        EXPECT_EQ(Money::fromDecimalString(money.toDecimalString()), money) << cents;
    }
    EXPECT_EQ(Money::fromCents(666667).toDecimalString(), QStringLiteral("6666.67"));
    EXPECT_EQ(Money::fromCents(-5).toDecimalString(), QStringLiteral("-0.05"));
}

TEST(Money, ParsesOnlyPlainDecimals)
{
    EXPECT_EQ(Money::fromDecimalString(u"58.3")->cents(), 5830);
    EXPECT_EQ(Money::fromDecimalString(u"7")->cents(), 700);
    for (const char* bad : {"", ".5", "5.", "5.555", "1e3", "12,50", " 5", "+5", "--5", "9999999999999999"})
        EXPECT_FALSE(Money::fromDecimalString(QString::fromLatin1(bad)).has_value()) << bad;
    EXPECT_EQ(Money::fromJson(QJsonValue(58.33))->cents(), 5833);
    EXPECT_FALSE(Money::fromJson(QJsonValue(1e300)).has_value());
    EXPECT_FALSE(Money::fromJson(QJsonValue(true)).has_value());
}

TEST(Money, FormatsInTheLocale)
{
    const QString french = Money::fromCents(666667).format(QLocale(QLocale::French, QLocale::France));
    EXPECT_TRUE(french.startsWith(QStringLiteral("6"))) << french.toStdString();
    EXPECT_TRUE(french.contains(QStringLiteral("666,67"))) << french.toStdString();
    EXPECT_TRUE(french.endsWith(QStringLiteral("€")));
}

TEST(VatRate, IdsMatchTheContract)
{
    QStringList ids;
    for (const auto& rate : VatRate::defaultRates())
        ids.append(rate.id());
    EXPECT_EQ(ids,
              (QStringList {QStringLiteral("20"), QStringLiteral("10"), QStringLiteral("8.5"), QStringLiteral("5.5"),
                            QStringLiteral("2.1"), QStringLiteral("exempt")}));
    for (const auto& rate : VatRate::defaultRates())
        EXPECT_EQ(VatRate::fromId(rate.id()), rate);
    EXPECT_EQ(VatRate::fromId(u"2.10"), VatRate::fromHundredths(210));
    for (const char* bad : {"", "0", "20%", "8,5", "-5", "101", "5.555", "abc", "None"})
        EXPECT_FALSE(VatRate::fromId(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(Status, IdsRoundTripAndTransitionsGoForward)
{
    for (const auto status : {EnrollmentStatus::Draft, EnrollmentStatus::Submitted, EnrollmentStatus::Validated,
                              EnrollmentStatus::Incomplete, EnrollmentStatus::Rejected}) {
        EXPECT_EQ(enrollmentStatusFromId(statusId(status)), status);
        EXPECT_FALSE(statusLabel(status).isEmpty());
    }
    for (const auto status :
         {AdvanceStatus::Decided, AdvanceStatus::PaymentPending, AdvanceStatus::Paid, AdvanceStatus::Rejected})
        EXPECT_EQ(advanceStatusFromId(statusId(status)), status);
    EXPECT_EQ(statusId(AdvanceStatus::PaymentPending), QStringLiteral("payment-pending"));
    EXPECT_FALSE(enrollmentStatusFromId(u"to_complete").has_value());

    EXPECT_TRUE(canTransition(EnrollmentStatus::Draft, EnrollmentStatus::Submitted));
    EXPECT_TRUE(canTransition(EnrollmentStatus::Submitted, EnrollmentStatus::Incomplete));
    EXPECT_FALSE(canTransition(EnrollmentStatus::Validated, EnrollmentStatus::Submitted));
    EXPECT_FALSE(canTransition(EnrollmentStatus::Draft, EnrollmentStatus::Validated));
    EXPECT_TRUE(canTransition(AdvanceStatus::Decided, AdvanceStatus::PaymentPending));
    EXPECT_TRUE(canTransition(AdvanceStatus::PaymentPending, AdvanceStatus::Paid));
    EXPECT_FALSE(canTransition(AdvanceStatus::Paid, AdvanceStatus::Decided));
    EXPECT_FALSE(canTransition(AdvanceStatus::Decided, AdvanceStatus::Paid));
}

TEST(FieldError, StepFollowsTheField)
{
    struct Row
    {
        const char* field;
        int step;
    };
    for (const Row& row :
         {Row {"referencing.number", 1}, Row {"documents.operator_contract", 1},
          Row {"applicant.address.postal_code", 2}, Row {"depositor.email", 2}, Row {"third_party_role", 2},
          Row {"documents.mandate", 2}, Row {"bank.iban", 3}, Row {"documents.rib", 3}, Row {"vat_rate", 4},
          Row {"documents.vat_exemption_certificate", 4}, Row {"declarations.terms_of_use", 5}, Row {"", 0},
          Row {"documents.nope", 0}, Row {"referencingx", 0}})
        EXPECT_EQ(FieldError::stepOfField(QString::fromLatin1(row.field)), row.step) << row.field;
}

TEST(DocumentKind, KeysAreTheContractPartNames)
{
    QStringList keys;
    for (const auto kind : allDocumentKinds()) {
        keys.append(documentKey(kind));
        EXPECT_EQ(documentKindFromKey(documentKey(kind)), kind);
        EXPECT_FALSE(documentLabel(kind).isEmpty());
    }
    EXPECT_EQ(keys.join(QLatin1Char(' ')),
              QStringLiteral("referencing_certificate operator_contract purchase_order kbis representative_id_document "
                             "depositor_id_document service_contract mandate rib vat_exemption_certificate"));
}

} // namespace
