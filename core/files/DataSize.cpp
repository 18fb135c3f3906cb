#include "core/files/DataSize.h"

#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace segurdesk::files::DataSize {

namespace {

constexpr qint64 Kilo = 1024;
constexpr qint64 Mega = Kilo * Kilo;

enum class Rounding { Up, Down };

qint64 divide(qint64 numerator, qint64 denominator, Rounding rounding)
{
    return rounding == Rounding::Up ? (numerator + denominator - 1) / denominator : numerator / denominator;
}

// `hundredths` / 100 with at most two decimals and no trailing zero: "4", "4,5", "4,01".
QString decimal(const QLocale& locale, qint64 hundredths)
{
    QString text = locale.toString(double(hundredths) / 100.0, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

QString format(qint64 bytes, Rounding rounding)
{
    const QLocale locale = interfaceLocale();
    if (bytes < Kilo)
        return QCoreApplication::translate("FileInspector", "%1 byte(s)", nullptr, int(bytes))
            .arg(locale.toString(bytes));
    // Rounded up, the last kilobytes of a megabyte read as 1 Mo, not 1 024 Ko.
    if (const qint64 kilobytes = divide(bytes, Kilo, rounding); kilobytes < Kilo)
        return QCoreApplication::translate("FileInspector", "%1 KB").arg(locale.toString(kilobytes));
    return QCoreApplication::translate("FileInspector", "%1 MB")
        .arg(decimal(locale, divide(bytes * 100, Mega, rounding)));
}

} // namespace

QString ofFile(qint64 bytes)
{
    return format(bytes, Rounding::Up);
}

QString ofLimit(qint64 bytes)
{
    return format(bytes, Rounding::Down);
}

} // namespace segurdesk::files::DataSize
