#include "app/window/MainWindow.h"

#include "app/dashboard/DashboardController.h"
#include "app/dashboard/DashboardView.h"
#include "app/drafts/DraftList.h"
#include "app/enrollment/EnrollmentController.h"
#include "app/settings/SettingsDialog.h"
#include "core/i18n/Translations.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/services/PortalConnection.h"
#include "core/services/Worker.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTranslator>

#include <memory>
#include <vector>

namespace segurdesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_portalLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_portalLabel->setObjectName(QStringLiteral("portalLabel"));
    m_portalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_portalLabel);
    m_ui->centralWidget->installEventFilter(this);
    retranslate();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->actionSettings->setShortcuts(QKeySequence::Preferences);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionNewEnrollment, &QAction::triggered, this, &MainWindow::startEnrollment);
    connect(m_ui->newEnrollmentButton, &QPushButton::clicked, m_ui->actionNewEnrollment, &QAction::trigger);
    connect(m_ui->draftList, &drafts::DraftList::resumeRequested, this, &MainWindow::resumeDraft);
    // The dashboard's unsent drafts follow the home page's list, without asking the portal.
    connect(m_ui->draftList, &drafts::DraftList::listed, this, [this](const QList<services::DraftSummary>& drafts) {
        if (m_dossiers)
            m_dossiers->showDrafts(drafts);
    });
    connect(this, &MainWindow::firstPainted, m_ui->draftList, &drafts::DraftList::refresh);
    connect(m_ui->actionDossiers, &QAction::triggered, this,
            [this] { m_ui->mainTabs->setCurrentWidget(m_ui->dossiersTab); });
    connect(m_ui->mainTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->mainTabs->currentWidget() == m_ui->dossiersTab)
            followDossiers();
    });
}

MainWindow::~MainWindow()
{
    // An enrollment still open goes first, while the home page it reports to is whole; nothing
    // is refreshed or resumed for a window that is closing.
    if (m_enrollment) {
        disconnect(m_enrollment, nullptr, this, nullptr);
        delete m_enrollment;
    }
}

void MainWindow::showSettings()
{
    settings::SettingsDialog* dialog = settings::SettingsDialog::ask(m_preferences, this);
    connect(dialog, &settings::SettingsDialog::changed, this, &MainWindow::applyPreferences);
}

void MainWindow::applyPreferences(const settings::Preferences& chosen)
{
    const settings::Preferences before = std::exchange(m_preferences, chosen);
    // Said in the language just chosen.
    const auto announce = [this, portalChanged = chosen.portal != before.portal] {
        if (portalChanged)
            statusBar()->showMessage(tr("The new portal address is used from the next start of Ségur Desk."));
    };
    if (chosen.language == before.language)
        return announce();
    // The catalogues are files: read on a worker, installed here.
    using Translators = std::vector<std::unique_ptr<QTranslator>>;
    services::runOnWorker(
        this,
        [language = chosen.language] {
            return std::make_shared<Translators>(loadTranslations(*QCoreApplication::instance(), language));
        },
        [this, language = chosen.language, announce](const std::shared_ptr<Translators>& translators) {
            // Changed again meanwhile: the newer choice is on its way.
            if (m_preferences.language != language)
                return;
            installTranslations(*QCoreApplication::instance(), std::move(*translators));
            announce();
        });
}

