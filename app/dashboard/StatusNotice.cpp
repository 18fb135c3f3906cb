#include "app/dashboard/StatusNotice.h"

#include <QCoreApplication>
#include <QSet>

namespace segurdesk::dashboard {

StatusNotice statusNotice(const QList<DossierRow>& rows, const QList<services::StatusChange>& changes)
{
    // An enrollment and an advance request are told apart by their kind as well as their id.
    QSet<std::pair<bool, QString>> changed;
    for (const services::StatusChange& change : changes)
        changed.insert({change.kind == storage::CachedObject::Kind::Enrollment, change.id});
    QStringList lines;
    const DossierRow* only = nullptr;
    for (const DossierRow& row : rows) {
        if (!changed.contains({row.kind() == DossierRow::Kind::Enrollment, row.id}))
            continue;
        only = &row;
        lines.append(QCoreApplication::translate("segurdesk::dashboard::StatusNotice", "%1 %2 (%3): %4")
                         .arg(row.kindLabel(), row.number, row.company, row.statusLabel()));
    }
    if (lines.isEmpty())
        return {};
    const QString summary = lines.size() == 1
        ? QCoreApplication::translate("segurdesk::dashboard::StatusNotice", "%1 %2: %3")
              .arg(only->kindLabel(), only->number, only->statusLabel())
        : QCoreApplication::translate("segurdesk::dashboard::StatusNotice", "%n dossier(s) changed status", nullptr,
                                      int(lines.size()));
    return {summary, lines.join(QLatin1Char('\n'))};
}

} // namespace segurdesk::dashboard
