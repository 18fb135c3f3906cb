#pragma once

#include "core/portal/ReplyReader.h"

#include <QList>

namespace segurdesk::portal {

// One page of a list endpoint: `items` (newest first) and where it sits in the whole list.
template<class Item> struct Page
{
    QList<Item> items;
    qint64 page = 1;
    qint64 perPage = 20;
    qint64 total = 0;

    bool hasNextPage() const { return page * perPage < total; }

    static Page read(ReplyReader& reader)
    {
        Page result;
        result.items = reader.array(QLatin1String("items"), [](ReplyReader& item) { return Item::read(item); });
        result.page = reader.integer(QLatin1String("page"), 1, 1'000'000'000);
        result.perPage = reader.integer(QLatin1String("per_page"), 1, 100);
        result.total = reader.integer(QLatin1String("total"), 0, 1'000'000'000'000);
        return result;
    }
};

} // namespace segurdesk::portal
