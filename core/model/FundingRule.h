#pragma once

#include "core/model/MailboxCounts.h"
#include "core/model/Money.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace segurdesk::model {

// The call's funding rule: amount HT = min(Σ rate × mailboxes + fixed part, cap). The portal
// announces it in /config; arreteDu9Septembre2022() is only the default when no portal said
// otherwise. All amounts are integer cents, so results are exact to the cent.
class FundingRule
{
public:
    // Arrêté du 9 septembre 2022 (NOR SPRD2226029A): 58,33 € per applicative, 20,83 € per
    // organizational and 5,00 € per personal mailbox, 6 666,67 € fixed part, 250 000 € cap.
    static FundingRule arreteDu9Septembre2022();

    FundingRule(Money applicativeRate, Money organizationalRate, Money personalRate, Money fixedPart, Money cap);

    // Reads the "funding_rule" object of /config (Money strings "58.33"; JSON numbers with at
    // most two decimals are accepted too). On failure returns nullopt and appends one
    // translated message per bad member to `errors` (when given).
    static std::optional<FundingRule> fromJson(const QJsonObject& object, QStringList* errors = nullptr);
    // The contract's FundingRule object, amounts as Money strings.
    QJsonObject toJson() const;

    Money applicativeRate() const { return m_applicativeRate; }
    Money organizationalRate() const { return m_organizationalRate; }
    Money personalRate() const { return m_personalRate; }
    // The advance: what the operator is paid first, whatever its counts.
    Money fixedPart() const { return m_fixedPart; }
    Money cap() const { return m_cap; }

    // Amount HT for these counts (negative counts count as zero), capped; saturates instead
    // of overflowing for absurd counts.
    Money amountExcludingVat(const MailboxCounts& counts) const;
    Money amountIncludingVat(const MailboxCounts& counts, VatRate rate) const;

    friend bool operator==(const FundingRule&, const FundingRule&) = default;

private:
    Money m_applicativeRate;
    Money m_organizationalRate;
    Money m_personalRate;
    Money m_fixedPart;
    Money m_cap;
};

} // namespace segurdesk::model
