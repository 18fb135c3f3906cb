#pragma once

#include "app/dashboard/DossierRow.h"

#include <QAbstractTableModel>

#include <vector>

namespace segurdesk::dashboard {

// The dashboard's rows as a table. Sorting reorders the rows themselves, on their raw values
// (dates, cents, status order), so that the filter above it only ever filters. Lives on the GUI
// thread; setRows() takes rows built elsewhere (dossierRows() runs on a worker).
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

    explicit DossierTableModel(QObject* parent = nullptr);
    ~DossierTableModel() override;

    void setRows(QList<DossierRow> rows);
    // The language changed: headers, kinds and statuses are drawn again in it.
    void retranslate();
    const DossierRow& row(int index) const { return m_rows.at(index); }
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
    // Puts the rows in `order` (the index, before, of the row at each position) in place: a
    // large account's rows are not copied.
    void reorder(const std::vector<int>& order);
    // The rows' indices in the order of `column`, equal rows keeping theirs.
    std::vector<int> sortedOrder(int column, Qt::SortOrder order) const;

    QList<DossierRow> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace segurdesk::dashboard
