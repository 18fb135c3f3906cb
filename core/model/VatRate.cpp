#include "core/model/VatRate.h"

#include <QCoreApplication>
#include <QLocale>

namespace segurdesk::model {

namespace {

constexpr int kMaxHundredths = 100 * 100;

} // namespace

VatRate VatRate::notSubject()
{
    return VatRate(0);
}

VatRate VatRate::fromHundredths(int hundredthsOfPercent)
{
    return VatRate(qBound(0, hundredthsOfPercent, kMaxHundredths));
}

QList<VatRate> VatRate::defaultRates()
{
    return {VatRate(2000), VatRate(1000), VatRate(850), VatRate(550), VatRate(210), VatRate(0)};
}

QString VatRate::id() const
{
    if (!isSubject())
        return QStringLiteral("exempt");
    const int units = m_hundredths / 100;
    const int fraction = m_hundredths % 100;
    if (fraction == 0)
        return QString::number(units);
    if (fraction % 10 == 0)
        return QStringLiteral("%1.%2").arg(units).arg(fraction / 10);
    return QStringLiteral("%1.%2").arg(units).arg(fraction, 2, 10, QLatin1Char('0'));
}

std::optional<VatRate> VatRate::fromId(QStringView id)
{
    if (id == QLatin1String("exempt"))
        return notSubject();
    // Digits, at most one dot and two decimals: "5.5", "20", "2.10". No exponent, no sign.
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? id : id.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : id.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 3 || decimals.size() > 2 || (dot >= 0 && decimals.isEmpty()))
        return std::nullopt;
    int hundredths = 0;
    for (const QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        hundredths = hundredths * 10 + c.digitValue();
    }
    hundredths *= 100;
    int scale = 10;
    for (const QChar c : decimals) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        hundredths += c.digitValue() * scale;
        scale /= 10;
    }
    if (hundredths <= 0 || hundredths > kMaxHundredths)
        return std::nullopt;
    return VatRate(hundredths);
}

QString VatRate::label() const
{
    if (!isSubject())
        return QCoreApplication::translate("VatRate", "Not subject to VAT (excl. VAT)");
    const QString number
        = QLocale().toString(m_hundredths / 100.0, 'f', m_hundredths % 10 == 0 ? (m_hundredths % 100 == 0 ? 0 : 1) : 2);
    return QCoreApplication::translate("VatRate", "%1 %").arg(number);
}

} // namespace segurdesk::model
