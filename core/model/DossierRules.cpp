#include "core/model/DossierRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace segurdesk::model {

DossierRules DossierRules::fromConfig(const QJsonObject& config, FieldErrors* problems)
{
    DossierRules rules;
    const auto report = [problems](const QString& field) {
        if (problems) {
            problems->append(FieldError {field, QStringLiteral("config.invalid"),
                                         QCoreApplication::translate("DossierRules",
                                                                     "The portal's configuration has an unusable "
                                                                     "value; the published default is used instead."),
                                         Severity::Warning});
        }
    };

    const QJsonValue maxBytes = config.value(QLatin1String("upload")).toObject().value(QLatin1String("max_bytes"));
    const double bytes = maxBytes.toDouble(-1);
    if (maxBytes.isDouble() && bytes >= 1 && bytes <= 1024.0 * 1024 * 1024)
        rules.maxUploadBytes = static_cast<qint64>(bytes);
    else
        report(QStringLiteral("upload.max_bytes"));

    QList<VatRate> rates;
    const QJsonArray vatRates = config.value(QLatin1String("vat_rates")).toArray();
    for (const auto& entry : vatRates) {
        if (const auto rate = VatRate::fromId(entry.toObject().value(QLatin1String("code")).toString()))
            rates.append(*rate);
    }
    if (!rates.isEmpty() && rates.size() == vatRates.size())
        rules.vatRates = rates;
    else
        report(QStringLiteral("vat_rates"));
    return rules;
}

} // namespace segurdesk::model
