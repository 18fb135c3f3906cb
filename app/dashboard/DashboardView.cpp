#include "app/dashboard/DashboardView.h"

#include "app/dashboard/AmountsChart.h"
#include "app/dashboard/DossierCsv.h"
#include "app/dashboard/DossierDetailsView.h"
#include "app/dashboard/DossierFilter.h"
#include "app/dashboard/DossierTableModel.h"
#include "app/dashboard/StatusChipDelegate.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/SeverityColour.h"
#include "core/services/Worker.h"
#include "ui_DashboardView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

#include <set>

namespace segurdesk::dashboard {

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
    , m_table(new DossierTableModel(this))
    , m_filter(new DossierFilter(*m_table, this))
{
    m_ui->setupUi(this);
    QTableView* view = m_ui->dossierTable;
    view->setModel(m_filter);
    view->setItemDelegateForColumn(DossierTableModel::StatusColumn, new StatusChipDelegate(view));
    // Every row the same height and no measuring of contents: a large account opens and scrolls
    // without reading every row.
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The company takes what the window gives; the other columns are as wide as their usual
    // contents ("Demande d'avance", "ENR-2026-000001", a date), in characters.
    header->setSectionResizeMode(DossierTableModel::CompanyColumn, QHeaderView::Stretch);
    const int character = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::array<int, DossierTableModel::ColumnCount> widths {16, 16, 0, 15, 17, 21, 16, 10};
    for (int column = 0; column < DossierTableModel::ColumnCount; ++column) {
        if (column != DossierTableModel::CompanyColumn)
            header->resizeSection(column, widths.at(std::size_t(column)) * character);
    }
    m_ui->searchEdit->setMinimumWidth(28 * character);
    view->sortByColumn(DossierTableModel::UpdatedColumn, Qt::DescendingOrder);

    m_ui->noticeBanner->hide();
    m_ui->draftsWarning->hide();
    setAccount(QString());
    connect(m_ui->noticeCloseButton, &QPushButton::clicked, m_ui->noticeBanner, &QWidget::hide);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &DossierFilter::setSearch);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &DashboardView::applyStatusFilter);
    connect(m_ui->profileFilter, &QComboBox::currentIndexChanged, this, &DashboardView::applyProfileFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardView::refreshRequested);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &DashboardView::logoutRequested);
    connect(m_ui->switchProfileButton, &QPushButton::clicked, this, &DashboardView::switchProfileRequested);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DashboardView::exportShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DashboardView::onShownRowsChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DashboardView::onShownRowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DashboardView::onShownRowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DashboardView::onShownRowsChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const QString id = currentDossierId(); id != m_shownDossierId) {
            m_shownDossierId = id;
            emit currentDossierChanged();
        }
    });
    // The table keeps the room its rows need; the details take what is left.
    m_ui->dashboardSplitter->setStretchFactor(0, 3);
    m_ui->dashboardSplitter->setStretchFactor(1, 2);
    fillStatusFilter();
    fillProfileFilter();
    showCount();
    m_ui->exportMessage->hide();
}

DashboardView::~DashboardView() = default;

void DashboardView::setRows(QList<DossierRow> rows)
{
    const QString current = currentDossierId();
    m_loaded = true;
    {
        // One announcement once the rows are in, whichever dossier ends up current.
        const QSignalBlocker quiet(this);
        m_table->setRows(std::move(rows));
        fillProfileFilter();
        showDossier(current);
        onShownRowsChanged();
    }
    m_shownDossierId = currentDossierId();
    emit currentDossierChanged();
}

DossierTableModel::Sorting DashboardView::sorting() const
{
    return m_table->sorting();
}

const QList<DossierRow>& DashboardView::rows() const
{
    return m_table->rows();
}

void DashboardView::showDossier(const QString& id)
{
    if (id.isEmpty())
        return;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (shownRow(row).id == id) {
            m_ui->dossierTable->setCurrentIndex(m_filter->index(row, 0));
            return;
        }
    }
}

const DossierRow* DashboardView::currentDossier() const
{
    const QModelIndex current = m_ui->dossierTable->currentIndex();
    return current.isValid() ? &shownRow(current.row()) : nullptr;
}

DossierDetailsView& DashboardView::details() const
{
    return *m_ui->detailsPane;
}

void DashboardView::setDataAge(const QDateTime& refreshedAt, bool offline)
{
    m_refreshedAt = refreshedAt;
    m_offline = offline;
    m_ui->detailsPane->setPortalReachable(!offline);
    showDataAge();
}

