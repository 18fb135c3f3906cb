#include "app/dashboard/DossierCsv.h"

#include "app/dashboard/DossierTableModel.h"
#include "core/storage/SavedFile.h"

#include <QCoreApplication>

namespace segurdesk::dashboard {

namespace {

QByteArray field(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

void appendLine(QByteArray& csv, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            csv += ';';
        csv += field(fields.at(i));
    }
    csv += "\r\n";
}

} // namespace

QByteArray DossierCsv::toCsv(const QList<DossierRow>& rows)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv.reserve(64 + rows.size() * 128);
    QStringList headers;
    for (int column = 0; column < DossierTableModel::ColumnCount; ++column)
        headers << DossierTableModel::columnTitle(column);
    appendLine(csv, headers);
    for (const DossierRow& row : rows) {
        const QString amount
            = row.amount ? row.amount->toDecimalString().replace(QLatin1Char('.'), QLatin1Char(',')) : QString();
        appendLine(csv,
                   {row.kindLabel(), row.number, row.company, row.siret, row.statusLabel(),
                    row.updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), amount, row.profile});
    }
    return csv;
}

QString DossierCsv::write(const QString& path, const QList<DossierRow>& rows)
{
    if (const QString problem = storage::saveFile(path, toCsv(rows)); !problem.isEmpty())
        return QCoreApplication::translate("DossierCsv", "The file %1 could not be written: %2.").arg(path, problem);
    return {};
}

} // namespace segurdesk::dashboard
