#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace segurdesk::model {

// A VAT regime: a rate in hundredths of a percent (2000 = 20 %, 850 = 8,5 %) or "non
// assujetti" (amounts stay HT). Integer so that amounts computed with it are exact; the
// accepted rates come from the portal's /config, defaultRates() matches the call's rules.
class VatRate
{
public:
    static VatRate notSubject();
    static VatRate fromHundredths(int hundredthsOfPercent);
    // 20 %, 10 %, 8,5 %, 5,5 %, 2,1 % and non assujetti.
    static QList<VatRate> defaultRates();

    // Identifier in JSON: the rate as a decimal with a dot ("20", "8.5") or "exempt".
    QString id() const;
    static std::optional<VatRate> fromId(QStringView id);

    bool isSubject() const { return m_hundredths > 0; }
    int hundredthsOfPercent() const { return m_hundredths; }
    // "20 %", "8,5 %" in the current locale, or "Non assujetti (HT)".
    QString label() const;

    friend bool operator==(const VatRate&, const VatRate&) = default;

private:
    explicit VatRate(int hundredths)
        : m_hundredths(hundredths)
    { }

    int m_hundredths = 0;
};

} // namespace segurdesk::model
