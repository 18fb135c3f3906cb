#include "sandbox/api/PublicRoutes.h"

#include "core/validation/Bic.h"
#include "core/validation/Iban.h"
#include "core/validation/Siret.h"
#include "sandbox/services/CaptchaImage.h"
#include "sandbox/services/TemplateDocuments.h"

#include <QJsonArray>

namespace segurdesk::sandbox {

namespace {

QJsonObject companyJson(const QJsonObject& fixture)
{
    const QString siret = fixture.value(QLatin1String("siret")).toString();
    return QJsonObject {{QStringLiteral("siret"), siret},
                        {QStringLiteral("siren"), siret.left(9)},
                        {QStringLiteral("company_name"), fixture.value(QLatin1String("company_name"))},
                        {QStringLiteral("naf"), fixture.value(QLatin1String("naf"))},
                        {QStringLiteral("address"), fixture.value(QLatin1String("address"))}};
}

QJsonObject bankJson(const QJsonObject& fixture)
{
    return QJsonObject {{QStringLiteral("bic"), fixture.value(QLatin1String("bic"))},
                        {QStringLiteral("bank_name"), fixture.value(QLatin1String("bank_name"))},
                        {QStringLiteral("domiciliation"), fixture.value(QLatin1String("domiciliation"))},
                        {QStringLiteral("country"), fixture.value(QLatin1String("country"))}};
}

} // namespace

QJsonObject PublicRoutes::configJson(const SandboxServices& services)
{
    const SandboxConfig& config = services.config;
    const QDateTime now = services.clock.now();
    QJsonArray vatRates;
    for (const VatRate& rate : config.vatRates()) {
        vatRates.append(QJsonObject {{QStringLiteral("code"), rate.code},
                                     {QStringLiteral("percent"), rate.percent},
                                     {QStringLiteral("label"), rate.label}});
    }
    QJsonArray templates;
    for (const QString& name : TemplateDocuments::names()) {
        templates.append(QJsonObject {{QStringLiteral("name"), name},
                                      {QStringLiteral("title"), TemplateDocuments::title(name)},
                                      {QStringLiteral("url"), QStringLiteral("/api/v1/templates/") + name}});
    }
    const QJsonObject upload = config.json().value(QLatin1String("upload")).toObject();
    return QJsonObject {
        {QStringLiteral("call"),
         QJsonObject {{QStringLiteral("name"), config.callName()},
                      {QStringLiteral("opens_at"), config.callOpensAt().toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("closes_at"), config.callClosesAt().toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("counts_reference_date"), config.countsReferenceDate()},
                      {QStringLiteral("open"), now >= config.callOpensAt() && now < config.callClosesAt()}}},
        {QStringLiteral("upload"),
         QJsonObject {{QStringLiteral("max_bytes"), config.maxUploadBytes()},
                      {QStringLiteral("max_request_bytes"), config.maxRequestBytes()},
                      {QStringLiteral("accepted_types"), upload.value(QLatin1String("accepted_types"))}}},
        {QStringLiteral("vat_rates"), vatRates},
        {QStringLiteral("funding_rule"), config.fundingRule()},
        {QStringLiteral("templates"), templates},
        {QStringLiteral("auth"),
         QJsonObject {{QStringLiteral("password_min_length"), config.passwordMinLength()},
                      {QStringLiteral("lockout_attempts"), config.lockoutAttempts()},
                      {QStringLiteral("lockout_seconds"), config.lockoutSeconds()},
                      {QStringLiteral("token_ttl_seconds"), config.tokenTtlSeconds()},
                      {QStringLiteral("reset_code_ttl_seconds"), config.resetCodeTtlSeconds()}}},
        {QStringLiteral("captcha_ttl_seconds"), config.captchaTtlSeconds()},
    };
}

void PublicRoutes::install(Router& router, SandboxServices& services)
{
    router.add("GET", QStringLiteral("/api/v1/config"), Access::Public, [&services](RequestContext&) {
        HttpResponse response = HttpResponse::json(200, configJson(services));
        response.cacheable = true;
        return response;
    });

    router.add("POST", QStringLiteral("/api/v1/captchas"), Access::Public, [&services](RequestContext&) {
        const CaptchaService::Created captcha = services.captchas->create();
        return HttpResponse::json(
            201,
            QJsonObject {{QStringLiteral("id"), captcha.id},
                         {QStringLiteral("png_base64"), QString::fromLatin1(captcha.png.toBase64())},
                         {QStringLiteral("width"), CaptchaImage::Width},
                         {QStringLiteral("height"), CaptchaImage::Height},
                         {QStringLiteral("expires_at"), captcha.expiresAt.toString(Qt::ISODate)}});
    });

    router.add(
        "GET", QStringLiteral("/api/v1/referencing/{number}"), Access::Public, [&services](RequestContext& context) {
            const auto solution = services.fixtures.referencing(context.param(QStringLiteral("number")));
            if (!solution) {
                return context.fail(Problem(404, QStringLiteral("not-found"),
                                            tr("No MSS solution is referenced under this number. Check the number on "
                                               "your ANS referencing certificate.")));
            }
            HttpResponse response = HttpResponse::json(200, *solution);
            response.cacheable = true;
            return response;
        });

    router.add(
        "GET", QStringLiteral("/api/v1/companies/{siret}"), Access::Public, [&services](RequestContext& context) {
            Problem problem(422, QStringLiteral("validation-failed"));
            const ValidationResult siret = validation::validateSiret(context.param(QStringLiteral("siret")));
            if (!siret.isValid())
                problem.addError(QStringLiteral("siret"), siret.code, siret.message);
            const QString captchaId = context.request.query.queryItemValue(QStringLiteral("captcha_id"));
            const QString answer = context.request.query.queryItemValue(QStringLiteral("captcha_answer"));
            const CaptchaService::Verdict verdict = services.captchas->verify(captchaId, answer);
            if (verdict != CaptchaService::Verdict::Ok) {
                const bool expired = verdict == CaptchaService::Verdict::Expired;
                problem.addError(QStringLiteral("captcha_answer"),
                                 expired ? QStringLiteral("captcha.expired") : QStringLiteral("captcha.invalid"),
                                 expired ? tr("The captcha has expired: ask for a new one.")
                                         : tr("The captcha code is wrong or was already used: type the code of a new "
                                              "image."));
            }
            if (!problem.errors().isEmpty())
                return context.fail(problem);
            const auto company = services.fixtures.company(siret.normalized);
            if (!company) {
                return context.fail(
                    Problem(404, QStringLiteral("not-found"), tr("No establishment is registered under this SIRET.")));
            }
            return HttpResponse::json(200, companyJson(*company));
        });

    router.add("GET", QStringLiteral("/api/v1/banks/{code}"), Access::Public, [&services](RequestContext& context) {
        const QString code = context.param(QStringLiteral("code"));
        std::optional<QJsonObject> bank;
        if (code.size() > 11) {
            const ValidationResult iban = validation::validateIban(code);
            if (!iban.isValid())
                return context.fail(Problem(422, QStringLiteral("validation-failed"))
                                        .addError(QStringLiteral("code"), iban.code, iban.message));
            if (validation::isFrenchBankingArea(iban.normalized.left(2)))
                bank = services.fixtures.bankByCode(iban.normalized.mid(4, 5));
        } else {
            const ValidationResult bic = validation::validateBic(code);
            if (!bic.isValid())
                return context.fail(Problem(422, QStringLiteral("validation-failed"))
                                        .addError(QStringLiteral("code"), bic.code, bic.message));
            bank = services.fixtures.bankByBic(bic.normalized);
        }
        if (!bank)
            return context.fail(Problem(404, QStringLiteral("not-found"), tr("This bank is not in the directory.")));
        HttpResponse response = HttpResponse::json(200, bankJson(*bank));
        response.cacheable = true;
        return response;
    });

    router.add("GET", QStringLiteral("/api/v1/templates/{name}"), Access::Public, [](RequestContext& context) {
        const QString name = context.param(QStringLiteral("name"));
        const QByteArray pdf = TemplateDocuments::render(name);
        if (pdf.isEmpty())
            return context.fail(Problem(404, QStringLiteral("not-found")));
        HttpResponse response = HttpResponse::bytes(200, QByteArrayLiteral("application/pdf"), pdf);
        response.withHeader(QByteArrayLiteral("Content-Disposition"),
                            "attachment; filename=\"" + name.toLatin1() + ".pdf\"");
        response.cacheable = true;
        return response;
    });
}

} // namespace segurdesk::sandbox
