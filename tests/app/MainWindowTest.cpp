#include "app/window/MainWindow.h"

#include "app/drafts/DraftList.h"
#include "app/enrollment/EnrollmentController.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "app/widgets/Questions.h"
#include "core/services/DraftKeeper.h"
#include "core/services/DraftLibrary.h"
#include "core/services/PortalConnection.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/support/SandboxProcess.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {

// Drafts go to a throwaway data folder: the home page lists them as soon as it is drawn.
class MainWindow : public segurdesk::testing::TranslatedTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        TranslatedTest::SetUp();
    }
    void TearDown() override
    {
        qunsetenv("XDG_DATA_HOME");
        TranslatedTest::TearDown();
    }

    QTemporaryDir m_home;
};

QAction* findAction(QWidget& window, const char* objectName)
{
    return window.findChild<QAction*>(QString::fromLatin1(objectName));
}

TEST_F(MainWindow, OpensWithFrenchMenus)
{
    segurdesk::MainWindow window;
    window.show();

    QStringList menuTitles;
    for (QAction* action : window.menuBar()->actions())
        menuTitles << action->text();
    EXPECT_EQ(menuTitles, (QStringList {QStringLiteral("&Fichier"), QStringLiteral("&Aide")}));
    ASSERT_NE(findAction(window, "actionAbout"), nullptr);
    EXPECT_EQ(findAction(window, "actionAbout")->text(), QStringLiteral("À &propos de Ségur Desk"));
}

TEST_F(MainWindow, QuitClosesTheWindow)
{
    segurdesk::MainWindow window;
    window.show();
    ASSERT_TRUE(window.isVisible());
    findAction(window, "actionQuit")->trigger();
    EXPECT_FALSE(window.isVisible());
}

// The about box opens without a nested event loop: trigger() returns with the box on screen.
TEST_F(MainWindow, AboutOpensABoxWithoutStoppingTheWindow)
{
    segurdesk::MainWindow window;
    window.show();
    findAction(window, "actionAbout")->trigger();
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([box] { return box->isVisible(); }, 5000));
    EXPECT_TRUE(box->text().contains(QStringLiteral("Ségur Desk")));
    box->accept();
    // Closed, it goes (deleted later, from the event loop).
    EXPECT_TRUE(
        QTest::qWaitFor([&window] { return !window.findChild<QMessageBox*>(QStringLiteral("aboutBox")); }, 5000));
}

// What can wait (the portal, the local data) starts once the window is on screen.
TEST_F(MainWindow, SaysOnceWhenItsFirstFrameIsDrawn)
{
    segurdesk::MainWindow window;
    QSignalSpy painted(&window, &segurdesk::MainWindow::firstPainted);
    window.show();
    QTRY_COMPARE(painted.count(), 1);
    window.resize(window.size() + QSize(40, 40));
    window.repaint();
    QCoreApplication::processEvents();
    EXPECT_EQ(painted.count(), 1);
}

// A French window following a portal connection, and the status bar label that names it.
class MainWindowPortal : public MainWindow
{
protected:
    void SetUp() override
    {
        qputenv("SEGURDESK_SANDBOX", SEGURDESK_SANDBOX_PATH);
        MainWindow::SetUp();
        // Made once French is in place: the window takes its texts when it is built.
        m_window = std::make_unique<segurdesk::MainWindow>();
        m_window->followPortal(m_portal);
        m_window->show();
        m_label = m_window->findChild<QLabel*>(QStringLiteral("portalLabel"));
        ASSERT_NE(m_label, nullptr);
    }
    void TearDown() override
    {
        qunsetenv("SEGURDESK_SANDBOX");
        MainWindow::TearDown();
    }

    // The window's portal is `sandbox`, reached.
    void reach(const segurdesk::test::SandboxProcess& sandbox)
    {
        ASSERT_TRUE(sandbox.ok()) << sandbox.error().toStdString();
        QSignalSpy ready(&m_portal, &segurdesk::services::PortalConnection::ready);
        m_portal.open(QUrl(sandbox.url()));
        ASSERT_TRUE(ready.wait(5000));
    }

    segurdesk::services::PortalConnection m_portal;
    std::unique_ptr<segurdesk::MainWindow> m_window;
    QLabel* m_label = nullptr;
};

