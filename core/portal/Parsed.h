#pragma once

#include "core/portal/ReplyReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
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
template<class T> Parsed<T> parseWith(ReplyReader& reader)
{
    if (reader.failed())
        return {std::nullopt, reader.error(), {}};
    T value = T::read(reader);
    if (reader.failed())
        return {std::nullopt, reader.error(), {}};
    return {std::move(value), QString(), reader.object()};
}

template<class T> Parsed<T> parseReply(const QByteArray& body)
{
    ReplyReader reader = ReplyReader::forBody(body);
    return parseWith<T>(reader);
}

// The same for an object already parsed (a reply kept in the DossierCache), without writing it
// out as text and reading it again.
template<class T> Parsed<T> parseObject(const QJsonObject& object)
{
    ReplyReader reader(object, QString(), std::make_shared<QString>());
    return parseWith<T>(reader);
}

} // namespace segurdesk::portal
