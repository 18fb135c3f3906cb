#include "core/portal/ProblemDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace segurdesk::portal {

namespace {

constexpr qsizetype kMaxText = 4000;
constexpr qsizetype kMaxFieldErrors = 500;

QString text(const QJsonObject& object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().left(kMaxText) : QString();
}

std::optional<qint64> integer(const QJsonObject& object, QLatin1String key, qint64 min, qint64 max)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < static_cast<double>(min) || number > static_cast<double>(max) || number != std::floor(number))
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString fieldPath(const QString& field)
{
    static const QRegularExpression path(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    return field.size() <= 200 && path.match(field).hasMatch() ? field : QString();
}

} // namespace

std::optional<ProblemDetails> ProblemDetails::parse(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();

    ProblemDetails problem;
    problem.type = text(root, QLatin1String("type"));
    static const QLatin1String prefix("urn:segurdesk:problem:");
    if (problem.type.startsWith(prefix))
        problem.slug = problem.type.mid(prefix.size());
    problem.title = text(root, QLatin1String("title"));
    problem.detail = text(root, QLatin1String("detail"));
    problem.instance = text(root, QLatin1String("instance"));
    problem.requestId = text(root, QLatin1String("request_id")).left(200);
    if (const auto status = integer(root, QLatin1String("status"), 100, 599))
        problem.status = static_cast<int>(*status);
    problem.retryAfterSeconds = integer(root, QLatin1String("retry_after"), 0, 366LL * 24 * 3600);

    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    for (const auto& entry : errors) {
        if (problem.errors.size() >= kMaxFieldErrors)
            break;
        const QJsonObject object = entry.toObject();
        const QJsonValue field = object.value(QLatin1String("field"));
        const QJsonValue code = object.value(QLatin1String("code"));
        const QJsonValue message = object.value(QLatin1String("message"));
        if (!field.isString() || !code.isString() || !message.isString())
            continue;
        problem.errors.append(model::FieldError {fieldPath(field.toString()), code.toString().left(100),
                                                 message.toString().left(kMaxText)});
    }
    return problem;
}

} // namespace segurdesk::portal