// A newcomer on the demonstration portal: the banner gives the demo account, the dossiers tab asks
// for its password (a wrong one is told and nothing else happens), then shows the account's
// dossiers, downloaded into the cache, and refreshes them on demand.
TEST_F(MainWindowPortal, TheDemoAccountOnTheBannerOpensAFilledDashboard)
{
    QSignalSpy ready(&m_portal, &segurdesk::services::PortalConnection::ready);
    m_portal.open({});
    ASSERT_TRUE(ready.wait(30000)) << m_label->text().toStdString();
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("demoBanner"));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("identifiant <b>demo</b>"))) << banner->text().toStdString();
    // The dossiers tab's widgets are built when it is first opened, not with the window.
    EXPECT_EQ(m_window->findChild<QTableView*>(QStringLiteral("dossierTable")), nullptr);

    findAction(*m_window, "actionDossiers")->trigger();
    auto* login = m_window->findChild<QDialog*>(QStringLiteral("loginDialog"));
    ASSERT_NE(login, nullptr);
    auto* loginEdit = login->findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* passwordEdit = login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* message = login->findChild<QLabel*>(QStringLiteral("messageLabel"));
    EXPECT_EQ(loginEdit->text(), QStringLiteral("demo"));
    passwordEdit->setText(QStringLiteral("pas-le-bon"));
    login->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("incorrect")), 15000);
    EXPECT_TRUE(login->isVisible());
    EXPECT_TRUE(passwordEdit->text().isEmpty());

    auto* table = m_window->findChild<QTableView*>(QStringLiteral("dossierTable"));
    ASSERT_NE(table, nullptr);
    QSignalSpy shown(table->model(), &QAbstractItemModel::modelReset);
    passwordEdit->setText(QStringLiteral("Demo-Segur-2023!"));
    login->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
    EXPECT_EQ(table->model()->rowCount(), 5);
    EXPECT_TRUE(table->isVisible());
    auto* age = m_window->findChild<QLabel*>(QStringLiteral("dataAge"));
    EXPECT_TRUE(age->text().startsWith(QStringLiteral("Tels que le portail les a donnés")))
        << age->text().toStdString();

    // Refreshing asks the portal again and shows its answer; the dossier the user is on stays
    // current, wherever it is.
    table->setCurrentIndex(table->model()->index(2, 0));
    const QString current = table->model()->index(2, 1).data().toString();
    auto* refresh = m_window->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    refresh->click();
    EXPECT_FALSE(refresh->isEnabled());
    EXPECT_EQ(age->text(), QStringLiteral("Demande de vos dossiers au portail…"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
    EXPECT_TRUE(refresh->isEnabled());
    EXPECT_TRUE(age->text().startsWith(QStringLiteral("Tels que le portail les a donnés")))
        << age->text().toStdString();
    EXPECT_EQ(table->model()->rowCount(), 5);
    EXPECT_EQ(table->model()->index(table->currentIndex().row(), 1).data().toString(), current);
}

// The dashboard's unsent drafts follow the home page's list as it is read again, without asking
// the portal, here down once the dossiers were shown.
TEST_F(MainWindowPortal, TheDashboardFollowsTheDraftsWithoutAskingThePortal)
{
    segurdesk::test::SandboxProcess sandbox({}, {QStringLiteral("--seed-demo")});
    ASSERT_NO_FATAL_FAILURE(reach(sandbox));
    findAction(*m_window, "actionDossiers")->trigger();
    auto* login = m_window->findChild<QDialog*>(QStringLiteral("loginDialog"));
    ASSERT_NE(login, nullptr);
    login->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("demo"));
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("Demo-Segur-2023!"));
    login->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("dossierTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 30000);
    auto* age = m_window->findChild<QLabel*>(QStringLiteral("dataAge"));
    const QString shownAt = age->text();
    ASSERT_TRUE(shownAt.startsWith(QStringLiteral("Tels que le portail les a donnés"))) << shownAt.toStdString();
    sandbox.stop();

    segurdesk::services::DraftKeeper keeper;
    QSignalSpy saved(&keeper, &segurdesk::services::DraftKeeper::saved);
    segurdesk::services::DraftKeeper::Content content;
    content.dossier.applicant.companyName = QStringLiteral("Clinique des Tilleuls");
    keeper.save(content);
    ASSERT_TRUE(saved.wait(30000));
    auto* drafts = m_window->findChild<segurdesk::drafts::DraftList*>();
    ASSERT_NE(drafts, nullptr);
    drafts->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 6, 30000);
    QStringList companies;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        companies << table->model()->index(row, 2).data().toString();
    EXPECT_TRUE(companies.contains(QStringLiteral("Clinique des Tilleuls"))) << companies.join(u',').toStdString();
    EXPECT_EQ(age->text(), shownAt) << "the portal was not asked";

    segurdesk::services::DraftLibrary library;
    QSignalSpy removed(&library, &segurdesk::services::DraftLibrary::done);
    library.remove(keeper.draftId());
    ASSERT_TRUE(removed.wait(30000));
    drafts->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 30000);
    EXPECT_EQ(age->text(), shownAt);
}

