#pragma once

#include "core/model/Money.h"
#include "core/model/VatRate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace segurdesk::portal {

// Reads a reply's JSON object strictly against the contract: a required member that is absent,
// null or of another type, a number out of range, a malformed date or money, an unknown enum
// value: each is a parse error naming the member's path ("status_history[2].at") and what was
// expected — never the value, which may be personal. Only the first error is kept; once there
// is one, readers return empty values and the caller discards the result. Unknown members are
// ignored so that the portal can add some.
class ReplyReader
{
public:
    static constexpr qsizetype MaxArrayItems = 10000;

    ReplyReader(QJsonObject object, QString path, std::shared_ptr<QString> error);
    // The root reader of a reply body; fails when the body is not a JSON object.
    static ReplyReader forBody(const QByteArray& body);

    bool failed() const { return !m_error->isEmpty(); }
    const QString& error() const { return *m_error; }
    const QJsonObject& object() const { return m_object; }

    QString string(QLatin1String key);
    QString optionalString(QLatin1String key);
    bool boolean(QLatin1String key);
    qint64 integer(QLatin1String key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QLatin1String key, qint64 min, qint64 max);
    // RFC 3339 with a time zone ("2023-03-14T09:26:53Z"), returned in UTC.
    QDateTime dateTime(QLatin1String key);
    QDateTime optionalDateTime(QLatin1String key);
    // A calendar date "YYYY-MM-DD".
    QDate optionalDate(QLatin1String key);
    model::Money money(QLatin1String key);
    std::optional<model::Money> optionalMoney(QLatin1String key);
    model::VatRate vatRate(QLatin1String key);
    QStringList stringArray(QLatin1String key);
    QJsonObject rawObject(QLatin1String key);
    // A nested object (required): errors inside it are reported under its path.
    ReplyReader child(QLatin1String key);
    // An optional nested object: nullopt when absent or null.
    std::optional<ReplyReader> optionalChild(QLatin1String key);

    // A required enum member read through `fromId` (e.g. model::enrollmentStatusFromId).
    template<class Enum, class FromId> Enum enumeration(QLatin1String key, FromId fromId, Enum fallback)
    {
        const QString id = string(key);
        if (failed())
            return fallback;
        const std::optional<Enum> value = fromId(id);
        if (!value) {
            fail(key, "a known value");
            return fallback;
        }
        return *value;
    }

    // A required array of objects, each read by `readItem(ReplyReader&)`.
    template<class ReadItem> auto array(QLatin1String key, ReadItem readItem)
    {
        using Item = decltype(readItem(std::declval<ReplyReader&>()));
        QList<Item> items;
        const QJsonArray values = arrayValue(key);
        for (qsizetype i = 0; i < values.size() && !failed(); ++i) {
            if (!values.at(i).isObject()) {
                failAt(itemPath(key, i), "an object");
                break;
            }
            ReplyReader item(values.at(i).toObject(), itemPath(key, i), m_error);
            items.append(readItem(item));
        }
        if (failed())
            items.clear();
        return items;
    }

    void fail(QLatin1String key, const char* expected);

private:
    QJsonValue required(QLatin1String key, bool (QJsonValue::*isType)() const, const char* expected);
    // The value when present and not null; reports a wrong type.
    std::optional<QJsonValue> present(QLatin1String key);
    QJsonArray arrayValue(QLatin1String key);
    QString pathOf(QLatin1String key) const;
    QString itemPath(QLatin1String key, qsizetype index) const;
    void failAt(const QString& path, const char* expected);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace segurdesk::portal