void DashboardView::setRefreshing(bool refreshing)
{
    m_ui->refreshButton->setEnabled(!refreshing);
    // A refresh under way ends before the session does.
    for (QPushButton* button : {m_ui->logoutButton, m_ui->switchProfileButton})
        button->setEnabled(!refreshing && !m_account.isEmpty());
    if (refreshing)
        showNote(tr("Asking the portal for your dossiers…"));
    else
        showDataAge();
}

void DashboardView::setProblem(const QString& problem)
{
    widgets::showProblem(*m_ui->dataAge, m_ui->dossierTable, problem);
}

void DashboardView::setAdvanceTotals(const AdvanceTotalsByProfile& totals)
{
    m_totals = totals;
    showAdvanceTotals();
}

void DashboardView::showAdvanceTotals()
{
    const QString chosen = m_ui->profileFilter->currentData().toString();
    AdvanceTotals shown;
    for (auto profile = m_totals.cbegin(); profile != m_totals.cend(); ++profile) {
        if (chosen.isEmpty() || profile.key() == chosen)
            shown += *profile;
    }
    m_ui->amountsChart->setTotals(shown);
}

void DashboardView::setDraftsWarning(const QString& warning)
{
    QPalette warningPalette = palette();
    warningPalette.setColor(QPalette::WindowText, widgets::severityColour(Severity::Warning, palette()));
    m_ui->draftsWarning->setPalette(warningPalette);
    m_ui->draftsWarning->setText(warning);
    m_ui->draftsWarning->setVisible(!warning.isEmpty());
}

void DashboardView::setAccount(const QString& login)
{
    m_account = login;
    for (QPushButton* button : {m_ui->logoutButton, m_ui->switchProfileButton}) {
        button->setEnabled(!login.isEmpty());
        button->setVisible(!login.isEmpty());
    }
    retranslateAccount();
}

void DashboardView::setLoggingOut()
{
    for (QPushButton* button : {m_ui->refreshButton, m_ui->logoutButton, m_ui->switchProfileButton})
        button->setEnabled(false);
    showNote(tr("Logging out…"));
}

void DashboardView::forgetAccount()
{
    setAccount(QString());
    setRows({});
    m_loaded = false;
    m_refreshedAt = {};
    showDataAge();
    showCount();
    setAdvanceTotals({});
    setDraftsWarning(QString());
    m_ui->noticeBanner->hide();
    m_ui->noticeLabel->clear();
    m_ui->searchEdit->clear();
    m_ui->exportMessage->hide();
    m_ui->refreshButton->setEnabled(true);
    m_ui->detailsPane->clear();
}

void DashboardView::retranslateAccount()
{
    m_ui->logoutButton->setText(tr("Log &out (%1)").arg(m_account));
}

void DashboardView::showNotice(const QString& notice)
{
    // The notices the user has not hidden yet stay, above the new one, the latest NoticeLines of
    // them: a banner left open over days of polls must not fill the window.
    QStringList lines = m_ui->noticeBanner->isHidden() ? QStringList() : m_ui->noticeLabel->text().split(u'\n');
    lines += notice.split(u'\n');
    m_ui->noticeLabel->setText(lines.mid(qMax(0, lines.size() - NoticeLines)).join(u'\n'));
    m_ui->noticeBanner->show();
}

QString DashboardView::currentDossierId() const
{
    const DossierRow* current = currentDossier();
    return current != nullptr ? current->id : QString();
}

const DossierRow& DashboardView::shownRow(int row) const
{
    return m_table->row(m_filter->mapToSource(m_filter->index(row, 0)).row());
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_table->retranslate();
        fillStatusFilter();
        fillProfileFilter();
        showCount();
        showDataAge();
        retranslateAccount();
    }
    QWidget::changeEvent(event);
}

void DashboardView::exportShown()
{
    const QString suggested = tr("dossiers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    widgets::chooseFileToSave(this, tr("Export the dossiers shown"), tr("CSV files (*.csv)"), suggested,
                              [this](const QString& path) { writeCsv(path); });
}

void DashboardView::writeCsv(const QString& path)
{
    QList<DossierRow> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(shownRow(row));
    const int count = int(shown.size());
    m_ui->exportButton->setEnabled(false);
    m_ui->exportMessage->setPalette(palette());
    m_ui->exportMessage->setText(tr("Writing %1…").arg(path));
    m_ui->exportMessage->show();
    services::runOnWorker(
        this, [path, shown = std::move(shown)] { return DossierCsv::write(path, shown); },
        [this, path, count](const QString& problem) {
            m_ui->exportButton->setEnabled(true);
            if (problem.isEmpty())
                m_ui->exportMessage->setText(tr("%n dossier(s) exported to %1.", nullptr, count).arg(path));
            else
                widgets::showProblem(*m_ui->exportMessage, m_ui->exportButton, problem);
        });
}

