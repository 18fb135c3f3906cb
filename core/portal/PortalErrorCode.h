#pragma once

#include <QString>

namespace segurdesk::portal {

// Every way a portal call can fail. Each code is produced in exactly one place of the client
// and has one user-facing message (portalErrorMessage). Problem codes follow the contract's
// problem types (docs/portal-api.yaml, `urn:segurdesk:problem:<slug>`).
enum class PortalErrorCode {
    None,
    // Refused before sending.
    InsecureTransport, // the URL is neither https nor plain http to a loopback address
    DocumentUnreadable, // a file to upload could not be opened
    // Transport.
    ConnectionFailed, // no connection: refused, unknown host, network down
    ConnectionLost, // the connection closed before the whole answer arrived
    Timeout, // no data moved for the request's timeout
    TlsFailure, // TLS handshake failed, certificate refused, or a key below the policy
    Cancelled, // the user cancelled; never retried
    // Answers the client cannot use.
    ReplyTooLarge, // the answer exceeds what the request accepts
    MalformedReply, // a success answer that does not follow the contract
    UnexpectedStatus, // an HTTP status the contract does not give for this call
    // Problems the portal reports (problem+json), or their HTTP status when the type is unknown.
    MalformedRequest, // 400 malformed-request
    IdempotencyKeyMissing, // 400 idempotency-key-missing
    IdempotencyKeyReused, // 422 idempotency-key-reused: the same key was used for another dossier
    IdempotencyInProgress, // 409 idempotency-in-progress: the first send is still being processed
    Unauthorized, // 401 unauthorized: no, expired or revoked session
    InvalidCredentials, // 401 invalid-credentials
    AccountLocked, // 423 account-locked
    PasswordChangeRequired, // 403 password-change-required
    SecretQuestionRequired, // 403 secret-question-required
    CallClosed, // 403 call-closed
    Forbidden, // 403 with no known problem type
    NotFound, // 404 not-found (also what belongs to another account)
    MethodNotAllowed, // 405 method-not-allowed
    Conflict, // 409 conflict
    AdvanceAlreadyRequested, // 409 advance-already-requested
    EnrollmentNotValidated, // 409 enrollment-not-validated
    AlreadyDecided, // 409 already-decided
    PayloadTooLarge, // 413 payload-too-large
    UnsupportedMediaType, // 415 unsupported-media-type
    ValidationFailed, // 422 validation-failed, with per-field errors
    TooManyRequests, // 429
    InternalError, // 500 internal-error
    ServiceUnavailable, // 503 service-unavailable
    ServerError, // another 5xx
};

// Stable identifier for scripts and support reports ("timeout", "validation-failed").
QString portalErrorId(PortalErrorCode code);
// Translated sentence for the user, saying what happened and what to do.
QString portalErrorMessage(PortalErrorCode code);

} // namespace segurdesk::portal
