#pragma once

#include "core/model/FieldError.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace segurdesk::model {

// Reads the members of one JSON object strictly, for hand-written dossier files and for
// what arrives at the portal: a member of the wrong type becomes a FieldError at its path
// (and reads as absent), never an exception or a silent conversion; finish() reports every
// member nobody asked for. null reads as absent everywhere.
class JsonObjectReader
{
public:
    // `path` is the dotted path of this object ("" for the root); errors are appended to `errors`.
    JsonObjectReader(const QJsonObject& object, QString path, FieldErrors* errors);

    QString string(QLatin1String key);
    std::optional<bool> boolean(QLatin1String key);
    std::optional<qint64> integer(QLatin1String key);
    // The nested object, or nullopt when absent or not an object (reported).
    std::optional<QJsonObject> object(QLatin1String key);
    // Accepted and deliberately not read (the portal decides these members).
    void ignore(QLatin1String key);

    QString pathOf(const QString& key) const;
    FieldErrors* errors() const { return m_errors; }
    void report(const QString& field, QLatin1String code, const QString& message) const;

    // Reports the members that were neither read nor ignored, as field.unknown.
    void finish();

private:
    const QJsonValue* take(QLatin1String key);

    QJsonObject m_object;
    QString m_path;
    FieldErrors* m_errors;
    QSet<QString> m_seen;
    QJsonValue m_current;
};

} // namespace segurdesk::model
