#include "cli/DraftFieldSetter.h"

#include "core/model/DossierJson.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace segurdesk::cli {

namespace {

QJsonObject withValue(const QJsonObject& object, const QStringList& path, const QJsonValue& value)
{
    QJsonObject result = object;
    if (path.size() == 1) {
        if (value.isUndefined())
            result.remove(path.first());
        else
            result.insert(path.first(), value);
        return result;
    }
    result.insert(path.first(), withValue(object.value(path.first()).toObject(), path.mid(1), value));
    return result;
}

std::optional<bool> yesNo(const QString& value)
{
    const QString lower = value.trimmed().toLower();
    for (const char* yes : {"true", "oui", "yes", "1"}) {
        if (lower == QLatin1String(yes))
            return true;
    }
    for (const char* no : {"false", "non", "no", "0"}) {
        if (lower == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

// The format's complaint about `path` (or about a member above it), empty when there is none.
QString complaint(const QJsonObject& dossier, const QString& path)
{
    const model::DossierJson::Parsed parsed = model::DossierJson::fromJson(dossier, model::DossierJson::Mode::File);
    for (const model::FieldError& error : parsed.errors) {
        if (error.field == path || path.startsWith(error.field + QLatin1Char('.')))
            return error.message;
    }
    return {};
}

} // namespace

QString DraftFieldSetter::set(QJsonObject& dossier, const QString& path, const QString& value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (path.isEmpty() || parts.contains(QString()) || parts.first() == QLatin1String("documents")
        || parts.first() == QLatin1String("format_version")) {
        return QCoreApplication::translate("cli",
                                           "\"%1\" is not a field you can set (documents are attached with "
                                           "\"draft attach\").")
            .arg(path);
    }
    if (value.isEmpty()) {
        dossier = withValue(dossier, parts, QJsonValue(QJsonValue::Undefined));
        return {};
    }
    QList<QJsonValue> candidates {QJsonValue(value)};
    if (const std::optional<bool> answer = yesNo(value))
        candidates.append(QJsonValue(*answer));
    QString firstComplaint;
    for (const QJsonValue& candidate : candidates) {
        const QJsonObject updated = withValue(dossier, parts, candidate);
        const QString problem = complaint(updated, path);
        if (problem.isEmpty()) {
            dossier = updated;
            return {};
        }
        if (firstComplaint.isEmpty())
            firstComplaint = problem;
    }
    return QStringLiteral("%1: %2").arg(path, firstComplaint);
}

} // namespace segurdesk::cli
