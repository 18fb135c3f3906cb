#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <array>
#include <charconv>

namespace segurdesk::sandbox {

namespace detail {

// Writes `value` as printf's "%0<width>d" would (zeros after any sign) and returns the end.
inline char* putZeroPadded(char* out, int value, int width)
{
    std::array<char, 12> digits {};
    const char* first = digits.data();
    const char* last = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    if (*first == '-') {
        *out++ = *first++;
        --width;
    }
    for (auto count = last - first; count < width; ++count)
        *out++ = '0';
    return std::copy(first, last, out);
}

} // namespace detail

// Milliseconds since the epoch (as stored) to the contract's RFC 3339 UTC form
// ("2023-03-14T09:26:53Z"); null stays null. Formatted by hand: status polling writes several
// per answer, and QDateTime's formatting costs far more than the arithmetic.
inline QJsonValue jsonTime(qint64 milliseconds)
{
    const qint64 seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000;
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 inDay = seconds - days * 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    std::array<char, 32> text {};
    char* end = detail::putZeroPadded(text.data(), date.year(), 4);
    *end++ = '-';
    end = detail::putZeroPadded(end, date.month(), 2);
    *end++ = '-';
    end = detail::putZeroPadded(end, date.day(), 2);
    *end++ = 'T';
    end = detail::putZeroPadded(end, int(inDay / 3600), 2);
    *end++ = ':';
    end = detail::putZeroPadded(end, int(inDay / 60 % 60), 2);
    *end++ = ':';
    end = detail::putZeroPadded(end, int(inDay % 60), 2);
    *end++ = 'Z';
    return QString::fromLatin1(text.data(), end - text.data());
}

inline QJsonValue jsonTime(const QVariant& milliseconds)
{
    if (milliseconds.isNull() || !milliseconds.isValid())
        return QJsonValue::Null;
    return jsonTime(milliseconds.toLongLong());
}

} // namespace segurdesk::sandbox
