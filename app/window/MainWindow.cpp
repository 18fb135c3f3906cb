#include "app/window/MainWindow.h"

#include "core/services/PortalConnection.h"
#include "ui_MainWindow.h"

#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

namespace segurdesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_portalLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_portalLabel->setObjectName(QStringLiteral("portalLabel"));
    m_portalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_portalLabel->setText(tr("Starting the portal…"));
    statusBar()->addPermanentWidget(m_portalLabel);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::followPortal(const services::PortalConnection& connection)
{
    connect(&connection, &services::PortalConnection::ready, this, [this, &connection] { showPortal(connection); });
    connect(&connection, &services::PortalConnection::failed, this,
            [this](auto, const QString& reason) { m_portalLabel->setText(tr("Portal unavailable: %1").arg(reason)); });
}

void MainWindow::showPortal(const services::PortalConnection& connection)
{
    const QString address = connection.address().toDisplayString();
    m_portalLabel->setText(connection.isLocalSandbox() ? tr("Portal: local sandbox (%1)").arg(address)
                                                       : tr("Portal: %1").arg(address));
}

void MainWindow::showAbout()
{
    // Window-modal and shown with open(): the window's event loop goes on, no nested one.
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Ségur Desk"),
                                tr("<p><b>Ségur Desk</b> %1</p>"
                                   "<p>Enrolment, advance requests and follow-up of MSS operators' dossiers "
                                   "on the ASP Ségur Numérique portal.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace segurdesk
