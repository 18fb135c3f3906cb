#include "sandbox/domain/FundingRule.h"

#include "sandbox/domain/Money.h"

namespace segurdesk::sandbox {

std::optional<FundingRule> FundingRule::fromConfig(const QJsonObject& config)
{
    const auto read = [&config](const char* key) {
        return Money::parseCents(config.value(QLatin1String(key)).toString());
    };
    const auto applicative = read("rate_applicative");
    const auto organizational = read("rate_organizational");
    const auto personal = read("rate_personal");
    const auto fixed = read("fixed_amount");
    const auto cap = read("cap");
    if (!applicative || !organizational || !personal || !fixed || !cap)
        return std::nullopt;
    FundingRule rule;
    rule.m_rateApplicative = *applicative;
    rule.m_rateOrganizational = *organizational;
    rule.m_ratePersonal = *personal;
    rule.m_fixed = *fixed;
    rule.m_cap = *cap;
    return rule;
}

qint64 FundingRule::totalHt(const MailboxCounts& counts) const
{
    const qint64 total = m_rateApplicative * counts.applicative + m_rateOrganizational * counts.organizational
        + m_ratePersonal * counts.personal + m_fixed;
    return qMin(total, m_cap);
}

qint64 FundingRule::advanceHt() const
{
    return qMin(m_fixed, m_cap);
}

} // namespace segurdesk::sandbox
