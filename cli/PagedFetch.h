#pragma once

#include "cli/PortalSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace segurdesk::cli {

// Every item of a list endpoint, page after page, as the JSON objects the portal sent; each
// page also parses strictly as its request's Page<Item>. `Request` is one of the typed list
// requests (portal::EnrollmentListRequest, portal::MailListRequest, ...). Returns false with
// `error` set when a page fails.
template<class Request>
bool fetchAllPages(portal::PortalClient& client, QList<QJsonObject>& items, portal::PortalError& error)
{
    constexpr qint64 PerPage = 100;
    for (qint64 page = 1;; ++page) {
        Request request(client, page, PerPage);
        PortalSession::await(request);
        if (!request.succeeded()) {
            error = request.error();
            return false;
        }
        for (const auto& item : request.json().value(QLatin1String("items")).toArray())
            items.append(item.toObject());
        if (!request.value().hasNextPage() || request.value().items.isEmpty())
            return true;
    }
}

} // namespace segurdesk::cli
