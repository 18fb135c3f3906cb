#include "app/dashboard/DossierTableModel.h"

#include "core/services/Worker.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace segurdesk::dashboard {

namespace {

// Negative, zero or positive as `a` sorts before, with or after `b` in `column`.
int compare(const DossierRow& a, const DossierRow& b, int column)
{
    const auto order = [](const auto& x, const auto& y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    switch (column) {
    case DossierTableModel::KindColumn:
        return order(int(a.kind()), int(b.kind()));
    case DossierTableModel::NumberColumn:
        return QString::compare(a.number, b.number, Qt::CaseInsensitive);
    case DossierTableModel::CompanyColumn:
        return a.companyKey.compare(b.companyKey);
    case DossierTableModel::SiretColumn:
        return QString::compare(a.siret, b.siret);
    case DossierTableModel::StatusColumn:
        // Enrollments first, then each status in the order a dossier goes through them.
        return order(std::pair(a.status.index(), std::visit([](auto s) { return int(s); }, a.status)),
                     std::pair(b.status.index(), std::visit([](auto s) { return int(s); }, b.status)));
    case DossierTableModel::UpdatedColumn:
        return order(a.updatedAt, b.updatedAt);
    case DossierTableModel::AmountColumn:
        // No amount sorts first.
        return order(a.amount ? a.amount->cents() : -1, b.amount ? b.amount->cents() : -1);
    case DossierTableModel::ProfileColumn:
        return QString::compare(a.profile, b.profile, Qt::CaseInsensitive);
    default:
        return 0;
    }
}

// Whether `a` goes before `b` in `column`, in `order`.
struct Before
{
    int column;
    Qt::SortOrder order;

    bool operator()(const DossierRow& a, const DossierRow& b) const
    {
        const int result = compare(a, b, column);
        return order == Qt::DescendingOrder ? result > 0 : result < 0;
    }
};

// The indices of `rows` in the order of `column`, equal rows keeping theirs.
std::vector<int> sortedOrder(const QList<DossierRow>& rows, int column, Qt::SortOrder order)
{
    std::vector<int> indices(std::size_t(rows.size()));
    std::iota(indices.begin(), indices.end(), 0);
    if (column >= 0) {
        std::stable_sort(indices.begin(), indices.end(), [&rows, before = Before {column, order}](int a, int b) {
            return before(rows.at(a), rows.at(b));
        });
    }
    return indices;
}

// Whether `rows` are in the order of `column` already.
bool isSorted(const QList<DossierRow>& rows, int column, Qt::SortOrder order)
{
    return column < 0 || std::is_sorted(rows.cbegin(), rows.cend(), Before {column, order});
}

} // namespace

void DossierTableModel::sortRows(QList<DossierRow>& rows, Sorting sorting)
{
    const std::vector<int> order = sortedOrder(rows, sorting.column, sorting.order);
    // In place, cycle by cycle: each position takes the row `order` names for it, which frees that
    // row's position for the next one, until the cycle comes back to where it started.
    std::vector<bool> placed(order.size());
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (placed[start])
            continue;
        DossierRow first = std::move(rows[qsizetype(start)]);
        std::size_t position = start;
        for (;;) {
            placed[position] = true;
            const auto from = std::size_t(order[position]);
            if (from == start) {
                rows[qsizetype(position)] = std::move(first);
                break;
            }
            rows[qsizetype(position)] = std::move(rows[qsizetype(from)]);
            position = from;
        }
    }
}

DossierTableModel::DossierTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

DossierTableModel::~DossierTableModel() = default;

void DossierTableModel::setRows(QList<DossierRow> rows)
{
    beginResetModel();
    // A sort still running on the rows replaced would give an order that no longer applies.
    ++m_sortsStarted;
    m_rows = std::move(rows);
    // One pass, where sorting again would take seventeen over a large account.
    if (isSorted(m_rows, m_sortColumn, m_sortOrder)) {
        m_order.resize(std::size_t(m_rows.size()));
        std::iota(m_order.begin(), m_order.end(), 0);
    } else {
        m_order = sortedOrder(m_rows, m_sortColumn, m_sortOrder);
    }
    endResetModel();
}

void DossierTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int DossierTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DossierRow& row = this->row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ToneRole:
        return int(row.tone());
    default:
        return {};
    }
}

QVariant DossierTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void DossierTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // Sorting a large account takes longer than a frame: a worker sorts the rows, which are never
    // changed in place (the copy it takes shares them), and the order the last sort started
    // gives is applied.
    const int started = ++m_sortsStarted;
    services::runOnWorker(
        this, [rows = m_rows, column, order] { return sortedOrder(rows, column, order); },
        [this, started](std::vector<int> sorted) {
            if (started == m_sortsStarted)
                applyOrder(std::move(sorted));
        });
}

void DossierTableModel::applyOrder(std::vector<int> order)
{
    Q_ASSERT(order.size() == std::size_t(m_rows.size()));
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The view's current and selected rows follow their dossiers.
    std::vector<int> positionOf(order.size());
    for (std::size_t position = 0; position < order.size(); ++position)
        positionOf[std::size_t(order[position])] = int(position);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex& index : persistent)
        moved.append(this->index(positionOf[std::size_t(m_order[std::size_t(index.row())])], index.column()));
    m_order = std::move(order);
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString DossierTableModel::columnTitle(int column)
{
    switch (column) {
    case KindColumn:
        return tr("Type");
    case NumberColumn:
        return tr("Number");
    case CompanyColumn:
        return tr("Company");
    case SiretColumn:
        return tr("SIRET");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Last change");
    case AmountColumn:
        return tr("Amount incl. VAT");
    case ProfileColumn:
        return tr("Profile");
    default:
        return {};
    }
}

QString DossierTableModel::text(const DossierRow& row, int column)
{
    switch (column) {
    case KindColumn:
        return row.kindLabel();
    case NumberColumn:
        return row.number;
    case CompanyColumn:
        return row.company;
    case SiretColumn:
        return row.siret;
    case StatusColumn:
        return row.statusLabel();
    case UpdatedColumn:
        return QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
    case AmountColumn:
        return row.amount ? row.amount->format() : QString();
    case ProfileColumn:
        return row.profile;
    default:
        return {};
    }
}

} // namespace segurdesk::dashboard