void MainWindow::followPortal(const services::PortalConnection& connection)
{
    m_portal = &connection;
    connect(&connection, &services::PortalConnection::ready, this, &MainWindow::retranslate);
    connect(&connection, &services::PortalConnection::failed, this, [this](auto, const QString& reason) {
        m_portalProblem = reason;
        retranslate();
    });
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->centralWidget && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the frame being drawn reaches the screen first.
        QMetaObject::invokeMethod(this, &MainWindow::firstPainted, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_enrollment && m_enrollment->wizard()) {
        event->ignore();
        m_enrollment->show();
        m_enrollment->wizard()->reject();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::startEnrollment()
{
    if (!m_enrollment) {
        if (!m_portal || !m_portal->client())
            return;
        follow(new enrollment::EnrollmentController(*m_portal->client(), this));
    }
    m_enrollment->show();
}

void MainWindow::resumeDraft(const QString& id)
{
    if (m_enrollment) {
        if (m_enrollment->draftId() != id)
            statusBar()->showMessage(tr("Another request is open: close it before resuming this draft."));
        m_enrollment->show();
        return;
    }
    if (!m_portal || !m_portal->client())
        return;
    follow(new enrollment::EnrollmentController(*m_portal->client(), this, id));
    m_enrollment->show();
}

void MainWindow::followDossiers()
{
    if (m_dossiers || !m_portal || !m_portal->client())
        return;
    m_dossiers = new dashboard::DashboardController(*m_portal, dashboardView(), this);
    connect(m_dossiers, &dashboard::DashboardController::loginCancelled, this, [this](const QString& note) {
        if (!note.isEmpty())
            statusBar()->showMessage(note);
        // Not logged in, nothing to show: the dossiers are asked for again when the tab is.
        std::exchange(m_dossiers, nullptr)->deleteLater();
        m_ui->mainTabs->setCurrentWidget(m_ui->homeTab);
    });
    connect(m_dossiers, &dashboard::DashboardController::resumeDraftRequested, this, &MainWindow::resumeDraft);
    connect(m_dossiers, &dashboard::DashboardController::loggedOut, this, [this](const portal::PortalError& error) {
        statusBar()->showMessage(dashboard::DashboardController::logoutNote(error));
        std::exchange(m_dossiers, nullptr)->deleteLater();
        m_ui->mainTabs->setCurrentWidget(m_ui->homeTab);
    });
    m_dossiers->refreshOrLogIn();
}

dashboard::DashboardView& MainWindow::dashboardView()
{
    if (!m_dashboard) {
        m_dashboard = new dashboard::DashboardView(m_ui->dossiersTab);
        m_dashboard->setObjectName(QStringLiteral("dashboard"));
        m_ui->dossiersLayout->addWidget(m_dashboard);
    }
    return *m_dashboard;
}

void MainWindow::follow(enrollment::EnrollmentController* enrollment)
{
    m_enrollment = enrollment;
    // The list shows a new draft as soon as it exists, and how each one was left.
    m_ui->draftList->setOpenDraft(enrollment->draftId());
    connect(enrollment, &enrollment::EnrollmentController::draftSaved, this, [this, enrollment] {
        m_ui->draftList->setOpenDraft(enrollment->draftId());
        if (!m_ui->draftList->lists(enrollment->draftId()))
            m_ui->draftList->refresh();
    });
    connect(enrollment, &enrollment::EnrollmentController::resumeInstead, this,
            [this](const QString& id) { m_resumeNext = id; });
    connect(enrollment, &QObject::destroyed, this, [this] {
        m_ui->draftList->setOpenDraft(QString());
        m_ui->draftList->refresh();
        // The request is gone once its controller is: the draft chosen instead opens then.
        if (!m_resumeNext.isEmpty())
            resumeDraft(std::exchange(m_resumeNext, QString()));
    });
    connect(enrollment, &enrollment::EnrollmentController::openFailed, this, [this](const QString& message) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The draft cannot be opened"),
                                    tr("The draft could not be read: %1").arg(message), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("draftOpenFailureBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::retranslate()
{
    const bool ready = m_portal && !m_portal->address().isEmpty();
    // The wizard asks the portal from its first step.
    m_ui->actionNewEnrollment->setEnabled(ready);
    m_ui->newEnrollmentButton->setEnabled(ready);
    m_ui->draftList->setResumable(ready);
    m_ui->actionDossiers->setEnabled(ready);
    m_ui->mainTabs->setTabEnabled(m_ui->mainTabs->indexOf(m_ui->dossiersTab), ready);
    const bool demo = ready && m_portal->isLocalSandbox();
    const QString address = ready ? m_portal->address().toDisplayString() : QString();
    if (!m_portalProblem.isEmpty())
        m_portalLabel->setText(tr("Portal unavailable: %1").arg(m_portalProblem));
    else if (!ready)
        m_portalLabel->setText(tr("Starting the portal…"));
    else
        m_portalLabel->setText(demo ? tr("Portal: local sandbox (%1)").arg(address) : tr("Portal: %1").arg(address));
    m_ui->demoBanner->setVisible(demo);
    m_ui->demoBanner->setText(tr("<b>Demonstration portal</b> (%1): nothing sent from here reaches the ASP. "
                                 "Dossiers, mails and payments are simulated on this computer; set the ASP "
                                 "portal's address to file for real.<br>Its demonstration account, to see a "
                                 "dashboard at once: login <b>%2</b>, password <b>%3</b>; and a second one, "
                                 "<b>%4</b> with the same password, to try changing profile.")
                                  .arg(address.toHtmlEscaped(), QString::fromLatin1(portal::EmbeddedSandbox::DemoLogin),
                                       QString::fromLatin1(portal::EmbeddedSandbox::DemoPassword),
                                       QString::fromLatin1(portal::EmbeddedSandbox::DemoFirmLogin)));
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