// The window is up and answering while the local portal starts; the status bar follows it.
TEST_F(MainWindowPortal, StatusBarFollowsTheLocalPortalAsItStarts)
{
    m_portal.open({});
    EXPECT_EQ(m_label->text(), QStringLiteral("Démarrage du portail…"));
    QSignalSpy ready(&m_portal, &segurdesk::services::PortalConnection::ready);
    ASSERT_TRUE(ready.wait(30000)) << m_label->text().toStdString();
    EXPECT_TRUE(m_label->text().startsWith(QStringLiteral("Portail : bac à sable local (http://127.0.0.1:")))
        << m_label->text().toStdString();
    // Nobody takes the demonstration portal for the ASP's.
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("demoBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Portail de démonstration")));
    EXPECT_TRUE(banner->text().contains(m_portal.address().toDisplayString())) << banner->text().toStdString();

    // The language changes live.
    removeTranslations();
    QTRY_VERIFY(banner->text().contains(QStringLiteral("Demonstration portal")));
    EXPECT_TRUE(m_label->text().startsWith(QStringLiteral("Portal: local sandbox (http://127.0.0.1:")));
    EXPECT_EQ(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

TEST_F(MainWindowPortal, StatusBarSaysWhyAConfiguredPortalIsRefused)
{
    QSignalSpy failed(&m_portal, &segurdesk::services::PortalConnection::failed);
    m_portal.open(QUrl(QStringLiteral("http://portail.example")));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(m_label->text().startsWith(
        QStringLiteral("Portail indisponible : L’adresse du portail http://portail.example")))
        << m_label->text().toStdString();
}

TEST_F(MainWindowPortal, StatusBarNamesAConfiguredPortal)
{
    QSignalSpy ready(&m_portal, &segurdesk::services::PortalConnection::ready);
    m_portal.open(QUrl(QStringLiteral("https://portail.example")));
    ASSERT_TRUE(ready.wait(5000));
    EXPECT_EQ(m_label->text(), QStringLiteral("Portail : https://portail.example"));
    EXPECT_FALSE(m_window->findChild<QLabel*>(QStringLiteral("demoBanner"))->isVisible());
}

// The wizard opens from the home page once the portal is reached, with the rules the portal
// announces (here a portal that takes only two VAT rates), and only once.
TEST_F(MainWindowPortal, OpensOneEnrollmentWizardWithThePortalsRules)
{
    const auto rate = [](const char* code, const char* percent) {
        return QJsonObject {{QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("percent"), QString::fromLatin1(percent)},
                            {QStringLiteral("label"), QString::fromLatin1(code)}};
    };
    segurdesk::test::SandboxProcess sandbox(
        QJsonObject {{QStringLiteral("vat_rates"), QJsonArray {rate("20", "20"), rate("exempt", "0")}}});
    ASSERT_TRUE(sandbox.ok()) << sandbox.error().toStdString();
    auto* start = m_window->findChild<QPushButton*>(QStringLiteral("newEnrollmentButton"));
    ASSERT_NE(start, nullptr);
    EXPECT_FALSE(start->isEnabled()) << "the wizard needs the portal";

    QSignalSpy ready(&m_portal, &segurdesk::services::PortalConnection::ready);
    m_portal.open(QUrl(sandbox.url()));
    ASSERT_TRUE(ready.wait(5000));
    ASSERT_TRUE(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    auto* wizard = m_window->findChild<segurdesk::enrollment::EnrollmentWizard*>();
    ASSERT_NE(wizard, nullptr);
    QTRY_VERIFY(wizard->isVisible());
    EXPECT_EQ(wizard->currentPage()->title(), QStringLiteral("Étape 1 sur 5 : référencement"));
    QWizardPage* vat = wizard->page(segurdesk::enrollment::EnrollmentWizard::Vat);
    QTRY_VERIFY(vat->findChild<QRadioButton*>(QStringLiteral("rate_10")) == nullptr);
    EXPECT_NE(vat->findChild<QRadioButton*>(QStringLiteral("rate_20")), nullptr);
    EXPECT_NE(vat->findChild<QRadioButton*>(QStringLiteral("rate_exempt")), nullptr);

    // The menu's entry brings the same wizard back.
    findAction(*m_window, "actionNewEnrollment")->trigger();
    EXPECT_EQ(m_window->findChildren<segurdesk::enrollment::EnrollmentWizard*>().size(), 1);

    // Closed, it goes with its dossier; the next one starts afresh.
    wizard->reject();
    QTRY_VERIFY(m_window->findChild<segurdesk::enrollment::EnrollmentController*>() == nullptr);
    EXPECT_EQ(m_window->findChild<segurdesk::enrollment::EnrollmentWizard*>(), nullptr);
}

// The home page lists the drafts: one typed in the wizard appears at once, resumes on its step
// with what was typed, is duplicated as the start of another request, and is deleted only once
// the user confirms.
TEST_F(MainWindowPortal, TheHomePageListsTheDraftsToResumeDuplicateOrDelete)
{
    segurdesk::test::SandboxProcess sandbox;
    ASSERT_NO_FATAL_FAILURE(reach(sandbox));
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("draftTree"));
    ASSERT_NE(tree, nullptr);
    auto* message = m_window->findChild<QLabel*>(QStringLiteral("draftsMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Aucun brouillon")), 30000);

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("newEnrollmentButton")), Qt::LeftButton);
    auto* wizard = m_window->findChild<segurdesk::enrollment::EnrollmentWizard*>();
    ASSERT_NE(wizard, nullptr);
    QTRY_VERIFY(wizard->isVisible());
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("numberEdit")),
                     QStringLiteral("MSS-2022-0042"));
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 30000);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Demande encore sans nom"));
    EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("Étape 1 sur 5 : référencement"));
    EXPECT_EQ(tree->topLevelItem(0)->text(3), QStringLiteral("En préparation"));
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<segurdesk::enrollment::EnrollmentController*>() == nullptr, 30000);

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("resumeDraftButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (wizard = m_window->findChild<segurdesk::enrollment::EnrollmentWizard*>()) && wizard->isVisible(), 30000);
    EXPECT_EQ(wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("numberEdit"))->text(),
              QStringLiteral("MSS-2022-0042"));
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<segurdesk::enrollment::EnrollmentController*>() == nullptr, 30000);

    // The list is read again once the request is closed: its buttons wait for it.
    auto* duplicate = m_window->findChild<QPushButton*>(QStringLiteral("duplicateDraftButton"));
    QTRY_VERIFY_WITH_TIMEOUT(duplicate->isEnabled(), 30000);
    QTest::mouseClick(duplicate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 2, 30000);

    // Kept on the first answer, deleted on the second: the answers come in order.
    auto* remove = m_window->findChild<QPushButton*>(QStringLiteral("deleteDraftButton"));
    QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 30000);
    segurdesk::widgets::answerNextQuestion(false);
    QTest::mouseClick(remove, Qt::LeftButton);
    // The answer comes from the event loop; kept, the draft leaves the button usable.
    QCoreApplication::processEvents();
    EXPECT_TRUE(remove->isEnabled()) << "no deletion under way";
    EXPECT_EQ(tree->topLevelItemCount(), 2);
    segurdesk::widgets::answerNextQuestion(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 30000);
}

