#include "core/model/FundingRule.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using segurdesk::model::FundingRule;
using segurdesk::model::MailboxCounts;
using segurdesk::model::Money;
using segurdesk::model::VatRate;

struct AmountRow
{
    const char* name;
    MailboxCounts counts;
    qint64 expectedHtCents;
};

class FundingAmount : public testing::TestWithParam<AmountRow>
{
};

TEST_P(FundingAmount, ExcludingVatIsExactAndCapped)
{
    const auto rule = FundingRule::arreteDu9Septembre2022();
    EXPECT_EQ(rule.amountExcludingVat(GetParam().counts).cents(), GetParam().expectedHtCents);
}

// 58,33 a + 20,83 o + 5,00 p + 6 666,67, capped at 250 000.
INSTANTIATE_TEST_SUITE_P(
    Arrete, FundingAmount,
    testing::Values(AmountRow {"no_mailbox_is_the_fixed_part", {0, 0, 0}, 666667},
                    AmountRow {"one_of_each", {1, 1, 1}, 5833 + 2083 + 500 + 666667},
                    AmountRow {"typical_operator", {12, 340, 5200}, 12 * 5833 + 340 * 2083 + 5200 * 500 + 666667},
                    AmountRow {"only_personal", {0, 0, 10000}, 10000 * 500 + 666667},
                    AmountRow {"just_below_cap", {0, 0, 48666}, 48666 * 500 + 666667},
                    AmountRow {"just_over_cap", {0, 0, 48667}, 25'000'000},
                    AmountRow {"large_counts_hit_cap", {100000, 100000, 1000000}, 25'000'000},
                    AmountRow {"negative_counts_count_as_zero", {-5, -1, -100}, 666667},
                    AmountRow {"absurd_counts_saturate_to_cap",
                               {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(), 1},
                               25'000'000}),
    [](const auto& row) { return std::string(row.param.name); });

struct VatRow
{
    const char* name;
    qint64 htCents;
    int hundredths;
    qint64 expectedTtcCents;
};

class FundingVat : public testing::TestWithParam<VatRow>
{
};

TEST_P(FundingVat, IncludingVatRoundsHalfUpToTheCent)
{
    const VatRow& row = GetParam();
    const VatRate rate = row.hundredths == 0 ? VatRate::notSubject() : VatRate::fromHundredths(row.hundredths);
    EXPECT_EQ(Money::fromCents(row.htCents).includingVat(rate).cents(), row.expectedTtcCents);
}

INSTANTIATE_TEST_SUITE_P(Rates, FundingVat,
                         testing::Values(VatRow {"fixed_part_20", 666667, 2000, 800000}, // 8000.004
                                         VatRow {"fixed_part_10", 666667, 1000, 733334}, // 7333.337
                                         VatRow {"fixed_part_8_5", 666667, 850, 723334}, // 7233.33695
                                         VatRow {"fixed_part_5_5", 666667, 550, 703334}, // 7033.33685
                                         VatRow {"fixed_part_2_1", 666667, 210, 680667}, // 6806.670 07
                                         VatRow {"fixed_part_exempt", 666667, 0, 666667},
                                         VatRow {"cap_20", 25'000'000, 2000, 30'000'000},
                                         VatRow {"half_cent_rounds_up", 10, 500, 11}, // 0.10 + 0.005
                                         VatRow {"below_half_rounds_down", 9, 500, 9}, // 0.09 + 0.0045
                                         VatRow {"zero", 0, 2000, 0},
                                         VatRow {"large_amount_no_overflow", Q_INT64_C(900'000'000'000'000), 2000,
                                                 Q_INT64_C(1'080'000'000'000'000)}),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(FundingRule, DefaultMatchesTheArrete)
{
    const auto rule = FundingRule::arreteDu9Septembre2022();
    EXPECT_EQ(rule.applicativeRate().toDecimalString(), QStringLiteral("58.33"));
    EXPECT_EQ(rule.organizationalRate().toDecimalString(), QStringLiteral("20.83"));
    EXPECT_EQ(rule.personalRate().toDecimalString(), QStringLiteral("5.00"));
    EXPECT_EQ(rule.fixedPart().toDecimalString(), QStringLiteral("6666.67"));
    EXPECT_EQ(rule.cap().toDecimalString(), QStringLiteral("250000.00"));
}

TEST(FundingRule, ReadsTheConfigAndRoundTrips)
{
    const QJsonObject config {
        {QStringLiteral("reference"), QStringLiteral("test")},
        {QStringLiteral("rate_applicative"), QStringLiteral("60.00")},
        {QStringLiteral("rate_organizational"), 21.5},
        {QStringLiteral("rate_personal"), QStringLiteral("4")},
        {QStringLiteral("fixed_amount"), QStringLiteral("1000.10")},
        {QStringLiteral("cap"), QStringLiteral("5000.00")},
    };
    QStringList errors;
    const auto rule = FundingRule::fromJson(config, &errors);
    ASSERT_TRUE(rule.has_value()) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(rule->amountExcludingVat({1, 2, 3}).cents(), 6000 + 2 * 2150 + 3 * 400 + 100010);
    EXPECT_EQ(rule->amountExcludingVat({1000, 0, 0}).cents(), 500000);
    EXPECT_EQ(FundingRule::fromJson(rule->toJson()), rule);
}

struct BadConfigRow
{
    const char* name;
    const char* key;
    QJsonValue value;
};

class FundingBadConfig : public testing::TestWithParam<BadConfigRow>
{
};

TEST_P(FundingBadConfig, IsRefusedWithOneMessagePerMember)
{
    QJsonObject config = FundingRule::arreteDu9Septembre2022().toJson();
    config.insert(QLatin1String(GetParam().key), GetParam().value);
    QStringList errors;
    EXPECT_FALSE(FundingRule::fromJson(config, &errors).has_value());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QLatin1String(GetParam().key)));
}

INSTANTIATE_TEST_SUITE_P(Members, FundingBadConfig,
                         testing::Values(BadConfigRow {"missing_cap", "cap", QJsonValue()},
                                         BadConfigRow {"three_decimals", "rate_applicative", QStringLiteral("58.333")},
                                         BadConfigRow {"three_decimal_number", "rate_personal", 5.001},
                                         BadConfigRow {"negative", "fixed_amount", QStringLiteral("-1.00")},
                                         BadConfigRow {"comma_decimal", "rate_organizational", QStringLiteral("20,83")},
                                         BadConfigRow {"boolean", "cap", true},
                                         BadConfigRow {"text", "cap", QStringLiteral("lots")},
                                         BadConfigRow {"exponent", "cap", QStringLiteral("2.5e5")}),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(FundingRule, AllBadMembersAreReportedAtOnce)
{
    QStringList errors;
    EXPECT_FALSE(FundingRule::fromJson(QJsonObject(), &errors).has_value());
    EXPECT_EQ(errors.size(), 5);
}

} // namespace
