#include "core/portal/DocumentRef.h"

namespace segurdesk::portal {

DocumentRef DocumentRef::read(ReplyReader& reader)
{
    DocumentRef document;
    document.id = reader.string(QLatin1String("id"));
    document.kind = reader.string(QLatin1String("kind"));
    document.fileName = reader.string(QLatin1String("filename"));
    document.contentType = reader.string(QLatin1String("content_type"));
    document.size = reader.integer(QLatin1String("size"), 0, qint64(1) << 40);
    document.sha256 = reader.string(QLatin1String("sha256"));
    document.createdAt = reader.dateTime(QLatin1String("created_at"));
    document.url = reader.optionalString(QLatin1String("url"));
    return document;
}

} // namespace segurdesk::portal
