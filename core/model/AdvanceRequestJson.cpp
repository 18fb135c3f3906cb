#include "core/model/AdvanceRequestJson.h"

#include "core/model/JsonObjectReader.h"
#include "core/model/RuleHelpers.h"
#include "core/validation/MailboxCount.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace segurdesk::model {

namespace {

struct CountMember
{
    const char* key;
    qint64 MailboxCounts::*member;
};

constexpr CountMember kCounts[] = {
    {"applicative", &MailboxCounts::applicative},
    {"organizational", &MailboxCounts::organizational},
    {"personal", &MailboxCounts::personal},
};

MailboxCounts readCounts(const QJsonObject& object, const QString& path, FieldErrors* errors)
{
    JsonObjectReader reader(object, path, errors);
    MailboxCounts counts;
    for (const CountMember& count : kCounts) {
        const QLatin1String key(count.key);
        const bool present = object.contains(key) && !object.value(key).isNull();
        if (const auto value = reader.integer(key)) {
            counts.*count.member = *value;
        } else if (!present) {
            reader.report(
                reader.pathOf(key), QLatin1String("field.required"),
                QCoreApplication::translate("AdvanceRequest", "Enter the number of mailboxes (0 if there are none)."));
        }
    }
    reader.finish();
    return counts;
}

void requireCounts(const QJsonObject& root, JsonObjectReader& reader, QLatin1String key, MailboxCounts* target)
{
    const bool present = root.contains(key) && !root.value(key).isNull();
    if (const auto object = reader.object(key)) {
        *target = readCounts(*object, QString(key), reader.errors());
    } else if (!present) {
        reader.report(QString(key), QLatin1String("field.required"),
                      QCoreApplication::translate("AdvanceRequest", "The three mailbox counts are required."));
    }
}

QJsonObject countsToJson(const MailboxCounts& counts)
{
    QJsonObject object;
    for (const CountMember& count : kCounts)
        object.insert(QLatin1String(count.key), counts.*count.member);
    return object;
}

} // namespace

AdvanceRequestJson::Parsed AdvanceRequestJson::parse(const QByteArray& bytes)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        parsed.errors.append(
            FieldError {QString(), QStringLiteral("json.syntax"),
                        QCoreApplication::translate("AdvanceRequest", "The advance request must be one JSON object."),
                        Severity::Error});
        return parsed;
    }
    return fromJson(document.object());
}

AdvanceRequestJson::Parsed AdvanceRequestJson::fromJson(const QJsonObject& root)
{
    Parsed parsed;
    JsonObjectReader reader(root, QString(), &parsed.errors);
    parsed.request.enrollmentId = reader.string(QLatin1String("enrollment_id"));
    requireCounts(root, reader, QLatin1String("current"), &parsed.request.current);
    requireCounts(root, reader, QLatin1String("estimated"), &parsed.request.estimatedAtClosing);
    reader.finish();
    return parsed;
}

QJsonObject AdvanceRequestJson::toJson(const AdvanceRequest& request)
{
    return QJsonObject {
        {QStringLiteral("enrollment_id"), request.enrollmentId},
        {QStringLiteral("current"), countsToJson(request.current)},
        {QStringLiteral("estimated"), countsToJson(request.estimatedAtClosing)},
    };
}

FieldErrors validateAdvanceRequest(const AdvanceRequest& request)
{
    FieldErrors errors;
    rules::requireText(
        errors, QStringLiteral("enrollment_id"), request.enrollmentId,
        QCoreApplication::translate("AdvanceRequest", "Choose the validated enrollment this request is for."));
    const std::pair<const char*, const MailboxCounts*> groups[] = {
        {"current", &request.current},
        {"estimated", &request.estimatedAtClosing},
    };
    for (const auto& [group, counts] : groups) {
        for (const CountMember& count : kCounts) {
            rules::addResult(errors, QStringLiteral("%1.%2").arg(QLatin1String(group), QLatin1String(count.key)),
                             validation::validateMailboxCount(QString::number(counts->*count.member)));
        }
    }
    return errors;
}

} // namespace segurdesk::model
