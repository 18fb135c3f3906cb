#pragma once

#include "cli/PortalSession.h"
#include "core/services/ListPages.h"

namespace segurdesk::cli {

// Every item of a list endpoint, page after page (services::takeListPage). `Request` is one of
// the typed list requests (portal::MailListRequest, ...). Gives false with `error` set when a
// page fails.
template<class Request>
Task<bool> fetchAllPages(portal::PortalClient& client, QList<QJsonObject>& items, portal::PortalError& error)
{
    for (qint64 page = 1;; ++page) {
        Request request(client, page, services::ListPageSize);
        if (!co_await PortalSession::send(request)) {
            error = request.error();
            co_return false;
        }
        if (!services::takeListPage(request, items))
            co_return true;
    }
}

} // namespace segurdesk::cli
