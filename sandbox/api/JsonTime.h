#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>
#include <QVariant>

namespace segurdesk::sandbox {

// Milliseconds since the epoch (as stored) to the contract's RFC 3339 UTC form; null stays null.
inline QJsonValue jsonTime(const QVariant& milliseconds)
{
    if (milliseconds.isNull() || !milliseconds.isValid())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(milliseconds.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

} // namespace segurdesk::sandbox
