#include "sandbox/store/Fixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace segurdesk::sandbox {

namespace {

QJsonArray readArray(const QString& resource, const QString& member, QString* error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Fixtures", "Missing fixture %1").arg(resource);
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(member).toArray();
}

} // namespace

bool Fixtures::load(QString* error)
{
    for (const auto& value :
         readArray(QStringLiteral(":/sandbox/referencing.json"), QStringLiteral("solutions"), error))
        m_referencing.insert(value.toObject().value(QLatin1String("number")).toString(), value.toObject());
    for (const auto& value : readArray(QStringLiteral(":/sandbox/companies.json"), QStringLiteral("companies"), error))
        m_companies.insert(value.toObject().value(QLatin1String("siret")).toString(), value.toObject());
    for (const auto& value : readArray(QStringLiteral(":/sandbox/banks.json"), QStringLiteral("banks"), error)) {
        const QJsonObject bank = value.toObject();
        m_banksByBic.insert(bank.value(QLatin1String("bic")).toString().left(8), bank);
        for (const auto& code : bank.value(QLatin1String("bank_codes")).toArray())
            m_banksByCode.insert(code.toString(), bank);
    }
    return error->isEmpty() && !m_referencing.isEmpty() && !m_companies.isEmpty() && !m_banksByBic.isEmpty();
}

std::optional<QJsonObject> Fixtures::referencing(const QString& number) const
{
    const auto it = m_referencing.constFind(number.trimmed().toUpper());
    return it == m_referencing.cend() ? std::nullopt : std::optional(*it);
}

std::optional<QJsonObject> Fixtures::company(const QString& siret) const
{
    const auto it = m_companies.constFind(siret);
    return it == m_companies.cend() ? std::nullopt : std::optional(*it);
}

std::optional<QJsonObject> Fixtures::bankByBic(const QString& bic) const
{
    const QString key = bic.left(8);
    const auto it = m_banksByBic.constFind(key);
    if (it == m_banksByBic.cend())
        return std::nullopt;
    // An 11-character BIC names a branch: only the head office (XXX) or the listed branch match.
    const QString listed = it->value(QLatin1String("bic")).toString();
    if (bic.size() == 11 && !bic.endsWith(QLatin1String("XXX")) && listed != bic)
        return std::nullopt;
    return *it;
}

std::optional<QJsonObject> Fixtures::bankByCode(const QString& bankCode) const
{
    const auto it = m_banksByCode.constFind(bankCode);
    return it == m_banksByCode.cend() ? std::nullopt : std::optional(*it);
}

} // namespace segurdesk::sandbox
