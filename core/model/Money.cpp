#include "core/model/Money.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace segurdesk::model {

namespace {

// Ten thousand billion euros: far above any funding amount, far below qint64 overflow in
// the arithmetic done here.
constexpr qint64 kMaxAbsCents = Q_INT64_C(1'000'000'000'000'000);

} // namespace

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::fromDecimalString(QStringView text)
{
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 15 || decimals.size() > 2 || (dot >= 0 && decimals.isEmpty()))
        return std::nullopt;
    qint64 cents = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        cents = cents * 10 + c.digitValue();
    }
    cents *= 100;
    qint64 scale = 10;
    for (const QChar c : decimals) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        cents += c.digitValue() * scale;
        scale /= 10;
    }
    if (cents > kMaxAbsCents)
        return std::nullopt;
    return Money(negative ? -cents : cents);
}

std::optional<Money> Money::fromJson(const QJsonValue& value)
{
    if (value.isString())
        return fromDecimalString(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double scaled = value.toDouble() * 100.0;
    if (!std::isfinite(scaled) || std::fabs(scaled) > static_cast<double>(kMaxAbsCents))
        return std::nullopt;
    const double rounded = std::round(scaled);
    // 58.33 is 5832.9999… cents in binary: accept that, refuse a third decimal.
    if (std::fabs(scaled - rounded) > 1e-6 * std::max(1.0, std::fabs(scaled)))
        return std::nullopt;
    return Money(static_cast<qint64>(rounded));
}

QString Money::format(const QLocale& locale) const
{
    return QCoreApplication::translate("Money", "%1 €")
        .arg(locale.toString(static_cast<double>(m_cents) / 100.0, 'f', 2));
}

Money Money::includingVat(VatRate rate) const
{
    // cents × rate / 10 000, rounded half up (away from zero), without overflow: split the
    // amount so that only its remainder is multiplied by the rate.
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    const qint64 quotient = magnitude / 10000;
    const qint64 remainder = magnitude % 10000;
    const qint64 hundredths = rate.hundredthsOfPercent();
    const qint64 vat = quotient * hundredths + (remainder * hundredths + 5000) / 10000;
    return Money(m_cents < 0 ? m_cents - vat : m_cents + vat);
}

} // namespace segurdesk::model
