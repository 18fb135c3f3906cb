#include "app/dashboard/DraftRows.h"

#include <QCoreApplication>
#include <QLocale>

namespace segurdesk::dashboard {

QList<DossierRow> unsentDraftRows(const QList<services::DraftSummary>& drafts)
{
    QList<DossierRow> rows;
    for (const services::DraftSummary& draft : drafts) {
        if (!draft.problem.isEmpty() || draft.state != storage::Draft::State::Editing)
            continue;
        DossierRow row;
        row.id = draft.id;
        row.company = !draft.companyName.isEmpty()
            ? draft.companyName
            : QCoreApplication::translate("DraftRows", "Company not entered yet");
        row.siret = draft.siret;
        row.status = model::EnrollmentStatus::Draft;
        row.updatedAt = draft.modifiedAt;
        row.profile = QCoreApplication::translate("DraftRows", "This computer");
        row.computeKeys();
        rows.append(std::move(row));
    }
    return rows;
}

RowsWithDrafts withUnsentDrafts(QList<DossierRow> portalRows, const QList<services::DraftSummary>& drafts)
{
    const QList<DossierRow> unsent = unsentDraftRows(drafts);
    portalRows.append(unsent);
    return {std::move(portalRows), unsent.size()};
}

QString draftsWarning(qsizetype unsent, const QDateTime& closesAt, const QDateTime& now)
{
    if (unsent == 0 || !closesAt.isValid())
        return {};
    const QString date = QLocale().toString(closesAt.toLocalTime(), QLocale::ShortFormat);
    if (closesAt <= now) {
        return QCoreApplication::translate(
                   "DraftRows", "%n draft(s) not sent: the call closed on %1, the portal no longer takes enrollments.",
                   nullptr, int(unsent))
            .arg(date);
    }
    const qint64 days = now.toLocalTime().date().daysTo(closesAt.toLocalTime().date());
    if (days > DraftWarningDays)
        return {};
    if (days == 0) {
        return QCoreApplication::translate("DraftRows", "%n draft(s) not sent yet.", nullptr, int(unsent))
            + QLatin1Char(' ')
            + QCoreApplication::translate("DraftRows", "The call closes today at %1: send them before then.")
                  .arg(QLocale().toString(closesAt.toLocalTime().time(), QLocale::ShortFormat));
    }
    return QCoreApplication::translate("DraftRows", "%n draft(s) not sent yet.", nullptr, int(unsent))
        + QLatin1Char(' ')
        + QCoreApplication::translate("DraftRows", "The call closes on %1, in %n day(s): send them before then.",
                                      nullptr, int(days))
              .arg(date);
}

} // namespace segurdesk::dashboard
