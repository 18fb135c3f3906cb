#include "core/portal/ProblemDetails.h"

#include "core/portal/PortalError.h"
#include "tests/core/portal/RowName.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using namespace segurdesk;
using namespace segurdesk::portal;
using segurdesk::portal::test::RowName;

namespace {

struct AnswerRow
{
    const char* name;
    int status;
    QByteArray body;
    PortalErrorCode code;
};

class HttpAnswerTest : public ::testing::TestWithParam<AnswerRow>
{
};

TEST_P(HttpAnswerTest, ProblemTypeDecidesThenStatus)
{
    const AnswerRow& row = GetParam();
    const PortalError error = PortalError::fromHttpAnswer(row.status, row.body, QString(), std::nullopt);
    EXPECT_EQ(error.code, row.code) << portalErrorId(error.code).toStdString();
    EXPECT_EQ(error.httpStatus, row.status);
    EXPECT_EQ(error.portalAnswer, QString::fromUtf8(row.body)) << "the portal's exact answer is kept";
    EXPECT_FALSE(error.message().isEmpty());
}

// A problem+json body whose type is the portal's `slug`.
QByteArray problem(const char* slug)
{
    return R"({"type": "urn:segurdesk:problem:)" + QByteArray(slug) + R"(", "title": "t", "status": 400})";
}

INSTANTIATE_TEST_SUITE_P(
    Rows, HttpAnswerTest,
    ::testing::Values(
        AnswerRow {"validation_failed", 422, problem("validation-failed"), PortalErrorCode::ValidationFailed},
        AnswerRow {"key_reused", 422, problem("idempotency-key-reused"), PortalErrorCode::IdempotencyKeyReused},
        AnswerRow {"in_progress", 409, problem("idempotency-in-progress"), PortalErrorCode::IdempotencyInProgress},
        AnswerRow {"key_missing", 400, problem("idempotency-key-missing"), PortalErrorCode::IdempotencyKeyMissing},
        AnswerRow {"invalid_credentials", 401, problem("invalid-credentials"), PortalErrorCode::InvalidCredentials},
        AnswerRow {"locked", 423, problem("account-locked"), PortalErrorCode::AccountLocked},
        AnswerRow {"password_change", 403, problem("password-change-required"),
                   PortalErrorCode::PasswordChangeRequired},
        AnswerRow {"secret_question", 403, problem("secret-question-required"),
                   PortalErrorCode::SecretQuestionRequired},
        AnswerRow {"call_closed", 403, problem("call-closed"), PortalErrorCode::CallClosed},
        AnswerRow {"advance_twice", 409, problem("advance-already-requested"),
                   PortalErrorCode::AdvanceAlreadyRequested},
        AnswerRow {"not_validated", 409, problem("enrollment-not-validated"), PortalErrorCode::EnrollmentNotValidated},
        AnswerRow {"decided", 409, problem("already-decided"), PortalErrorCode::AlreadyDecided},
        AnswerRow {"too_large", 413, problem("payload-too-large"), PortalErrorCode::PayloadTooLarge},
        AnswerRow {"media_type", 415, problem("unsupported-media-type"), PortalErrorCode::UnsupportedMediaType},
        AnswerRow {"internal", 500, problem("internal-error"), PortalErrorCode::InternalError},
        AnswerRow {"unavailable", 503, problem("service-unavailable"), PortalErrorCode::ServiceUnavailable},
        AnswerRow {"unknown_slug_uses_status", 409, problem("brand-new"), PortalErrorCode::Conflict},
        AnswerRow {"foreign_type_uses_status", 404, "{\"type\": \"about:blank\"}", PortalErrorCode::NotFound},
        AnswerRow {"html_502", 502, "<html>Bad gateway</html>", PortalErrorCode::ServerError},
        AnswerRow {"empty_503", 503, "", PortalErrorCode::ServiceUnavailable},
        AnswerRow {"empty_401", 401, "", PortalErrorCode::Unauthorized},
        AnswerRow {"empty_403", 403, "", PortalErrorCode::Forbidden},
        AnswerRow {"empty_405", 405, "", PortalErrorCode::MethodNotAllowed},
        AnswerRow {"empty_408", 408, "", PortalErrorCode::Timeout},
        AnswerRow {"empty_429", 429, "", PortalErrorCode::TooManyRequests},
        AnswerRow {"redirect", 302, "", PortalErrorCode::UnexpectedStatus},
        AnswerRow {"teapot", 418, "{}", PortalErrorCode::UnexpectedStatus},
        AnswerRow {"type_not_string", 400, "{\"type\": 7}", PortalErrorCode::MalformedRequest}),
    RowName());

TEST(ProblemDetails, FieldErrorsAreKeptAtModelPathsAndMalformedOnesDropped)
{
    const QByteArray body = R"({
        "type": "urn:segurdesk:problem:validation-failed", "title": "Dossier incomplet", "status": 422,
        "detail": "2 champs", "request_id": "r-1", "retry_after": 3,
        "errors": [
            {"field": "bank.iban", "code": "iban.checksum", "message": "IBAN invalide"},
            {"field": "documents.rib", "code": "file.too_large", "message": "Trop gros"},
            {"field": "../../etc", "code": "x", "message": "odd path"},
            {"field": "bank.bic", "code": 12, "message": "bad code type"},
            "not an object",
            {"code": "field.required", "message": "no field"}
        ]})";
    const auto problem = ProblemDetails::parse(body);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->slug, QStringLiteral("validation-failed"));
    EXPECT_EQ(problem->status, 422);
    EXPECT_EQ(problem->requestId, QStringLiteral("r-1"));
    EXPECT_EQ(problem->retryAfterSeconds, 3);
    ASSERT_EQ(problem->errors.size(), 3);
    EXPECT_EQ(problem->errors.at(0).field, QStringLiteral("bank.iban"));
    EXPECT_EQ(problem->errors.at(0).step(), model::FieldError::stepOfField(u"bank.iban"));
    EXPECT_EQ(problem->errors.at(1).field, QStringLiteral("documents.rib"));
    EXPECT_EQ(problem->errors.at(2).field, QString()) << "an odd path becomes the request as a whole";
    EXPECT_EQ(problem->errors.at(2).message, QStringLiteral("odd path"));
}

