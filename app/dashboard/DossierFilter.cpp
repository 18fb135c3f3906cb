#include "app/dashboard/DossierFilter.h"

#include "app/dashboard/DossierTableModel.h"
#include "core/validation/InputText.h"

#include <string_view>

namespace segurdesk::dashboard {

DossierFilter::DossierFilter(DossierTableModel& table, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_table(table)
{
    setSourceModel(&table);
    // The table's rows change order when it sorts; the filter follows without sorting again.
    setDynamicSortFilter(false);
}

DossierFilter::~DossierFilter() = default;

void DossierFilter::setSearch(const QString& text)
{
    QByteArrayList words = validation::foldCaseAndAccents(text).toUtf8().split(' ');
    words.removeAll(QByteArray());
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void DossierFilter::setStatus(const std::optional<DossierRow::Status>& status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void DossierFilter::setProfile(const QString& profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    refilter();
}

void DossierFilter::refilter()
{
    // invalidateFilter() would announce each range of rows that goes or comes, and a search that
    // keeps one row in five of a large account makes tens of thousands of them: the mapping is
    // rebuilt at once instead, as one layout change. (invalidate() would also sort, were a sort
    // column ever set here: sort() below sees that none is.)
    invalidate();
}

void DossierFilter::sort(int column, Qt::SortOrder order)
{
    // The proxy itself never sorts (its sort column stays -1): the table's own order shows.
    m_table.sort(column, order);
}

bool DossierFilter::filterAcceptsRow(int sourceRow, const QModelIndex& /*sourceParent*/) const
{
    const DossierRow& row = m_table.row(sourceRow);
    if (m_status && row.status != *m_status)
        return false;
    if (!m_profile.isEmpty() && row.profile != m_profile)
        return false;
    // std::string_view's search goes through memchr: several times faster than QByteArray's on
    // the short keys and words of a search box.
    const std::string_view key(row.searchKey.constData(), std::size_t(row.searchKey.size()));
    return std::all_of(m_words.cbegin(), m_words.cend(), [key](const QByteArray& word) {
        return key.find(std::string_view(word.constData(), std::size_t(word.size()))) != std::string_view::npos;
    });
}

} // namespace segurdesk::dashboard
