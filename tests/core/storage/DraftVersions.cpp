#include "tests/core/storage/DraftVersions.h"

#include <QRandomGenerator>

namespace segurdesk::storage::testing {

QJsonObject dossierFor(int version)
{
    // Far larger than a real dossier, so that the JSON write is long enough for kills to land in it.
    const QString filler = QString::number(version).repeated(20000 + (version * 7919) % 200000);
    return {{QStringLiteral("version"), version}, {QStringLiteral("filler"), filler}};
}

QByteArray documentFor(int version)
{
    QByteArray document = "v=" + QByteArray::number(version) + ';';
    const qsizetype size = 40000 + (qint64(version) * 7919) % 260000;
    QRandomGenerator generator(static_cast<quint32>(version));
    while (document.size() < size)
        document.append(static_cast<char>(generator.bounded(256)));
    return document;
}

int dossierVersion(const QJsonObject& dossier)
{
    const int version = dossier.value(QLatin1String("version")).toInt(-1);
    if (dossier.isEmpty())
        return 0;
    return dossier == dossierFor(version) ? version : -1;
}

int documentVersion(const QByteArray& document)
{
    const qsizetype end = document.indexOf(';');
    if (!document.startsWith("v=") || end < 0)
        return -1;
    bool ok = false;
    const int version = document.mid(2, end - 2).toInt(&ok);
    return ok && document == documentFor(version) ? version : -1;
}

} // namespace segurdesk::storage::testing
