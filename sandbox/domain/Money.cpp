#include "sandbox/domain/Money.h"

#include <QRegularExpression>

namespace segurdesk::sandbox {

namespace {

// `text` as an integer scaled by 10^decimals, when it has at most `decimals` decimals.
std::optional<qint64> parseScaled(const QString& text, int decimals)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.captured(2).size() > decimals)
        return std::nullopt;
    qint64 value = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    return value + (fraction.isEmpty() ? 0 : fraction.toLongLong());
}

} // namespace

std::optional<qint64> Money::parseCents(const QString& text)
{
    return parseScaled(text, 2);
}

QString Money::format(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.')
        + QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

std::optional<qint64> Money::parseBasisPoints(const QString& percent)
{
    return parseScaled(percent, 2);
}

qint64 Money::addRate(qint64 cents, qint64 basisPoints)
{
    return cents + (cents * basisPoints + 5000) / 10000;
}

} // namespace segurdesk::sandbox