TEST(ProblemDetails, NonObjectsAreNotProblems)
{
    EXPECT_FALSE(ProblemDetails::parse(""));
    EXPECT_FALSE(ProblemDetails::parse("[]"));
    EXPECT_FALSE(ProblemDetails::parse("\xff\xfe"));
    const auto wrongTypes = ProblemDetails::parse(R"({"title": 1, "status": "422", "errors": {}, "retry_after": -4})");
    ASSERT_TRUE(wrongTypes);
    EXPECT_TRUE(wrongTypes->title.isEmpty());
    EXPECT_FALSE(wrongTypes->status);
    EXPECT_FALSE(wrongTypes->retryAfterSeconds);
    EXPECT_TRUE(wrongTypes->errors.isEmpty());
}

TEST(PortalError, RequestIdHeaderWinsAndRetryAfterFallsBackToTheBody)
{
    const QByteArray body = R"({"type": "urn:segurdesk:problem:service-unavailable", "request_id": "body-id",
                               "retry_after": 7})";
    const PortalError fromBody = PortalError::fromHttpAnswer(503, body, QString(), std::nullopt);
    EXPECT_EQ(fromBody.requestId, QStringLiteral("body-id"));
    EXPECT_EQ(fromBody.retryAfter, 7s);
    const PortalError fromHeader = PortalError::fromHttpAnswer(503, body, QStringLiteral("header-id"), 2s);
    EXPECT_EQ(fromHeader.requestId, QStringLiteral("header-id"));
    EXPECT_EQ(fromHeader.retryAfter, 2s);
}

TEST(PortalError, FieldAliasesMoveRequestNamesToModelPaths)
{
    PortalError error = PortalError::fromHttpAnswer(422,
                                                    R"({"type": "urn:segurdesk:problem:validation-failed", "errors": [
            {"field": "siret", "code": "siret.luhn", "message": "a"},
            {"field": "captcha_answer", "code": "captcha.invalid", "message": "b"},
            {"field": "other", "code": "c", "message": "c"}]})",
                                                    QString(), std::nullopt);
    error.renameFields({{QStringLiteral("siret"), QStringLiteral("applicant.siret")},
                        {QStringLiteral("captcha_answer"), QStringLiteral("captcha.answer")}});
    ASSERT_EQ(error.fieldErrors.size(), 3);
    EXPECT_EQ(error.fieldErrors.at(0).field, QStringLiteral("applicant.siret"));
    EXPECT_EQ(error.fieldErrors.at(1).field, QStringLiteral("captcha.answer"));
    EXPECT_EQ(error.fieldErrors.at(2).field, QStringLiteral("other"));
}

TEST(PortalError, TransportFailuresMapToTheirCodes)
{
    using Cause = PortalError::TransportCause;
    EXPECT_EQ(PortalError::fromTransport(QNetworkReply::ConnectionRefusedError, Cause::Network, {}).code,
              PortalErrorCode::ConnectionFailed);
    EXPECT_EQ(PortalError::fromTransport(QNetworkReply::HostNotFoundError, Cause::Network, {}).code,
              PortalErrorCode::ConnectionFailed);
    EXPECT_EQ(PortalError::fromTransport(QNetworkReply::RemoteHostClosedError, Cause::Network, {}).code,
              PortalErrorCode::ConnectionLost);
    EXPECT_EQ(PortalError::fromTransport(QNetworkReply::OperationCanceledError, Cause::TimedOut, {}).code,
              PortalErrorCode::Timeout);
    EXPECT_EQ(PortalError::fromTransport(QNetworkReply::OperationCanceledError, Cause::TlsRefused, {}).code,
              PortalErrorCode::TlsFailure);
    EXPECT_EQ(PortalError::fromTransport(QNetworkReply::SslHandshakeFailedError, Cause::Network, {}).code,
              PortalErrorCode::TlsFailure);
}

TEST(PortalError, SupportReportCarriesWhatTheDeskNeeds)
{
    PortalError error = PortalError::fromHttpAnswer(
        422,
        R"({"type": "urn:segurdesk:problem:validation-failed", "title": "Dossier incomplet",
            "errors": [{"field": "bank.iban", "code": "iban.checksum", "message": "IBAN invalide"}]})",
        QStringLiteral("3f1c"), std::nullopt);
    const QString report = error.supportReport();
    EXPECT_TRUE(report.contains(QStringLiteral("validation-failed")));
    EXPECT_TRUE(report.contains(QStringLiteral("422")));
    EXPECT_TRUE(report.contains(QStringLiteral("3f1c")));
    EXPECT_TRUE(report.contains(QStringLiteral("Dossier incomplet")));
    EXPECT_TRUE(report.contains(QStringLiteral("bank.iban")));
}

TEST(PortalErrorCode, EveryCodeHasAnIdAndAMessage)
{
    QStringList ids;
    for (int i = 0; i <= static_cast<int>(PortalErrorCode::ServerError); ++i) {
        const auto code = static_cast<PortalErrorCode>(i);
        EXPECT_FALSE(portalErrorMessage(code).isEmpty());
        EXPECT_FALSE(ids.contains(portalErrorId(code))) << portalErrorId(code).toStdString();
        ids.append(portalErrorId(code));
    }
}

} // namespace
