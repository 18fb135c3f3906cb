// The funding rule and money arithmetic in cents, with the published numbers and edge cases.
#include "sandbox/domain/FundingRule.h"

#include "sandbox/domain/Money.h"

#include <gtest/gtest.h>

namespace segurdesk::sandbox {
namespace {

QJsonObject published()
{
    return QJsonObject {{QStringLiteral("rate_applicative"), QStringLiteral("58.33")},
                        {QStringLiteral("rate_organizational"), QStringLiteral("20.83")},
                        {QStringLiteral("rate_personal"), QStringLiteral("5.00")},
                        {QStringLiteral("fixed_amount"), QStringLiteral("6666.67")},
                        {QStringLiteral("cap"), QStringLiteral("250000.00")}};
}

TEST(FundingRule, TotalsFromCountsAreCapped)
{
    const auto rule = FundingRule::fromConfig(published());
    ASSERT_TRUE(rule);
    struct Row
    {
        const char* name;
        MailboxCounts counts;
        qint64 expectedCents;
    };
    const Row rows[] = {
        {"no mailbox", {0, 0, 0}, 666667},
        {"one of each", {1, 1, 1}, 666667 + 5833 + 2083 + 500},
        {"typical operator", {10, 5, 100}, 666667 + 58330 + 10415 + 50000},
        {"just under the cap", {0, 0, 48666}, 666667 + 48666 * 500},
        {"over the cap", {0, 0, 48667}, 25000000},
        {"largest counts", {10000000, 10000000, 10000000}, 25000000},
    };
    for (const Row& row : rows)
        EXPECT_EQ(rule->totalHt(row.counts), row.expectedCents) << row.name;
    EXPECT_EQ(rule->advanceHt(), 666667);
}

TEST(FundingRule, ConfigurationDecidesTheNumbers)
{
    QJsonObject smallCap = published();
    smallCap.insert(QStringLiteral("cap"), QStringLiteral("5000"));
    EXPECT_EQ(FundingRule::fromConfig(smallCap)->advanceHt(), 500000);
    for (const char* key : {"rate_applicative", "fixed_amount", "cap"}) {
        QJsonObject broken = published();
        broken.insert(QLatin1String(key), QStringLiteral("12,5"));
        EXPECT_FALSE(FundingRule::fromConfig(broken)) << key;
        broken.remove(QLatin1String(key));
        EXPECT_FALSE(FundingRule::fromConfig(broken)) << key;
    }
}

TEST(Money, ParsesFormatsAndAppliesRates)
{
    struct Row
    {
        const char* text;
        std::optional<qint64> cents;
    };
    const Row rows[] = {{"6666.67", 666667},
                        {"5", 500},
                        {"5.0", 500},
                        {" 0.05 ", 5},
                        {"1.234", std::nullopt},
                        {"-1.00", std::nullopt},
                        {"12,50", std::nullopt},
                        {"", std::nullopt},
                        {"1e3", std::nullopt}};
    for (const Row& row : rows)
        EXPECT_EQ(Money::parseCents(QString::fromLatin1(row.text)), row.cents) << row.text;
    EXPECT_EQ(Money::format(666667), QStringLiteral("6666.67"));
    EXPECT_EQ(Money::format(5), QStringLiteral("0.05"));
    EXPECT_EQ(Money::format(-1250), QStringLiteral("-12.50"));
    EXPECT_EQ(Money::parseBasisPoints(QStringLiteral("8.5")), 850);
    EXPECT_EQ(Money::addRate(666667, 2000), 800000);
    EXPECT_EQ(Money::addRate(666667, 550), 703334); // 7033.336 rounds half up
    EXPECT_EQ(Money::addRate(666667, 0), 666667);
}

} // namespace
} // namespace segurdesk::sandbox
