#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace segurdesk::sandbox {

struct MailboxCounts
{
    qint64 applicative = 0;
    qint64 organizational = 0;
    qint64 personal = 0;
};

// The funding rule of the call (arrêté du 9 septembre 2022), with its numbers from the
// configuration: total HT = min(rates × counts + fixed part ; cap); the advance is the
// fixed part (itself capped). Amounts in cents.
class FundingRule
{
public:
    // nullopt when a member of `config` (funding_rule) is missing or not a decimal string.
    static std::optional<FundingRule> fromConfig(const QJsonObject& config);

    qint64 totalHt(const MailboxCounts& counts) const;
    qint64 advanceHt() const;
    qint64 fixedAmount() const { return m_fixed; }
    qint64 cap() const { return m_cap; }

private:
    qint64 m_rateApplicative = 0;
    qint64 m_rateOrganizational = 0;
    qint64 m_ratePersonal = 0;
    qint64 m_fixed = 0;
    qint64 m_cap = 0;
};

} // namespace segurdesk::sandbox
