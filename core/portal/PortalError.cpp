#include "core/portal/PortalError.h"

#include "core/portal/ProblemDetails.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::portal {

namespace {

constexpr qsizetype kMaxAnswer = qsizetype {16} * 1024;

struct SlugCode
{
    const char* slug;
    PortalErrorCode code;
};

constexpr std::array<SlugCode, 21> kSlugs = {{
    {"malformed-request", PortalErrorCode::MalformedRequest},
    {"idempotency-key-missing", PortalErrorCode::IdempotencyKeyMissing},
    {"idempotency-key-reused", PortalErrorCode::IdempotencyKeyReused},
    {"idempotency-in-progress", PortalErrorCode::IdempotencyInProgress},
    {"unauthorized", PortalErrorCode::Unauthorized},
    {"invalid-credentials", PortalErrorCode::InvalidCredentials},
    {"account-locked", PortalErrorCode::AccountLocked},
    {"password-change-required", PortalErrorCode::PasswordChangeRequired},
    {"secret-question-required", PortalErrorCode::SecretQuestionRequired},
    {"call-closed", PortalErrorCode::CallClosed},
    {"not-found", PortalErrorCode::NotFound},
    {"method-not-allowed", PortalErrorCode::MethodNotAllowed},
    {"conflict", PortalErrorCode::Conflict},
    {"advance-already-requested", PortalErrorCode::AdvanceAlreadyRequested},
    {"enrollment-not-validated", PortalErrorCode::EnrollmentNotValidated},
    {"already-decided", PortalErrorCode::AlreadyDecided},
    {"payload-too-large", PortalErrorCode::PayloadTooLarge},
    {"unsupported-media-type", PortalErrorCode::UnsupportedMediaType},
    {"validation-failed", PortalErrorCode::ValidationFailed},
    {"internal-error", PortalErrorCode::InternalError},
    {"service-unavailable", PortalErrorCode::ServiceUnavailable},
}};

std::optional<PortalErrorCode> codeOfSlug(const QString& slug)
{
    for (const SlugCode& entry : kSlugs) {
        if (slug == QLatin1String(entry.slug))
            return entry.code;
    }
    return std::nullopt;
}

PortalErrorCode codeOfStatus(int status)
{
    switch (status) {
    case 400:
        return PortalErrorCode::MalformedRequest;
    case 401:
        return PortalErrorCode::Unauthorized;
    case 403:
        return PortalErrorCode::Forbidden;
    case 404:
        return PortalErrorCode::NotFound;
    case 405:
        return PortalErrorCode::MethodNotAllowed;
    case 408:
        return PortalErrorCode::Timeout;
    case 409:
        return PortalErrorCode::Conflict;
    case 413:
        return PortalErrorCode::PayloadTooLarge;
    case 415:
        return PortalErrorCode::UnsupportedMediaType;
    case 422:
        return PortalErrorCode::ValidationFailed;
    case 423:
        return PortalErrorCode::AccountLocked;
    case 429:
        return PortalErrorCode::TooManyRequests;
    case 500:
        return PortalErrorCode::InternalError;
    case 503:
        return PortalErrorCode::ServiceUnavailable;
    default:
        return status >= 500 && status <= 599 ? PortalErrorCode::ServerError : PortalErrorCode::UnexpectedStatus;
    }
}

} // namespace

QString PortalError::message() const
{
    return portalErrorMessage(code);
}

QString PortalError::supportReport() const
{
    QStringList lines;
    lines << message();
    lines << QCoreApplication::translate("PortalError", "Error code: %1").arg(portalErrorId(code));
    if (httpStatus > 0)
        lines << QCoreApplication::translate("PortalError", "HTTP status: %1").arg(httpStatus);
    if (!requestId.isEmpty())
        lines << QCoreApplication::translate("PortalError", "Request id: %1").arg(requestId);
    if (!title.isEmpty() || !detail.isEmpty())
        lines << QCoreApplication::translate("PortalError", "Portal message: %1")
                     .arg(QStringList {title, detail}.join(QLatin1String(" — ")).trimmed());
    for (const model::FieldError& field : fieldErrors)
        lines << QCoreApplication::translate("PortalError", "Field %1 (%2): %3")
                     .arg(field.field, field.code, field.message);
    if (!technicalDetail.isEmpty())
        lines << QCoreApplication::translate("PortalError", "Technical detail: %1").arg(technicalDetail);
    if (!portalAnswer.isEmpty())
        lines << QCoreApplication::translate("PortalError", "Portal answer:") << portalAnswer;
    return lines.join(QLatin1Char('\n'));
}

void PortalError::renameFields(const QHash<QString, QString>& aliases)
{
    for (model::FieldError& field : fieldErrors)
        field.field = aliases.value(field.field, field.field);
}

PortalError PortalError::make(PortalErrorCode code, QString technicalDetail)
{
    PortalError error;
    error.code = code;
    error.technicalDetail = std::move(technicalDetail);
    return error;
}

PortalError PortalError::fromHttpAnswer(int httpStatus, const QByteArray& body, const QString& requestIdHeader,
                                        std::optional<std::chrono::milliseconds> retryAfter)
{
    PortalError error;
    error.httpStatus = httpStatus;
    error.portalAnswer = QString::fromUtf8(body.left(kMaxAnswer));
    error.requestId = requestIdHeader;
    error.retryAfter = retryAfter;

    const std::optional<ProblemDetails> problem = ProblemDetails::parse(body);
    const std::optional<PortalErrorCode> typed = problem ? codeOfSlug(problem->slug) : std::nullopt;
    error.code = typed ? *typed : codeOfStatus(httpStatus);
    if (problem) {
        error.problemType = problem->type;
        error.title = problem->title;
        error.detail = problem->detail;
        error.fieldErrors = problem->errors;
        if (error.requestId.isEmpty())
            error.requestId = problem->requestId;
        if (!error.retryAfter && problem->retryAfterSeconds)
            error.retryAfter = std::chrono::seconds(*problem->retryAfterSeconds);
    }
    return error;
}

PortalError PortalError::fromTransport(QNetworkReply::NetworkError networkError, TransportCause cause,
                                       const QString& errorText)
{
    PortalError error;
    error.technicalDetail = errorText;
    if (cause == TransportCause::TlsRefused || networkError == QNetworkReply::SslHandshakeFailedError) {
        error.code = PortalErrorCode::TlsFailure;
        return error;
    }
    if (cause == TransportCause::TimedOut || networkError == QNetworkReply::TimeoutError) {
        error.code = PortalErrorCode::Timeout;
        return error;
    }
    switch (networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        error.code = PortalErrorCode::ConnectionLost;
        break;
    default:
        error.code = PortalErrorCode::ConnectionFailed;
        break;
    }
    return error;
}

} // namespace segurdesk::portal
