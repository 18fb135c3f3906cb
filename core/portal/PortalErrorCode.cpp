#include "core/portal/PortalErrorCode.h"

#include <QCoreApplication>

#include <array>

namespace segurdesk::portal {

namespace {

struct CodeInfo
{
    PortalErrorCode code;
    const char* id;
    const char* message;
};

// Indexed by the enum value: keep in the declaration order of PortalErrorCode.
constexpr std::array<CodeInfo, 35> kCodes = {{
    {PortalErrorCode::None, "none", QT_TRANSLATE_NOOP("PortalError", "No error.")},
    {PortalErrorCode::InsecureTransport, "insecure-transport",
     QT_TRANSLATE_NOOP("PortalError",
                       "The portal address is refused: only https addresses are allowed (plain http only to this "
                       "computer). Check the portal address in the settings.")},
    {PortalErrorCode::DocumentUnreadable, "document-unreadable",
     QT_TRANSLATE_NOOP("PortalError",
                       "A document to send could not be read. Check that the file still exists and attach it again.")},
    {PortalErrorCode::ConnectionFailed, "connection-failed",
     QT_TRANSLATE_NOOP("PortalError",
                       "The portal could not be reached. Check your Internet connection, then try again.")},
    {PortalErrorCode::ConnectionLost, "connection-lost",
     QT_TRANSLATE_NOOP("PortalError", "The connection to the portal was interrupted. Try again.")},
    {PortalErrorCode::Timeout, "timeout",
     QT_TRANSLATE_NOOP("PortalError", "The portal did not answer in time. Try again in a few minutes.")},
    {PortalErrorCode::TlsFailure, "tls-failure",
     QT_TRANSLATE_NOOP("PortalError",
                       "The secure connection to the portal could not be established: its certificate or its "
                       "encryption was refused. Nothing was sent.")},
    {PortalErrorCode::Cancelled, "cancelled", QT_TRANSLATE_NOOP("PortalError", "Cancelled.")},
    {PortalErrorCode::ReplyTooLarge, "reply-too-large",
     QT_TRANSLATE_NOOP("PortalError", "The portal's answer is larger than expected and was refused.")},
    {PortalErrorCode::MalformedReply, "malformed-reply",
     QT_TRANSLATE_NOOP("PortalError",
                       "The portal's answer could not be understood. Try again later; if it goes on, contact the "
                       "support desk with the request id.")},
    {PortalErrorCode::UnexpectedStatus, "unexpected-status",
     QT_TRANSLATE_NOOP("PortalError", "The portal gave an unexpected answer. Try again later.")},
    {PortalErrorCode::MalformedRequest, "malformed-request",
     QT_TRANSLATE_NOOP("PortalError", "The portal could not read the request. Update Ségur Desk, then try again.")},
    {PortalErrorCode::IdempotencyKeyMissing, "idempotency-key-missing",
     QT_TRANSLATE_NOOP("PortalError", "The portal refused the request: it lacks its submission key.")},
    {PortalErrorCode::IdempotencyKeyReused, "idempotency-key-reused",
     QT_TRANSLATE_NOOP("PortalError",
                       "This submission key was already used for a different dossier. Create a new submission.")},
    {PortalErrorCode::IdempotencyInProgress, "idempotency-in-progress",
     QT_TRANSLATE_NOOP("PortalError", "The portal is still processing this dossier. Try again in a moment.")},
    {PortalErrorCode::Unauthorized, "unauthorized",
     QT_TRANSLATE_NOOP("PortalError", "Your session has expired. Log in again.")},
    {PortalErrorCode::InvalidCredentials, "invalid-credentials",
     QT_TRANSLATE_NOOP("PortalError", "Incorrect login or password.")},
    {PortalErrorCode::AccountLocked, "account-locked",
     QT_TRANSLATE_NOOP("PortalError",
                       "Too many failed attempts: the account is locked for a while. Try again later or reset your "
                       "password.")},
    {PortalErrorCode::PasswordChangeRequired, "password-change-required",
     QT_TRANSLATE_NOOP("PortalError", "You must change your password before going on.")},
    {PortalErrorCode::SecretQuestionRequired, "secret-question-required",
     QT_TRANSLATE_NOOP("PortalError", "You must choose your secret question before going on.")},
    {PortalErrorCode::CallClosed, "call-closed",
     QT_TRANSLATE_NOOP("PortalError", "The call for applications is closed: no new dossier can be submitted.")},
    {PortalErrorCode::Forbidden, "forbidden",
     QT_TRANSLATE_NOOP("PortalError", "The portal refuses this operation for your account.")},
    {PortalErrorCode::NotFound, "not-found",
     QT_TRANSLATE_NOOP("PortalError", "Not found on the portal. Check the number or identifier you entered.")},
    {PortalErrorCode::MethodNotAllowed, "method-not-allowed",
     QT_TRANSLATE_NOOP("PortalError", "The portal does not allow this operation. Update Ségur Desk.")},
    {PortalErrorCode::Conflict, "conflict",
     QT_TRANSLATE_NOOP("PortalError", "The portal refused the operation: the dossier changed in the meantime.")},
    {PortalErrorCode::AdvanceAlreadyRequested, "advance-already-requested",
     QT_TRANSLATE_NOOP("PortalError", "An advance has already been requested for this enrollment.")},
    {PortalErrorCode::EnrollmentNotValidated, "enrollment-not-validated",
     QT_TRANSLATE_NOOP("PortalError", "The advance can only be requested once the enrollment is validated.")},
    {PortalErrorCode::AlreadyDecided, "already-decided",
     QT_TRANSLATE_NOOP("PortalError", "This dossier has already been decided.")},
    {PortalErrorCode::PayloadTooLarge, "payload-too-large",
     QT_TRANSLATE_NOOP("PortalError",
                       "A document is larger than the portal accepts. Reduce its size (4 MB at most), then send "
                       "again.")},
    {PortalErrorCode::UnsupportedMediaType, "unsupported-media-type",
     QT_TRANSLATE_NOOP("PortalError",
                       "A document is not a PDF, JPEG or PNG file. Attach the document in one of these formats.")},
    {PortalErrorCode::ValidationFailed, "validation-failed",
     QT_TRANSLATE_NOOP("PortalError", "The portal refused some fields. Correct the fields shown, then send again.")},
    {PortalErrorCode::TooManyRequests, "too-many-requests",
     QT_TRANSLATE_NOOP("PortalError", "Too many requests were sent to the portal. Wait a moment, then try again.")},
    {PortalErrorCode::InternalError, "internal-error",
     QT_TRANSLATE_NOOP("PortalError",
                       "The portal met an internal error. Try again later; nothing will be sent twice.")},
    {PortalErrorCode::ServiceUnavailable, "service-unavailable",
     QT_TRANSLATE_NOOP("PortalError",
                       "The portal is temporarily unavailable. Try again later; nothing will be sent twice.")},
    {PortalErrorCode::ServerError, "server-error",
     QT_TRANSLATE_NOOP("PortalError", "The portal is not working properly at the moment. Try again later.")},
}};

constexpr bool tableMatchesEnum()
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (static_cast<std::size_t>(kCodes[i].code) != i)
            return false;
    }
    return true;
}
static_assert(tableMatchesEnum(), "kCodes must follow the order of PortalErrorCode");
static_assert(static_cast<std::size_t>(PortalErrorCode::ServerError) + 1 == kCodes.size(),
              "every PortalErrorCode needs a row in kCodes");

const CodeInfo& info(PortalErrorCode code)
{
    const auto index = static_cast<std::size_t>(code);
    return index < kCodes.size() ? kCodes[index] : kCodes[0];
}

} // namespace

QString portalErrorId(PortalErrorCode code)
{
    return QLatin1String(info(code).id);
}

QString portalErrorMessage(PortalErrorCode code)
{
    return QCoreApplication::translate("PortalError", info(code).message);
}

} // namespace segurdesk::portal
