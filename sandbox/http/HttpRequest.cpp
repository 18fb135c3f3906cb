#include "sandbox/http/HttpRequest.h"

#include <QUrl>

namespace segurdesk::sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QString HttpRequest::queryValue(const QString& name) const
{
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace segurdesk::sandbox
