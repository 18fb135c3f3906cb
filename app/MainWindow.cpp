#include "app/MainWindow.h"

#include "ui_MainWindow.h"

#include <QMessageBox>

namespace segurdesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ségur Desk"),
                       tr("<p><b>Ségur Desk</b> %1</p>"
                          "<p>Enrolment, advance requests and follow-up of MSS operators' dossiers "
                          "on the ASP Ségur Numérique portal.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace segurdesk
