#pragma once

#include "core/portal/ReplyReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace segurdesk::portal {

// The outcome of parsing a reply body: the typed value and the JSON object it was read from, or
// the first problem found (a path and what was expected there, in English, without the
// offending value).
template<class T> struct Parsed
{
    std::optional<T> value;
    QString error;
    QJsonObject object;

    explicit operator bool() const { return value.has_value(); }
};

// Parses any bytes as a `T` (a reply type with `static T read(ReplyReader&)`). Never throws,
// never crashes; this is the entry point the fuzz targets use.
template<class T> Parsed<T> parseReply(const QByteArray& body)
{
    ReplyReader reader = ReplyReader::forBody(body);
    if (reader.failed())
        return {std::nullopt, reader.error(), {}};
    T value = T::read(reader);
    if (reader.failed())
        return {std::nullopt, reader.error(), {}};
    return {std::move(value), QString(), reader.object()};
}

} // namespace segurdesk::portal
