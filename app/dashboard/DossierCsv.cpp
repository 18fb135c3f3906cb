#include "app/dashboard/DossierCsv.h"

#include "app/dashboard/DossierTableModel.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace segurdesk::dashboard {

namespace {

QByteArray field(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
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

DossierCsv::Labels DossierCsv::currentLabels()
{
    Labels labels;
    for (int column = 0; column < DossierTableModel::ColumnCount; ++column)
        labels.headers << DossierTableModel::columnTitle(column);
    DossierRow row;
    labels.enrollment = row.kindLabel();
    for (const auto status :
         {model::EnrollmentStatus::Draft, model::EnrollmentStatus::Submitted, model::EnrollmentStatus::Validated,
          model::EnrollmentStatus::Incomplete, model::EnrollmentStatus::Rejected})
        labels.enrollmentStatuses.insert(model::statusId(status), model::statusLabel(status));
    row.status = model::AdvanceStatus::Decided;
    labels.advanceRequest = row.kindLabel();
    for (const auto status : {model::AdvanceStatus::Decided, model::AdvanceStatus::PaymentPending,
                              model::AdvanceStatus::Paid, model::AdvanceStatus::Rejected})
        labels.advanceStatuses.insert(model::statusId(status), model::statusLabel(status));
    return labels;
}

QByteArray DossierCsv::toCsv(const QList<DossierRow>& rows, const Labels& labels)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv.reserve(64 + rows.size() * 128);
    appendLine(csv, labels.headers);
    for (const DossierRow& row : rows) {
        const bool enrollment = row.kind() == DossierRow::Kind::Enrollment;
        const QString amount
            = row.amount ? row.amount->toDecimalString().replace(QLatin1Char('.'), QLatin1Char(',')) : QString();
        appendLine(csv,
                   {enrollment ? labels.enrollment : labels.advanceRequest, row.number, row.company, row.siret,
                    (enrollment ? labels.enrollmentStatuses : labels.advanceStatuses).value(row.statusId()),
                    row.updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), amount, row.profile});
    }
    return csv;
}

QString DossierCsv::write(const QString& path, const QList<DossierRow>& rows, const Labels& labels)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows, labels)) < 0 || !file.commit())
        return QCoreApplication::translate("DossierCsv", "The file %1 could not be written: %2.")
            .arg(path, file.errorString());
    return {};
}

} // namespace segurdesk::dashboard
