#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace segurdesk::services {

// How many items a list endpoint is asked for at a time: as many as the contract allows
// (docs/portal-api.yaml), for fewer round trips.
constexpr qint64 ListPageSize = 100;

// Appends the items of `page`, a finished typed list request (portal::EnrollmentListRequest,
// portal::MailListRequest, ...), to `items` as the JSON objects the portal sent, each of which
// also parsed strictly as the request's Page<Item>. Returns whether another page follows.
template<class Request> bool takeListPage(const Request& page, QList<QJsonObject>& items)
{
    for (const auto& item : page.json().value(QLatin1String("items")).toArray())
        items.append(item.toObject());
    return page.value().hasNextPage() && !page.value().items.isEmpty();
}

} // namespace segurdesk::services
