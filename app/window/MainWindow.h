#pragma once

#include "app/settings/Preferences.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QLabel;

namespace segurdesk {

namespace enrollment {
class EnrollmentController;
}

namespace dashboard {
class DashboardController;
class DashboardView;
} // namespace dashboard

namespace services {
class PortalConnection;
}

namespace Ui {
class MainWindow;
}

// The application's single top-level window: menus and the home page from which
// enrolments, advance requests and their follow-up are reached. The home page lists the drafts,
// read once the first frame is drawn (the local data's key comes from the keychain).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows in the status bar, permanently, which portal the application talks to: starting,
    // reached, or why it cannot be; and, over the page, a banner while it is the demonstration
    // portal (the embedded sandbox), so that nobody takes it for the ASP's.
    void followPortal(const services::PortalConnection& connection);
    // What the application started with, which the settings dialog shows and changes.
    void setPreferences(const settings::Preferences& preferences) { m_preferences = preferences; }

signals:
    // Once, after the window's first frame has been drawn: what can wait starts then.
    void firstPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // An enrollment being prepared is closed first, through its own questions.
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showAbout();
    void showSettings();
    // The language switches at once; a new portal address is for the next start.
    void applyPreferences(const settings::Preferences& chosen);
    // Opens the enrollment wizard, or brings back the one already open.
    void startEnrollment();
    // Opens the wizard on draft `id`; while another request is open, brings that one back.
    void resumeDraft(const QString& id);
    void follow(enrollment::EnrollmentController* enrollment);
    // The dossiers tab: logs in and follows the account's dossiers, once the portal is there.
    void followDossiers();
    // The dossiers tab's view, built when first needed: its table, chart and details pane took
    // a quarter of the time to the first window, for a tab that is not shown at start.
    dashboard::DashboardView& dashboardView();

    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_portalLabel;
    const services::PortalConnection* m_portal = nullptr;
    QString m_portalProblem;
    settings::Preferences m_preferences;
    QPointer<enrollment::EnrollmentController> m_enrollment;
    dashboard::DashboardView* m_dashboard = nullptr;
    QPointer<dashboard::DashboardController> m_dossiers;
    QString m_resumeNext; // the draft to open once the request open now is gone
    bool m_painted = false;
};

} // namespace segurdesk