void DashboardView::fillStatusFilter()
{
    QComboBox* filter = m_ui->statusFilter;
    const int chosen = filter->currentIndex();
    const QSignalBlocker quiet(filter);
    filter->clear();
    // Item data: the status's place in DossierRow::everyStatus(); none for every status.
    filter->addItem(tr("All statuses"));
    const QList<DossierRow::Status> statuses = DossierRow::everyStatus();
    for (int i = 0; i < statuses.size(); ++i) {
        const QString label = DossierRow::statusLabelOf(statuses.at(i));
        filter->addItem(DossierRow::kindOf(statuses.at(i)) == DossierRow::Kind::Enrollment
                            ? tr("Enrollment: %1").arg(label)
                            : tr("Advance request: %1").arg(label),
                        i);
    }
    filter->setCurrentIndex(std::max(0, chosen));
}

void DashboardView::fillProfileFilter()
{
    std::set<QString> profiles;
    for (const DossierRow& row : m_table->rows())
        profiles.insert(row.profile);
    QComboBox* filter = m_ui->profileFilter;
    const QString chosen = filter->currentData().toString();
    {
        const QSignalBlocker quiet(filter);
        filter->clear();
        filter->addItem(tr("All profiles"));
        for (const QString& profile : profiles)
            filter->addItem(profile, profile);
        filter->setCurrentIndex(std::max(0, filter->findData(chosen)));
    }
    filter->setEnabled(profiles.size() > 1);
    // The profiles are few: their column widens to show the longest name whole ("demo-cabinet",
    // another portal's "login (host)"), never narrowing what the user widened.
    QHeaderView* header = m_ui->dossierTable->horizontalHeader();
    const QFontMetrics metrics = m_ui->dossierTable->fontMetrics();
    int needed = 0;
    for (const QString& profile : profiles)
        needed = std::max(needed, metrics.horizontalAdvance(profile) + 2 * metrics.horizontalAdvance(QLatin1Char('0')));
    if (needed > header->sectionSize(DossierTableModel::ProfileColumn))
        header->resizeSection(DossierTableModel::ProfileColumn, needed);
    // A profile no longer there is no longer chosen.
    applyProfileFilter();
}

void DashboardView::applyStatusFilter()
{
    const QVariant chosen = m_ui->statusFilter->currentData();
    m_filter->setStatus(chosen.isValid() ? std::optional(DossierRow::everyStatus().at(chosen.toInt())) : std::nullopt);
}

void DashboardView::applyProfileFilter()
{
    m_filter->setProfile(m_ui->profileFilter->currentData().toString());
    showAdvanceTotals();
}

void DashboardView::onShownRowsChanged()
{
    QTableView* view = m_ui->dossierTable;
    if (!view->currentIndex().isValid() && m_filter->rowCount() > 0)
        view->setCurrentIndex(m_filter->index(0, 0));
    showCount();
}

void DashboardView::showCount()
{
    const int total = m_table->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_loaded)
        m_ui->countLabel->clear();
    else if (total == 0)
        m_ui->countLabel->setText(tr("No dossier on the portal yet."));
    else if (shown == total)
        m_ui->countLabel->setText(tr("%n dossier(s)", nullptr, total));
    else
        m_ui->countLabel->setText(tr("Shown: %1 of %n dossier(s)", nullptr, total).arg(shown));
}

void DashboardView::showDataAge()
{
    if (!m_refreshedAt.isValid()) {
        showNote(QString());
        return;
    }
    const QString when = QLocale().toString(m_refreshedAt.toLocalTime(), QLocale::ShortFormat);
    if (!m_offline) {
        showNote(tr("As the portal gave them on %1.").arg(when));
        return;
    }
    QLabel* age = m_ui->dataAge;
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, widgets::severityColour(Severity::Warning, colours));
    age->setPalette(colours);
    age->setText(tr("Offline: the portal cannot be reached. These dossiers are the copy kept on this computer, as "
                    "the portal gave them on %1.")
                     .arg(when));
    m_ui->dossierTable->setAccessibleDescription(age->text());
}

void DashboardView::showNote(const QString& note)
{
    m_ui->dataAge->setPalette(palette());
    m_ui->dataAge->setText(note);
    m_ui->dossierTable->setAccessibleDescription(QString());
}

} // namespace segurdesk::dashboard
