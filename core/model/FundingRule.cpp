#include "core/model/FundingRule.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <limits>

namespace segurdesk::model {

namespace {

constexpr qint64 kSaturated = std::numeric_limits<qint64>::max() / 4;

qint64 saturatedProduct(qint64 count, qint64 cents)
{
    if (count <= 0 || cents <= 0)
        return 0;
    qint64 product = 0;
    if (__builtin_mul_overflow(count, cents, &product) || product > kSaturated)
        return kSaturated;
    return product;
}

struct Member
{
    const char* key;
    Money* target;
};

} // namespace

FundingRule FundingRule::arreteDu9Septembre2022()
{
    return FundingRule(Money::fromCents(5833), Money::fromCents(2083), Money::fromCents(500), Money::fromCents(666667),
                       Money::fromCents(25'000'000));
}

FundingRule::FundingRule(Money applicativeRate, Money organizationalRate, Money personalRate, Money fixedPart,
                         Money cap)
    : m_applicativeRate(applicativeRate)
    , m_organizationalRate(organizationalRate)
    , m_personalRate(personalRate)
    , m_fixedPart(fixedPart)
    , m_cap(cap)
{ }

std::optional<FundingRule> FundingRule::fromJson(const QJsonObject& object, QStringList* errors)
{
    FundingRule rule = arreteDu9Septembre2022();
    const Member members[] = {
        {"rate_applicative", &rule.m_applicativeRate},
        {"rate_organizational", &rule.m_organizationalRate},
        {"rate_personal", &rule.m_personalRate},
        {"fixed_amount", &rule.m_fixedPart},
        {"cap", &rule.m_cap},
    };
    bool ok = true;
    for (const Member& member : members) {
        const QString key = QLatin1String(member.key);
        const std::optional<Money> amount = Money::fromJson(object.value(key));
        if (!amount || amount->cents() < 0) {
            ok = false;
            if (errors) {
                errors->append(
                    QCoreApplication::translate("FundingRule",
                                                "The funding rule's \"%1\" must be an amount in euros with at most "
                                                "two decimals, zero or more.")
                        .arg(key));
            }
            continue;
        }
        *member.target = *amount;
    }
    if (!ok)
        return std::nullopt;
    return rule;
}

QJsonObject FundingRule::toJson() const
{
    return QJsonObject {
        {QStringLiteral("rate_applicative"), m_applicativeRate.toDecimalString()},
        {QStringLiteral("rate_organizational"), m_organizationalRate.toDecimalString()},
        {QStringLiteral("rate_personal"), m_personalRate.toDecimalString()},
        {QStringLiteral("fixed_amount"), m_fixedPart.toDecimalString()},
        {QStringLiteral("cap"), m_cap.toDecimalString()},
    };
}

Money FundingRule::amountExcludingVat(const MailboxCounts& counts) const
{
    const qint64 parts[] = {
        saturatedProduct(counts.applicative, m_applicativeRate.cents()),
        saturatedProduct(counts.organizational, m_organizationalRate.cents()),
        saturatedProduct(counts.personal, m_personalRate.cents()),
        m_fixedPart.cents(),
    };
    qint64 total = 0;
    for (const qint64 part : parts)
        total = qMin(kSaturated, total + part);
    return Money::fromCents(qMin(total, m_cap.cents()));
}

Money FundingRule::amountIncludingVat(const MailboxCounts& counts, VatRate rate) const
{
    return amountExcludingVat(counts).includingVat(rate);
}

} // namespace segurdesk::model
