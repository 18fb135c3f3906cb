#include "sandbox/api/AuthRoutes.h"

#include "sandbox/http/JsonBody.h"

namespace segurdesk::sandbox {

namespace {

QString member(const QJsonObject& body, const char* name)
{
    return body.value(QLatin1String(name)).toString();
}

} // namespace

void AuthRoutes::install(Router& router, SandboxServices& services)
{
    router.add("POST", QStringLiteral("/api/v1/auth/login"), Access::Public, [&services](RequestContext& context) {
        HttpResponse problem;
        const auto body = JsonBody::parse(context, &problem);
        if (!body)
            return problem;
        const auto result = services.auth->login(member(*body, "login"), member(*body, "password"));
        using Outcome = AuthService::LoginResult::Outcome;
        if (result.outcome == Outcome::Locked) {
            return context.fail(Problem(423, QStringLiteral("account-locked"),
                                        tr("Too many failed attempts: try again later (in about %1 min).")
                                            .arg((result.retryAfterSeconds + 59) / 60))
                                    .setRetryAfter(int(result.retryAfterSeconds)));
        }
        if (result.outcome == Outcome::Invalid)
            return context.fail(Problem(401, QStringLiteral("invalid-credentials")));
        return HttpResponse::json(
            200, AuthService::sessionJson(result.session.account, result.session.token, result.session.expiresAt));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/logout"), Access::AnySession, [&services](RequestContext& context) {
        services.auth->logout(context.tokenHash);
        return HttpResponse::noContent();
    });

    router.add("GET", QStringLiteral("/api/v1/auth/session"), Access::AnySession, [](RequestContext& context) {
        return HttpResponse::json(200, AuthService::sessionJson(*context.account));
    });

    router.add(
        "POST", QStringLiteral("/api/v1/auth/password"), Access::AnySession, [&services](RequestContext& context) {
            HttpResponse problem;
            const auto body = JsonBody::parse(context, &problem);
            if (!body)
                return problem;
            QList<FieldError> errors;
            const auto session = services.auth->changePassword(*context.account, member(*body, "current_password"),
                                                               member(*body, "new_password"),
                                                               member(*body, "new_password_confirmation"), &errors);
            if (!session)
                return context.fail(Problem(422, QStringLiteral("validation-failed")).addErrors(errors));
            return HttpResponse::json(200,
                                      AuthService::sessionJson(session->account, session->token, session->expiresAt));
        });

    router.add("PUT", QStringLiteral("/api/v1/auth/secret-question"), Access::SecretQuestionStep,
               [&services](RequestContext& context) {
                   HttpResponse problem;
                   const auto body = JsonBody::parse(context, &problem);
                   if (!body)
                       return problem;
                   const QList<FieldError> errors = services.auth->setSecretQuestion(
                       *context.account, member(*body, "question"), member(*body, "answer"));
                   if (!errors.isEmpty())
                       return context.fail(Problem(422, QStringLiteral("validation-failed")).addErrors(errors));
                   return HttpResponse::noContent();
               });

    router.add("POST", QStringLiteral("/api/v1/auth/forgot-login"), Access::Public,
               [&services](RequestContext& context) {
                   HttpResponse problem;
                   const auto body = JsonBody::parse(context, &problem);
                   if (!body)
                       return problem;
                   services.auth->forgotLogin(member(*body, "email"));
                   return HttpResponse::noContent(202);
               });

    router.add("POST", QStringLiteral("/api/v1/auth/forgot-password"), Access::Public,
               [&services](RequestContext& context) {
                   HttpResponse problem;
                   const auto body = JsonBody::parse(context, &problem);
                   if (!body)
                       return problem;
                   services.auth->forgotPassword(member(*body, "login"));
                   return HttpResponse::noContent(202);
               });

    router.add("POST", QStringLiteral("/api/v1/auth/reset-password"), Access::Public,
               [&services](RequestContext& context) {
                   HttpResponse problem;
                   const auto body = JsonBody::parse(context, &problem);
                   if (!body)
                       return problem;
                   const QList<FieldError> errors = services.auth->resetPassword(
                       member(*body, "login"), member(*body, "code"), member(*body, "secret_answer"),
                       member(*body, "new_password"), member(*body, "new_password_confirmation"));
                   if (!errors.isEmpty())
                       return context.fail(Problem(422, QStringLiteral("validation-failed")).addErrors(errors));
                   return HttpResponse::noContent();
               });
}

} // namespace segurdesk::sandbox
