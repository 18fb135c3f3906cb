#include "core/model/JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace segurdesk::model {

namespace {

// JSON has one number type; integers beyond 2^53 cannot be told apart from their neighbours.
constexpr double kMaxExactInteger = 9007199254740992.0;

} // namespace

JsonObjectReader::JsonObjectReader(const QJsonObject& object, QString path, FieldErrors* errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_errors(errors)
{ }

QString JsonObjectReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonObjectReader::report(const QString& field, QLatin1String code, const QString& message) const
{
    m_errors->append(FieldError {field, QString(code), message, Severity::Error});
}

const QJsonValue* JsonObjectReader::take(QLatin1String key)
{
    const QString name(key);
    m_seen.insert(name);
    m_current = m_object.value(name);
    if (m_current.isUndefined() || m_current.isNull())
        return nullptr;
    return &m_current;
}

QString JsonObjectReader::string(QLatin1String key)
{
    const QJsonValue* value = take(key);
    if (!value)
        return QString();
    if (value->isString())
        return value->toString();
    if (value->isDouble()) {
        report(pathOf(key), QLatin1String("field.type"),
               QCoreApplication::translate(
                   "DossierJson", "Must be text in quotes (\"…\"), not a number: numbers lose their leading zeros."));
    } else {
        report(pathOf(key), QLatin1String("field.type"),
               QCoreApplication::translate("DossierJson", "Must be text in quotes (\"…\")."));
    }
    return QString();
}

std::optional<bool> JsonObjectReader::boolean(QLatin1String key)
{
    const QJsonValue* value = take(key);
    if (!value)
        return std::nullopt;
    if (value->isBool())
        return value->toBool();
    report(pathOf(key), QLatin1String("field.type"),
           QCoreApplication::translate("DossierJson", "Must be true or false (without quotes)."));
    return std::nullopt;
}

std::optional<qint64> JsonObjectReader::integer(QLatin1String key)
{
    const QJsonValue* value = take(key);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    if (!value->isDouble() || !std::isfinite(number) || std::trunc(number) != number
        || std::fabs(number) > kMaxExactInteger) {
        report(pathOf(key), QLatin1String("field.type"),
               QCoreApplication::translate("DossierJson", "Must be a whole number without quotes, such as 120."));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QJsonObject> JsonObjectReader::object(QLatin1String key)
{
    const QJsonValue* value = take(key);
    if (!value)
        return std::nullopt;
    if (value->isObject())
        return value->toObject();
    report(pathOf(key), QLatin1String("field.type"),
           QCoreApplication::translate("DossierJson", "Must be an object: members between braces { }."));
    return std::nullopt;
}

void JsonObjectReader::ignore(QLatin1String key)
{
    m_seen.insert(QString(key));
}

void JsonObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            report(pathOf(it.key()), QLatin1String("field.unknown"),
                   QCoreApplication::translate(
                       "DossierJson",
                       "Unknown field: check its spelling against the dossier format (docs/dossier-format.md)."));
        }
    }
}

} // namespace segurdesk::model
