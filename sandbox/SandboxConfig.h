#pragma once

#include "core/model/FundingRule.h"
#include "core/model/VatRate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace segurdesk::sandbox {

// One fault-injection rule: requests whose method and path match are, with `probability`
// and at most `maxCount` times (0: unlimited), failed in the chosen way.
struct FaultRule
{
    enum class Kind { CloseAfterCommit, Error500, Error503, Stall };
    Kind kind = Kind::Error503;
    QString method; // empty: any
    QString pathPrefix;
    double probability = 1.0;
    int maxCount = 0;
    int retryAfterSeconds = 1;
    int stallMs = 2000;
};

struct VatRate
{
    QString code;
    QString percent;
    QString label;

    // The rate amounts are computed with; "0" or a malformed percent leaves them HT.
    model::VatRate rate() const;
};

// The sandbox configuration: the embedded default (sandbox/data/config-default.json) with the
// members of the --config file laid over it, member by member.
class SandboxConfig
{
public:
    // Reads the default and overlays `path` when not empty. Returns false with `error` set
    // when the file cannot be read or is not a JSON object, or when a value is out of range.
    bool load(const QString& path, QString* error);
    // `top` laid over `base` the way a --config file is laid over the default: objects merged
    // member by member, any other value replaced.
    static QJsonObject overlay(QJsonObject base, const QJsonObject& top);

    const QJsonObject& json() const { return m_json; }

    QString callName() const;
    QDateTime callOpensAt() const;
    QDateTime callClosesAt() const;
    QString countsReferenceDate() const;
    qint64 maxUploadBytes() const;
    qint64 maxRequestBytes() const;
    QList<VatRate> vatRates() const;
    // The funding_rule member as configured (with its "reference"), served as is by /config.
    QJsonObject fundingRule() const;
    // The same rule for computing amounts; nullopt when one of its amounts is malformed.
    std::optional<model::FundingRule> funding() const;
    qint64 instructionDelaySeconds() const;
    qint64 paymentPendingAfterSeconds() const;
    qint64 paymentPaidAfterSeconds() const;
    qint64 tokenTtlSeconds() const;
    int lockoutAttempts() const;
    qint64 lockoutSeconds() const;
    qint64 resetCodeTtlSeconds() const;
    int passwordMinLength() const;
    int pbkdf2Iterations() const;
    qint64 captchaTtlSeconds() const;
    quint64 faultSeed() const;
    QList<FaultRule> faultRules() const;

private:
    qint64 integer(const QString& section, const QString& key) const;

    QJsonObject m_json;
};

} // namespace segurdesk::sandbox
