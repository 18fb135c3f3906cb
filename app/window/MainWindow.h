#pragma once

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QLabel;

namespace segurdesk {

namespace services {
class PortalConnection;
}

namespace Ui {
class MainWindow;
}

// The application's single top-level window: menus and the home page from which
// enrolments, advance requests and their follow-up are reached.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows in the status bar, permanently, which portal the application talks to: starting,
    // reached, or why it cannot be.
    void followPortal(const services::PortalConnection& connection);

private:
    void showPortal(const services::PortalConnection& connection);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_portalLabel;
};

} // namespace segurdesk
