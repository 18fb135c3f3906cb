#pragma once

#include "cli/PortalSession.h"
#include "core/portal/JsonCopyRequest.h"
#include "core/portal/Page.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace segurdesk::cli {

// Every item of a list endpoint ("/enrollments", "/mails", ...), page after page, as the JSON
// objects the portal sent; each page is also checked to parse strictly as Page<Item>. Returns
// false with `error` set when a page fails.
template<class Item>
bool fetchAllPages(portal::PortalClient& client, const QString& path, QList<QJsonObject>& items,
                   portal::PortalError& error)
{
    for (qint64 page = 1;; ++page) {
        portal::JsonCopyRequest<portal::Page<Item>> request(
            client, path, {},
            {{QLatin1String("page"), QString::number(page)}, {QLatin1String("per_page"), QStringLiteral("100")}});
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
