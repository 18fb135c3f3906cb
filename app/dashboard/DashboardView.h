#pragma once

#include "app/dashboard/DossierRow.h"
#include "app/dashboard/DossierTableModel.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace segurdesk::dashboard {

class DossierDetailsView;
class DossierFilter;

namespace Ui {
class DashboardView;
}

// The dossiers of every profile in one table: search, filters by status and profile, sorting by
// any column on its raw values, the age of the data (and whether it is the offline copy), and
// the export of what is shown as a CSV file, written on a worker. A thin view: whoever owns the
// portal session gives it rows and hears refreshRequested(). GUI thread.
class DashboardView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    static constexpr int NoticeLines = 12;

    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    // Shows `rows` in place of what was shown; the dossier the user was on stays current if it
    // is still there.
    void setRows(QList<DossierRow> rows);
    // The order the rows are shown in: rows given in it are shown without sorting them again.
    DossierTableModel::Sorting sorting() const;
    // Every row given, in no particular order; none before the first rows, or once forgotten.
    const QList<DossierRow>& rows() const;
    // When the portal gave the rows; `offline` when they are the copy kept on this computer
    // because the portal could not be reached.
    void setDataAge(const QDateTime& refreshedAt, bool offline);
    // The amounts of the advance requests of each profile, for the chart beside the details, which
    // follows the profile filter.
    void setAdvanceTotals(const AdvanceTotalsByProfile& totals);
    void setRefreshing(bool refreshing);
    // Says what went wrong (translated) where the age of the data shows, until the next rows.
    void setProblem(const QString& problem);
    // Says that unsent drafts wait while the call is about to close (in the warning colour);
    // empty: nothing to say.
    void setDraftsWarning(const QString& warning);
    // A banner above the table, until the user hides it, with the notices given since (their last
    // NoticeLines lines): what the desktop was to tell, when no notification service answers.
    void showNotice(const QString& notice);
    // The login whose dossiers are shown, which the logout button names; empty: none.
    void setAccount(const QString& login);
    // The session is being closed: nothing may be asked of the portal meanwhile.
    void setLoggingOut();
    // Nothing of the account stays on screen: no row, no details, no notice, no search, no age.
    void forgetAccount();
    // The id of the dossier the user is on, or empty when none is shown.
    QString currentDossierId() const;
    // The dossier the user is on, or nullptr.
    const DossierRow* currentDossier() const;
    // Makes the dossier `id` the current one, if it is shown.
    void showDossier(const QString& id);
    // The pane below the table that shows the current dossier.
    DossierDetailsView& details() const;

signals:
    void refreshRequested();
    void logoutRequested();
    // The user wants to log in with another profile (a login of their choice).
    void switchProfileRequested();
    // Another dossier became the current one, or the rows were given again (their details may
    // have changed).
    void currentDossierChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void exportShown();
    // The rows shown, in the order shown, to `path` on a worker.
    void writeCsv(const QString& path);
    void fillStatusFilter();
    void fillProfileFilter();
    void applyStatusFilter();
    void applyProfileFilter();
    void showAdvanceTotals();
    // Keeps a current row whenever one is shown, so that the keyboard follows a dossier, and
    // counts what is shown.
    void onShownRowsChanged();
    void showCount();
    void showDataAge();
    void retranslateAccount();
    // `note` where the age of the data shows, in the ordinary colour.
    void showNote(const QString& note);
    // The row shown at `row` of the table, top to bottom.
    const DossierRow& shownRow(int row) const;

    std::unique_ptr<Ui::DashboardView> m_ui;
    DossierTableModel* m_table;
    DossierFilter* m_filter;
    QDateTime m_refreshedAt;
    bool m_offline = false;
    // The dossier currentDossierChanged() last announced.
    QString m_shownDossierId;
    // Rows have been given: until then, no count is shown.
    bool m_loaded = false;
    QString m_account;
    AdvanceTotalsByProfile m_totals;
};

} // namespace segurdesk::dashboard
