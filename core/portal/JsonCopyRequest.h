#pragma once

#include "core/portal/JsonReplyRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

namespace segurdesk::portal {

// A GET of account data whose answer is parsed strictly as `T` (value()) and also kept as the
// JSON object the portal sent (json()): for a local copy of what the portal said
// (storage::DossierCache) and for printing it unchanged. Not polled, since a 304 would leave
// the copy empty.
template<class T> class JsonCopyRequest final : public JsonReplyRequest<T>
{
public:
    using Query = QList<std::pair<QLatin1String, QString>>;

    // `pathTemplate` is what the logs show ("/enrollments/{id}"); `segments` replace its
    // "{...}" placeholders in order, percent-encoded.
    JsonCopyRequest(PortalClient& client, const QString& pathTemplate, const QStringList& segments = {},
                    const Query& query = {}, QObject* parent = nullptr)
        : JsonReplyRequest<T>(client, QByteArrayLiteral("GET"), pathTemplate, encodedPath(pathTemplate, segments),
                              parent)
    {
        for (const auto& [key, value] : query)
            this->addQueryItem(key, value);
    }

    // Valid once succeeded().
    const QJsonObject& json() const { return m_json; }

protected:
    std::optional<PortalError> handleSuccess(const PortalRequest::Answer& answer) override
    {
        if (std::optional<PortalError> failure = JsonReplyRequest<T>::handleSuccess(answer))
            return failure;
        m_json = QJsonDocument::fromJson(answer.body).object();
        return std::nullopt;
    }

private:
    static QString encodedPath(QString path, const QStringList& segments)
    {
        for (const QString& segment : segments) {
            const qsizetype open = path.indexOf(QLatin1Char('{'));
            const qsizetype close = path.indexOf(QLatin1Char('}'), open);
            if (open < 0 || close < 0)
                break;
            path.replace(open, close - open + 1, PortalRequest::encodeSegment(segment));
        }
        return path;
    }

    QJsonObject m_json;
};

} // namespace segurdesk::portal
