#pragma once

#include "core/model/DossierRules.h"
#include "core/model/FundingRule.h"
#include "core/model/VatRate.h"
#include "core/portal/ReplyReader.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace segurdesk::portal {

// GET /config: what the portal announces so that the client never hard-codes it twice.
struct PortalConfig
{
    struct Call
    {
        QString name;
        QDateTime opensAt;
        QDateTime closesAt;
        // The date of the estimated mailbox counts (invalid when not given).
        QDate countsReferenceDate;
        bool open = false;
    };
    struct Upload
    {
        qint64 maxBytes = 0;
        std::optional<qint64> maxRequestBytes;
        QStringList acceptedTypes;
    };
    struct VatRateOption
    {
        model::VatRate rate = model::VatRate::notSubject();
        QString percent;
        QString label;
    };
    struct Template
    {
        QString name;
        QString title;
        QString url;
    };
    struct Auth
    {
        std::optional<qint64> passwordMinLength;
        std::optional<qint64> lockoutAttempts;
        std::optional<qint64> lockoutSeconds;
        std::optional<qint64> tokenTtlSeconds;
        std::optional<qint64> resetCodeTtlSeconds;
    };

    Call call;
    Upload upload;
    QList<VatRateOption> vatRates;
    model::FundingRule fundingRule = model::FundingRule::arreteDu9Septembre2022();
    QList<Template> templates;
    Auth auth;
    std::optional<qint64> captchaTtlSeconds;

    // What dossier validation takes from this configuration: the upload limit and the VAT rates.
    model::DossierRules dossierRules() const;

    static PortalConfig read(ReplyReader& reader);
};

} // namespace segurdesk::portal