// A new request for a SIRET that already has a draft offers that draft instead: resumed, it
// replaces the request being typed, whose own draft goes.
TEST_F(MainWindowPortal, ANewRequestForTheSiretOfADraftOffersToResumeIt)
{
    segurdesk::services::DraftKeeper existing;
    QSignalSpy saved(&existing, &segurdesk::services::DraftKeeper::saved);
    segurdesk::model::Dossier dossier;
    dossier.applicant.siret = QStringLiteral("588 163 022 00019");
    dossier.applicant.companyName = QStringLiteral("MEDIMAIL CONNECT SA");
    existing.save({dossier, {}, 2});
    ASSERT_TRUE(saved.wait(30000));

    segurdesk::test::SandboxProcess sandbox;
    ASSERT_NO_FATAL_FAILURE(reach(sandbox));
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("draftTree"));
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 30000);

    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("newEnrollmentButton")), Qt::LeftButton);
    auto* wizard = m_window->findChild<segurdesk::enrollment::EnrollmentWizard*>();
    QTRY_VERIFY(wizard && wizard->isVisible());
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit*>(QStringLiteral("numberEdit")),
                     QStringLiteral("MSS-2022-0007"));
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 2, 30000);

    segurdesk::widgets::answerNextQuestion(true);
    QTest::keyClicks(wizard->page(segurdesk::enrollment::EnrollmentWizard::Applicant)
                         ->findChild<QLineEdit*>(QStringLiteral("siretEdit")),
                     QStringLiteral("58816302200019"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<segurdesk::enrollment::EnrollmentController*>()
                                 && m_window->findChild<segurdesk::enrollment::EnrollmentController*>()->draftId()
                                     == existing.draftId(),
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 30000);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("MEDIMAIL CONNECT SA"));
    segurdesk::enrollment::EnrollmentWizard* resumed = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (resumed = m_window->findChild<segurdesk::enrollment::EnrollmentWizard*>()) && resumed->isVisible(), 30000);
    // Opened on its first step: its referencing number is still to be given.
    EXPECT_EQ(resumed->currentId(), segurdesk::enrollment::EnrollmentWizard::Referencing);
}

} // namespace
