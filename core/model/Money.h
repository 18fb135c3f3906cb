#pragma once

#include "core/model/VatRate.h"

#include <QLocale>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

class QJsonValue;

namespace segurdesk::model {

// An amount in euros held as integer cents, so that sums and VAT never drift by a cent.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }

    // "6666.67": dot, two decimals, no grouping (JSON, CSV, the portal contract).
    QString toDecimalString() const;
    // Accepts "6666.67", "6666.7", "6666", "-3.5"; at most two decimals; nothing else.
    static std::optional<Money> fromDecimalString(QStringView text);
    // A JSON number with at most two decimals (58.33) or a decimal string ("58.33").
    static std::optional<Money> fromJson(const QJsonValue& value);

    // "6 666,67 €" in `locale`.
    QString format(const QLocale& locale = QLocale()) const;

    // This amount HT with `rate` added, rounded half up to the cent; unchanged when not subject.
    Money includingVat(VatRate rate) const;

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr auto operator<=>(Money, Money) = default;

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }

    qint64 m_cents = 0;
};

} // namespace segurdesk::model
