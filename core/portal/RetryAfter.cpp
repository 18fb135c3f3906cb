#include "core/portal/RetryAfter.h"

#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace segurdesk::portal {

namespace {

// Longer than any sensible outage; also keeps the seconds far away from overflow.
constexpr qint64 kMaxSeconds = 366LL * 24 * 3600;

constexpr std::array<const char*, 12> kMonths
    = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthNumber(const QString& name)
{
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (name == QLatin1String(kMonths[i]))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

QDateTime makeUtc(int year, const QString& month, int day, int hour, int minute, int second)
{
    const QDate date(year, monthNumber(month), day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

QDateTime parseHttpDate(const QString& text)
{
    static const QRegularExpression imfFixdate(QStringLiteral(
        "^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ([A-Z][a-z]{2}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(QStringLiteral(
        "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-([A-Z][a-z]{2})-(\\d{2}) "
        "(\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(QStringLiteral(
        "^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \\d]\\d) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));

    if (const auto m = imfFixdate.match(text); m.hasMatch()) {
        return makeUtc(m.captured(3).toInt(), m.captured(2), m.captured(1).toInt(), m.captured(4).toInt(),
                       m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        // Two-digit years: RFC 9110 reads them as the most recent past century that fits.
        const int yy = m.captured(3).toInt();
        return makeUtc(yy < 70 ? 2000 + yy : 1900 + yy, m.captured(2), m.captured(1).toInt(), m.captured(4).toInt(),
                       m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return makeUtc(m.captured(6).toInt(), m.captured(1), m.captured(2).trimmed().toInt(), m.captured(3).toInt(),
                       m.captured(4).toInt(), m.captured(5).toInt());
    }
    return {};
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return std::nullopt;

    const bool allDigits = std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        if (trimmed.size() > 10)
            return std::nullopt;
        const qint64 seconds = trimmed.toLongLong();
        if (seconds > kMaxSeconds)
            return std::nullopt;
        return std::chrono::seconds(seconds);
    }

    const QDateTime when = parseHttpDate(QString::fromLatin1(trimmed));
    if (!when.isValid() || !nowUtc.isValid())
        return std::nullopt;
    const qint64 ms = nowUtc.msecsTo(when);
    if (ms > kMaxSeconds * 1000)
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

} // namespace segurdesk::portal
