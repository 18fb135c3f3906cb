#pragma once

#include "core/model/FieldError.h"
#include "core/model/VatRate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace segurdesk::model {

// What the portal's GET /config announces that dossier validation depends on. The defaults
// are the call's published values, used until /config has been read (or offline).
struct DossierRules
{
    static constexpr qint64 DefaultMaxUploadBytes = qint64 {4} * 1024 * 1024;

    qint64 maxUploadBytes = DefaultMaxUploadBytes;
    QList<VatRate> vatRates = VatRate::defaultRates();
    // The DSR every referencing number must belong to.
    QString dsr = QStringLiteral("MSS Opérateurs");

    // Reads `upload.max_bytes` and `vat_rates[].code` from a /config body; members that are
    // missing or malformed keep their default and are reported in `problems` (field = the
    // config member) when given.
    static DossierRules fromConfig(const QJsonObject& config, FieldErrors* problems = nullptr);
};

} // namespace segurdesk::model
