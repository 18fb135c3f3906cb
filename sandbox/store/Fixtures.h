#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace segurdesk::sandbox {

// The reference data shipped with the sandbox (sandbox/data, embedded): the ANS referencing
// registry, a SIRENE-like directory and a bank directory. Read-only after load().
class Fixtures
{
public:
    bool load(QString* error);

    std::optional<QJsonObject> referencing(const QString& number) const;
    std::optional<QJsonObject> company(const QString& siret) const;
    // By BIC (8 or 11 characters; the 8-character form matches its XXX branch) or by French
    // bank code (5 digits).
    std::optional<QJsonObject> bankByBic(const QString& bic) const;
    std::optional<QJsonObject> bankByCode(const QString& bankCode) const;

private:
    QHash<QString, QJsonObject> m_referencing;
    QHash<QString, QJsonObject> m_companies;
    QHash<QString, QJsonObject> m_banksByBic;
    QHash<QString, QJsonObject> m_banksByCode;
};

} // namespace segurdesk::sandbox
