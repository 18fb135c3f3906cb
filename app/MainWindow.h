#pragma once

#include <QMainWindow>
#include <QUrl>

#include <memory>

class QLabel;

namespace segurdesk {

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

    // Which portal the application talks to, shown permanently in the status bar.
    void showPortal(const QUrl& url, bool isLocalSandbox);
    void showPortalUnavailable(const QString& reason);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_portalLabel;
};

} // namespace segurdesk
