#include "core/portal/ReplyReader.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace segurdesk::portal {

ReplyReader::ReplyReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
{ }

ReplyReader ReplyReader::forBody(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    ReplyReader reader(document.object(), QString(), std::make_shared<QString>());
    if (parseError.error != QJsonParseError::NoError)
        *reader.m_error
            = QStringLiteral("body: not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
    else if (!document.isObject())
        *reader.m_error = QStringLiteral("body: expected a JSON object");
    return reader;
}

QString ReplyReader::pathOf(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

QString ReplyReader::itemPath(QLatin1String key, qsizetype index) const
{
    return pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void ReplyReader::failAt(const QString& path, const char* expected)
{
    if (m_error->isEmpty())
        *m_error = QStringLiteral("%1: expected %2").arg(path, QLatin1String(expected));
}

void ReplyReader::fail(QLatin1String key, const char* expected)
{
    failAt(pathOf(key), expected);
}

QJsonValue ReplyReader::required(QLatin1String key, bool (QJsonValue::*isType)() const, const char* expected)
{
    QJsonValue value = m_object.value(key);
    if (!(value.*isType)()) {
        fail(key, expected);
        return {};
    }
    return value;
}

std::optional<QJsonValue> ReplyReader::present(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

QString ReplyReader::string(QLatin1String key)
{
    return required(key, &QJsonValue::isString, "a string").toString();
}

QString ReplyReader::optionalString(QLatin1String key)
{
    const auto value = present(key);
    if (value && !value->isString()) {
        fail(key, "a string or null");
        return {};
    }
    return value ? value->toString() : QString();
}

bool ReplyReader::boolean(QLatin1String key)
{
    return required(key, &QJsonValue::isBool, "a boolean").toBool();
}

qint64 ReplyReader::integer(QLatin1String key, qint64 min, qint64 max)
{
    const std::optional<qint64> value = optionalInteger(key, min, max);
    if (!value) {
        fail(key, "an integer");
        return 0;
    }
    return *value;
}

std::optional<qint64> ReplyReader::optionalInteger(QLatin1String key, qint64 min, qint64 max)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble(std::nan(""));
    if (!value->isDouble() || number != std::floor(number) || number < static_cast<double>(min)
        || number > static_cast<double>(max)) {
        fail(key, "an integer in range");
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

QDateTime ReplyReader::optionalDateTime(QLatin1String key)
{
    static const QRegularExpression rfc3339(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"));
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    QDateTime parsed;
    if (rfc3339.match(text).hasMatch())
        parsed = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        fail(key, "an RFC 3339 date-time");
        return {};
    }
    return parsed.toUTC();
}

QDateTime ReplyReader::dateTime(QLatin1String key)
{
    QDateTime value = optionalDateTime(key);
    if (!value.isValid())
        fail(key, "an RFC 3339 date-time");
    return value;
}

QDate ReplyReader::optionalDate(QLatin1String key)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QDate date = isoDate.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        fail(key, "a date YYYY-MM-DD");
    return date;
}

std::optional<model::Money> ReplyReader::optionalMoney(QLatin1String key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    const std::optional<model::Money> money = value->isString() ? model::Money::fromJson(*value) : std::nullopt;
    if (!money)
        fail(key, "an amount \"1234.56\"");
    return money;
}

model::Money ReplyReader::money(QLatin1String key)
{
    const std::optional<model::Money> value = optionalMoney(key);
    if (!value)
        fail(key, "an amount \"1234.56\"");
    return value.value_or(model::Money());
}

model::VatRate ReplyReader::vatRate(QLatin1String key)
{
    return enumeration(key, &model::VatRate::fromId, model::VatRate::notSubject());
}

QJsonArray ReplyReader::arrayValue(QLatin1String key)
{
    QJsonArray values = required(key, &QJsonValue::isArray, "an array").toArray();
    if (values.size() > MaxArrayItems) {
        fail(key, "a shorter array");
        return {};
    }
    return values;
}

QStringList ReplyReader::stringArray(QLatin1String key)
{
    QStringList strings;
    const QJsonArray values = arrayValue(key);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString()) {
            failAt(itemPath(key, i), "a string");
            return {};
        }
        strings.append(values.at(i).toString());
    }
    return strings;
}

QJsonObject ReplyReader::rawObject(QLatin1String key)
{
    return required(key, &QJsonValue::isObject, "an object").toObject();
}

ReplyReader ReplyReader::child(QLatin1String key)
{
    return ReplyReader(rawObject(key), pathOf(key), m_error);
}

std::optional<ReplyReader> ReplyReader::optionalChild(QLatin1String key)
{
    if (!present(key))
        return std::nullopt;
    return child(key);
}

} // namespace segurdesk::portal
