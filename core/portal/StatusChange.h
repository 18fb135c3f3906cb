#pragma once

#include "core/portal/ReplyReader.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace segurdesk::portal {

// One entry of a status history: the status reached (model::EnrollmentStatus or
// model::AdvanceStatus), when, and the portal's comment if any.
template<class Status> struct StatusChange
{
    Status status {};
    QDateTime at;
    QString comment;

    template<class FromId> static QList<StatusChange> readHistory(ReplyReader& reader, FromId fromId)
    {
        return reader.array(QLatin1String("status_history"), [fromId](ReplyReader& item) {
            StatusChange change;
            change.status = item.enumeration(QLatin1String("status"), fromId, Status {});
            change.at = item.dateTime(QLatin1String("at"));
            change.comment = item.optionalString(QLatin1String("comment"));
            return change;
        });
    }
};

} // namespace segurdesk::portal
