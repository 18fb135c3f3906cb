// The sandbox's configuration as the amounts are computed from it: its funding rule and VAT
// rates go through core/model, so the sandbox and the client agree to the cent.
#include "sandbox/SandboxConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace segurdesk::sandbox {
namespace {

// The default configuration with `fundingRule` laid over its funding_rule.
std::optional<model::FundingRule> fundingWith(const QJsonObject& fundingRule)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("funding_rule"), fundingRule}}).toJson());
    file.close();
    SandboxConfig config;
    QString error;
    EXPECT_TRUE(config.load(path, &error)) << error.toStdString();
    return config.funding();
}

TEST(SandboxConfig, DefaultFundingRuleIsTheArrete)
{
    SandboxConfig config;
    QString error;
    ASSERT_TRUE(config.load(QString(), &error)) << error.toStdString();
    EXPECT_EQ(config.funding(), model::FundingRule::arreteDu9Septembre2022());
}

TEST(SandboxConfig, OverlaidFundingRuleDecidesTheAdvance)
{
    struct Row
    {
        const char* name;
        QJsonObject overlay;
        std::optional<qint64> advanceCents;
    };
    const Row rows[] = {
        {"smaller cap caps the fixed part", {{QStringLiteral("cap"), QStringLiteral("5000")}}, 500000},
        {"other fixed part", {{QStringLiteral("fixed_amount"), QStringLiteral("1000.5")}}, 100050},
        {"decimal comma", {{QStringLiteral("fixed_amount"), QStringLiteral("12,5")}}, std::nullopt},
        {"three decimals", {{QStringLiteral("rate_applicative"), QStringLiteral("1.234")}}, std::nullopt},
        {"negative cap", {{QStringLiteral("cap"), QStringLiteral("-1.00")}}, std::nullopt},
        {"null member", {{QStringLiteral("cap"), QJsonValue::Null}}, std::nullopt},
    };
    for (const Row& row : rows) {
        const auto rule = fundingWith(row.overlay);
        EXPECT_EQ(rule.has_value(), row.advanceCents.has_value()) << row.name;
        if (rule && row.advanceCents) {
            EXPECT_EQ(rule->amountExcludingVat(model::MailboxCounts()).cents(), *row.advanceCents) << row.name;
        }
    }
}

TEST(SandboxConfig, DefaultVatRatesMatchTheirCodes)
{
    SandboxConfig config;
    QString error;
    ASSERT_TRUE(config.load(QString(), &error)) << error.toStdString();
    const QList<VatRate> rates = config.vatRates();
    ASSERT_FALSE(rates.isEmpty());
    for (const VatRate& rate : rates)
        EXPECT_EQ(rate.rate().id(), rate.code) << rate.code.toStdString();
}

TEST(SandboxConfig, VatPercentsOutsideTheRatesLeaveAmountsExcludingVat)
{
    struct Row
    {
        const char* percent;
        int hundredths;
    };
    const Row rows[] = {{"8.5", 850}, {"5.50", 550}, {"0", 0}, {"", 0}, {"twenty", 0}, {"-5", 0}, {"150", 0}};
    for (const Row& row : rows) {
        const VatRate rate {QStringLiteral("code"), QString::fromLatin1(row.percent), QStringLiteral("label")};
        EXPECT_EQ(rate.rate().hundredthsOfPercent(), row.hundredths) << row.percent;
    }
}

} // namespace
} // namespace segurdesk::sandbox
