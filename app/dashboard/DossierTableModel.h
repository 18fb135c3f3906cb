#pragma once

#include "app/dashboard/DossierRow.h"

#include <QAbstractTableModel>

#include <vector>

namespace segurdesk::dashboard {

// The dashboard's rows as a table. Sorting orders the rows on their raw values (dates, cents,
// status order), so that the filter above it only ever filters; a worker sorts, and the rows take
// their new order once it is done. Lives on the GUI thread; setRows() takes rows built elsewhere
// (dossierRows() runs on a worker) and puts them in the current order at once.
class DossierTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierTableModel)

public:
    enum Column {
        KindColumn,
        NumberColumn,
        CompanyColumn,
        SiretColumn,
        StatusColumn,
        UpdatedColumn,
        AmountColumn,
        ProfileColumn,
        ColumnCount
    };
    enum Role {
        // DossierRow::Tone, for the status chip.
        ToneRole = Qt::UserRole + 1,
    };

    // The column rows are sorted on (none: -1) and the order.
    struct Sorting
    {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    explicit DossierTableModel(QObject* parent = nullptr);
    ~DossierTableModel() override;

    // Rows already in the order of sorting() (sortRows() on the worker that built them) are taken
    // as they are; others are sorted here.
    void setRows(QList<DossierRow> rows);
    Sorting sorting() const { return {m_sortColumn, m_sortOrder}; }
    // Puts `rows` in the order of `sorting`, equal rows keeping theirs, without a second copy of
    // them. Any thread.
    static void sortRows(QList<DossierRow>& rows, Sorting sorting);
    // The language changed: headers, kinds and statuses are drawn again in it.
    void retranslate();
    // The row shown at `position`.
    const DossierRow& row(int position) const { return m_rows.at(m_order.at(std::size_t(position))); }
    // Every row, in no particular order.
    const QList<DossierRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The header of `column`, in the current language (the table and the CSV file).
    static QString columnTitle(int column);
    // The cell of `column` as shown, in the current language; amounts and dates in the locale's form.
    static QString text(const DossierRow& row, int column);

private:
    // Shows the rows in `order`: the index in m_rows of the row at each position.
    void applyOrder(std::vector<int> order);

    // As given: a sort on a worker shares them.
    QList<DossierRow> m_rows;
    std::vector<int> m_order;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Counts the sorts started and the rows given, so that only the last sort's order applies.
    int m_sortsStarted = 0;
};

} // namespace segurdesk::dashboard
