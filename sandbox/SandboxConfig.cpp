#include "sandbox/SandboxConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace segurdesk::sandbox {

namespace {

bool readObject(const QString& path, QJsonObject* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SandboxConfig", "Cannot read the configuration %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QCoreApplication::translate("SandboxConfig", "The configuration %1 is not a JSON object: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    *out = document.object();
    return true;
}

std::optional<FaultRule::Kind> faultKind(const QString& id)
{
    if (id == QLatin1String("close_after_commit"))
        return FaultRule::Kind::CloseAfterCommit;
    if (id == QLatin1String("error_500"))
        return FaultRule::Kind::Error500;
    if (id == QLatin1String("error_503"))
        return FaultRule::Kind::Error503;
    if (id == QLatin1String("stall"))
        return FaultRule::Kind::Stall;
    return std::nullopt;
}

} // namespace

QJsonObject SandboxConfig::overlay(QJsonObject base, const QJsonObject& top)
{
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), overlay(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

bool SandboxConfig::load(const QString& path, QString* error)
{
    QJsonObject defaults;
    if (!readObject(QStringLiteral(":/sandbox/config-default.json"), &defaults, error))
        return false;
    m_json = defaults;
    if (!path.isEmpty()) {
        QJsonObject custom;
        if (!readObject(path, &custom, error))
            return false;
        m_json = overlay(defaults, custom);
    }
    if (!callOpensAt().isValid() || !callClosesAt().isValid()) {
        *error
            = QCoreApplication::translate("SandboxConfig", "call.opens_at and call.closes_at must be RFC 3339 times.");
        return false;
    }
    if (maxUploadBytes() <= 0 || maxRequestBytes() < maxUploadBytes()) {
        *error = QCoreApplication::translate("SandboxConfig",
                                             "upload.max_bytes must be positive and at most upload.max_request_bytes.");
        return false;
    }
    const QJsonArray rules = m_json.value(QLatin1String("faults")).toObject().value(QLatin1String("rules")).toArray();
    for (const auto& rule : rules) {
        if (!faultKind(rule.toObject().value(QLatin1String("kind")).toString())) {
            *error = QCoreApplication::translate(
                "SandboxConfig", "Unknown fault kind: use close_after_commit, error_500, error_503 or stall.");
            return false;
        }
    }
    return true;
}

qint64 SandboxConfig::integer(const QString& section, const QString& key) const
{
    return m_json.value(section).toObject().value(key).toInteger();
}

QString SandboxConfig::callName() const
{
    return m_json.value(QLatin1String("call")).toObject().value(QLatin1String("name")).toString();
}

QDateTime SandboxConfig::callOpensAt() const
{
    return QDateTime::fromString(
        m_json.value(QLatin1String("call")).toObject().value(QLatin1String("opens_at")).toString(), Qt::ISODate);
}

QDateTime SandboxConfig::callClosesAt() const
{
    return QDateTime::fromString(
        m_json.value(QLatin1String("call")).toObject().value(QLatin1String("closes_at")).toString(), Qt::ISODate);
}

QString SandboxConfig::countsReferenceDate() const
{
    return m_json.value(QLatin1String("call")).toObject().value(QLatin1String("counts_reference_date")).toString();
}

qint64 SandboxConfig::maxUploadBytes() const
{
    return integer(QStringLiteral("upload"), QStringLiteral("max_bytes"));
}

qint64 SandboxConfig::maxRequestBytes() const
{
    return integer(QStringLiteral("upload"), QStringLiteral("max_request_bytes"));
}

model::VatRate VatRate::rate() const
{
    return model::VatRate::fromId(percent).value_or(model::VatRate::notSubject());
}

QList<VatRate> SandboxConfig::vatRates() const
{
    QList<VatRate> rates;
    for (const auto& value : m_json.value(QLatin1String("vat_rates")).toArray()) {
        const QJsonObject rate = value.toObject();
        rates.append({rate.value(QLatin1String("code")).toString(), rate.value(QLatin1String("percent")).toString(),
                      rate.value(QLatin1String("label")).toString()});
    }
    return rates;
}

QJsonObject SandboxConfig::fundingRule() const
{
    return m_json.value(QLatin1String("funding_rule")).toObject();
}

std::optional<model::FundingRule> SandboxConfig::funding() const
{
    return model::FundingRule::fromJson(fundingRule());
}

qint64 SandboxConfig::instructionDelaySeconds() const
{
    return integer(QStringLiteral("instruction"), QStringLiteral("delay_seconds"));
}

qint64 SandboxConfig::paymentPendingAfterSeconds() const
{
    return integer(QStringLiteral("payment"), QStringLiteral("pending_after_seconds"));
}

qint64 SandboxConfig::paymentPaidAfterSeconds() const
{
    return integer(QStringLiteral("payment"), QStringLiteral("paid_after_seconds"));
}

qint64 SandboxConfig::tokenTtlSeconds() const
{
    return integer(QStringLiteral("auth"), QStringLiteral("token_ttl_seconds"));
}

int SandboxConfig::lockoutAttempts() const
{
    return int(integer(QStringLiteral("auth"), QStringLiteral("lockout_attempts")));
}

qint64 SandboxConfig::lockoutSeconds() const
{
    return integer(QStringLiteral("auth"), QStringLiteral("lockout_seconds"));
}

qint64 SandboxConfig::resetCodeTtlSeconds() const
{
    return integer(QStringLiteral("auth"), QStringLiteral("reset_code_ttl_seconds"));
}

int SandboxConfig::passwordMinLength() const
{
    return int(integer(QStringLiteral("auth"), QStringLiteral("password_min_length")));
}

int SandboxConfig::pbkdf2Iterations() const
{
    return qMax(1000, int(integer(QStringLiteral("auth"), QStringLiteral("pbkdf2_iterations"))));
}

qint64 SandboxConfig::captchaTtlSeconds() const
{
    return integer(QStringLiteral("captcha"), QStringLiteral("ttl_seconds"));
}

quint64 SandboxConfig::faultSeed() const
{
    return quint64(integer(QStringLiteral("faults"), QStringLiteral("seed")));
}

QList<FaultRule> SandboxConfig::faultRules() const
{
    QList<FaultRule> rules;
    const QJsonArray array = m_json.value(QLatin1String("faults")).toObject().value(QLatin1String("rules")).toArray();
    for (const auto& value : array) {
        const QJsonObject object = value.toObject();
        FaultRule rule;
        rule.kind = faultKind(object.value(QLatin1String("kind")).toString()).value_or(FaultRule::Kind::Error503);
        rule.method = object.value(QLatin1String("method")).toString().toUpper();
        rule.pathPrefix = object.value(QLatin1String("path")).toString();
        rule.probability = object.value(QLatin1String("probability")).toDouble(1.0);
        rule.maxCount = object.value(QLatin1String("max_count")).toInt(0);
        rule.retryAfterSeconds = object.value(QLatin1String("retry_after_seconds")).toInt(1);
        rule.stallMs = object.value(QLatin1String("stall_ms")).toInt(2000);
        rules.append(rule);
    }
    return rules;
}

} // namespace segurdesk::sandbox
