#pragma once

#include "app/dashboard/DossierRow.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace segurdesk::dashboard {

class DossierTableModel;

// What the dashboard shows of its DossierTableModel: the rows whose number, company, SIRET or
// profile contain every word of the search (case and accents ignored), of one status and one
// profile if chosen. Sorting goes to the table model, which reorders its rows: a keystroke in
// the search box then only filters, in the table's order. GUI thread.
class DossierFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierFilter)

public:
    explicit DossierFilter(DossierTableModel& table, QObject* parent = nullptr);
    ~DossierFilter() override;

    void setSearch(const QString& text);
    // Only the rows of `status` (an enrollment's or an advance request's); none: every status.
    void setStatus(const std::optional<DossierRow::Status>& status);
    // Empty: every profile.
    void setProfile(const QString& profile);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    DossierTableModel& m_table;
    QByteArrayList m_words;
    std::optional<DossierRow::Status> m_status;
    QString m_profile;
};

} // namespace segurdesk::dashboard
