#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <cstdio>

namespace segurdesk::sandbox {

// Milliseconds since the epoch (as stored) to the contract's RFC 3339 UTC form
// ("2023-03-14T09:26:53Z"); null stays null. Formatted by hand: status polling writes several
// per answer, and QDateTime's formatting costs far more than the arithmetic.
inline QJsonValue jsonTime(qint64 milliseconds)
{
    const qint64 seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000;
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 inDay = seconds - days * 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                                     date.day(), int(inDay / 3600), int(inDay / 60 % 60), int(inDay % 60));
    return QString::fromLatin1(text, length);
}

inline QJsonValue jsonTime(const QVariant& milliseconds)
{
    if (milliseconds.isNull() || !milliseconds.isValid())
        return QJsonValue::Null;
    return jsonTime(milliseconds.toLongLong());
}

} // namespace segurdesk::sandbox
