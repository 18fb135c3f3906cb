#pragma once

#include "core/model/FieldError.h"
#include "core/portal/PortalErrorCode.h"

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace segurdesk::portal {

// How a portal call failed: a typed code (its translated message says what to do), the
// portal's own answer kept verbatim for the support desk, the request id, and the per-field
// errors at the model's field paths (model::FieldError, "bank.iban"), so a page can show each
// message next to its field. Holds no token and no request body.
struct PortalError
{
    PortalErrorCode code = PortalErrorCode::None;
    int httpStatus = 0;
    // The problem type as the portal sent it ("urn:segurdesk:problem:validation-failed").
    QString problemType;
    // The portal's French title and detail of this occurrence.
    QString title;
    QString detail;
    // The answer's body as received (truncated to 16 KiB), for the support desk.
    QString portalAnswer;
    QString requestId;
    model::FieldErrors fieldErrors;
    // How long the portal asked to wait (Retry-After) before trying again.
    std::optional<std::chrono::milliseconds> retryAfter;
    // What the transport or the parser said, in English, for the support report.
    QString technicalDetail;

    bool isError() const { return code != PortalErrorCode::None; }
    // The translated sentence for the user.
    QString message() const;
    // Plain text to copy for the support desk: message, code, status, request id, the portal's
    // answer and the technical detail.
    QString supportReport() const;
    // Moves field errors from a request's own names to the model's paths ("siret" →
    // "applicant.siret" for a SIRET lookup).
    void renameFields(const QHash<QString, QString>& aliases);

    // An error found by the client itself (not an HTTP answer).
    static PortalError make(PortalErrorCode code, QString technicalDetail = {});
    // An HTTP answer that is not a success: the problem type decides the code, or the status
    // when the type is unknown or the body is not a problem.
    static PortalError fromHttpAnswer(int httpStatus, const QByteArray& body, const QString& requestIdHeader,
                                      std::optional<std::chrono::milliseconds> retryAfter);
    // Why a reply ended without an HTTP answer, when the client itself stopped it.
    enum class TransportCause { Network, TimedOut, TlsRefused };
    // A reply that ended without an HTTP answer.
    static PortalError fromTransport(QNetworkReply::NetworkError error, TransportCause cause, const QString& errorText);
};

} // namespace segurdesk::portal
