#include "sandbox/http/Problem.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace segurdesk::sandbox {

Problem::Problem(int status, const QString& slug, const QString& detail)
    : m_status(status)
    , m_slug(slug)
    , m_detail(detail)
{ }

Problem& Problem::addError(const QString& field, const QString& code, const QString& message)
{
    m_errors.append({field, code, message});
    return *this;
}

Problem& Problem::addErrors(const QList<FieldError>& errors)
{
    m_errors.append(errors);
    return *this;
}

Problem& Problem::setRetryAfter(int seconds)
{
    m_retryAfter = seconds;
    return *this;
}

QString Problem::title(const QString& slug)
{
    struct Entry
    {
        const char* slug;
        const char* title;
    };
    static const Entry entries[] = {
        {"malformed-request", QT_TRANSLATE_NOOP("Problem", "The request is malformed")},
        {"idempotency-key-missing", QT_TRANSLATE_NOOP("Problem", "The Idempotency-Key header is missing or invalid")},
        {"idempotency-key-reused", QT_TRANSLATE_NOOP("Problem", "This Idempotency-Key was used for another request")},
        {"idempotency-in-progress", QT_TRANSLATE_NOOP("Problem", "The same request is still being processed")},
        {"unauthorized", QT_TRANSLATE_NOOP("Problem", "Authentication required")},
        {"invalid-credentials", QT_TRANSLATE_NOOP("Problem", "Incorrect login or password")},
        {"account-locked", QT_TRANSLATE_NOOP("Problem", "Too many failed attempts: login temporarily locked")},
        {"password-change-required", QT_TRANSLATE_NOOP("Problem", "You must change your password first")},
        {"secret-question-required", QT_TRANSLATE_NOOP("Problem", "You must choose your secret question first")},
        {"call-closed", QT_TRANSLATE_NOOP("Problem", "The call for applications is closed")},
        {"not-found", QT_TRANSLATE_NOOP("Problem", "Resource not found")},
        {"method-not-allowed", QT_TRANSLATE_NOOP("Problem", "Method not allowed on this resource")},
        {"advance-already-requested",
         QT_TRANSLATE_NOOP("Problem", "An advance was already requested for this enrollment")},
        {"enrollment-not-validated", QT_TRANSLATE_NOOP("Problem", "The enrollment is not validated")},
        {"already-decided", QT_TRANSLATE_NOOP("Problem", "The enrollment was already decided")},
        {"payload-too-large", QT_TRANSLATE_NOOP("Problem", "File too large")},
        {"unsupported-media-type", QT_TRANSLATE_NOOP("Problem", "File type not accepted")},
        {"validation-failed", QT_TRANSLATE_NOOP("Problem", "Some fields are invalid")},
        {"internal-error", QT_TRANSLATE_NOOP("Problem", "Internal error of the portal")},
        {"service-unavailable", QT_TRANSLATE_NOOP("Problem", "The portal is temporarily unavailable")},
    };
    for (const Entry& entry : entries) {
        if (slug == QLatin1String(entry.slug))
            return QCoreApplication::translate("Problem", entry.title);
    }
    return slug;
}

HttpResponse Problem::toResponse(const QString& instance, const QString& requestId) const
{
    QJsonObject body {
        {QStringLiteral("type"), QStringLiteral("urn:segurdesk:problem:") + m_slug},
        {QStringLiteral("title"), title(m_slug)},
        {QStringLiteral("status"), m_status},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("request_id"), requestId},
    };
    if (!m_detail.isEmpty())
        body.insert(QStringLiteral("detail"), m_detail);
    if (!m_errors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError& error : m_errors) {
            errors.append(QJsonObject {{QStringLiteral("field"), error.field},
                                       {QStringLiteral("code"), error.code},
                                       {QStringLiteral("message"), error.message}});
        }
        body.insert(QStringLiteral("errors"), errors);
    }
    if (m_retryAfter >= 0)
        body.insert(QStringLiteral("retry_after"), m_retryAfter);
    HttpResponse response = HttpResponse::json(m_status, body);
    response.contentType = QByteArrayLiteral("application/problem+json");
    if (m_retryAfter >= 0)
        response.withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfter));
    return response;
}

} // namespace segurdesk::sandbox
