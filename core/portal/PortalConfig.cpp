#include "core/portal/PortalConfig.h"

namespace segurdesk::portal {

namespace {

constexpr qint64 kMaxCount = 1'000'000'000;
constexpr qint64 kMaxBytes = qint64(1) << 40;

PortalConfig::Call readCall(ReplyReader reader)
{
    PortalConfig::Call call;
    call.name = reader.string(QLatin1String("name"));
    call.opensAt = reader.dateTime(QLatin1String("opens_at"));
    call.closesAt = reader.dateTime(QLatin1String("closes_at"));
    call.countsReferenceDate = reader.optionalDate(QLatin1String("counts_reference_date"));
    call.open = reader.boolean(QLatin1String("open"));
    return call;
}

PortalConfig::Upload readUpload(ReplyReader reader)
{
    PortalConfig::Upload upload;
    upload.maxBytes = reader.integer(QLatin1String("max_bytes"), 1, kMaxBytes);
    upload.maxRequestBytes = reader.optionalInteger(QLatin1String("max_request_bytes"), 1, kMaxBytes);
    upload.acceptedTypes = reader.stringArray(QLatin1String("accepted_types"));
    return upload;
}

PortalConfig::Auth readAuth(ReplyReader reader)
{
    PortalConfig::Auth auth;
    auth.passwordMinLength = reader.optionalInteger(QLatin1String("password_min_length"), 1, 1000);
    auth.lockoutAttempts = reader.optionalInteger(QLatin1String("lockout_attempts"), 1, kMaxCount);
    auth.lockoutSeconds = reader.optionalInteger(QLatin1String("lockout_seconds"), 0, kMaxCount);
    auth.tokenTtlSeconds = reader.optionalInteger(QLatin1String("token_ttl_seconds"), 0, kMaxCount);
    auth.resetCodeTtlSeconds = reader.optionalInteger(QLatin1String("reset_code_ttl_seconds"), 0, kMaxCount);
    return auth;
}

} // namespace

PortalConfig PortalConfig::read(ReplyReader& reader)
{
    PortalConfig config;
    config.call = readCall(reader.child(QLatin1String("call")));
    config.upload = readUpload(reader.child(QLatin1String("upload")));
    config.vatRates = reader.array(QLatin1String("vat_rates"), [](ReplyReader& item) {
        VatRateOption option;
        option.rate = item.vatRate(QLatin1String("code"));
        option.percent = item.string(QLatin1String("percent"));
        option.label = item.string(QLatin1String("label"));
        return option;
    });
    const QJsonObject funding = reader.rawObject(QLatin1String("funding_rule"));
    if (!reader.failed()) {
        const std::optional<model::FundingRule> rule = model::FundingRule::fromJson(funding);
        if (rule)
            config.fundingRule = *rule;
        else
            reader.fail(QLatin1String("funding_rule"), "a funding rule with five amounts");
    }
    config.templates = reader.array(QLatin1String("templates"), [](ReplyReader& item) {
        Template entry;
        entry.name = item.string(QLatin1String("name"));
        entry.title = item.string(QLatin1String("title"));
        entry.url = item.string(QLatin1String("url"));
        return entry;
    });
    if (auto auth = reader.optionalChild(QLatin1String("auth")))
        config.auth = readAuth(*auth);
    config.captchaTtlSeconds = reader.optionalInteger(QLatin1String("captcha_ttl_seconds"), 0, kMaxCount);
    return config;
}

model::DossierRules PortalConfig::dossierRules() const
{
    model::DossierRules rules;
    rules.maxUploadBytes = upload.maxBytes;
    // A portal that announces no rate leaves the published ones: an empty choice would block step 4.
    if (!vatRates.isEmpty()) {
        rules.vatRates.clear();
        for (const VatRateOption& option : vatRates)
            rules.vatRates.append(option.rate);
    }
    return rules;
}

} // namespace segurdesk::portal
