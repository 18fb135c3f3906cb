// A tiers déclarant's profiles side by side, against the real segurdesk-sandbox: its two demo
// accounts (an operator's and an accounting firm's), each logged in in turn from the dashboard. The rows of
// the profile not logged in come from its copy on this computer, and nothing of them is asked of
// the portal with the other profile's session.
#include "app/dashboard/DocumentViewer.h"
#include "app/dashboard/DossierDetailsView.h"
#include "app/dashboard/OtherProfiles.h"
#include "app/widgets/Questions.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/portal/EnrollmentDetail.h"
#include "tests/app/SandboxDashboard.h"

#include <QComboBox>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace segurdesk;
using dashboard::DossierTableModel;

namespace {

const QString Demo = QString::fromLatin1(portal::EmbeddedSandbox::DemoLogin);
const QString DemoPassword = QString::fromLatin1(portal::EmbeddedSandbox::DemoPassword);
const QString Firm = QString::fromLatin1(portal::EmbeddedSandbox::DemoFirmLogin);

class Profiles : public segurdesk::testing::SandboxDashboard
{
protected:
    template<class T = QWidget> T* child(const char* name)
    {
        T* found = m_view->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QTableView* table() { return child<QTableView>("dossierTable"); }
    // The profile of each row shown, top to bottom.
    QStringList profiles()
    {
        QStringList shown;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            shown << table()->model()->index(row, DossierTableModel::ProfileColumn).data().toString();
        return shown;
    }
    // The requests under way on the portal's connection: a request sent is one more at once.
    qsizetype replies() const { return m_portal.client()->network().findChildren<QNetworkReply*>().size(); }
    // The dossier shown is another profile's: its document, mail and advance, asked for as the
    // pane's buttons would, never reach the portal with this session.
    void expectNothingAskedOfThePortal(const QString& documentId, const QString& mailId)
    {
        const qsizetype before = replies();
        portal::DocumentRef document;
        document.id = documentId;
        emit m_view->details().openDocumentRequested(document);
        emit m_view->details().mailRequested(mailId);
        emit m_view->details().advanceRequested(portal::EnrollmentDetail());
        EXPECT_EQ(replies(), before);
        EXPECT_TRUE(child<QLabel>("documentMessage")->text().isEmpty()) << "no download began";
        EXPECT_EQ(m_view->findChild<QDialog*>(QStringLiteral("AdvanceRequestDialog")), nullptr);
    }
    // Makes the first row of `profile` whose number starts with `prefix` the current one, and
    // waits for its details.
    void choose(const QString& profile, const QString& prefix = QString())
    {
        QAbstractItemModel* model = table()->model();
        QString number;
        for (int row = 0; row < model->rowCount() && number.isEmpty(); ++row) {
            const QString candidate = model->index(row, DossierTableModel::NumberColumn).data().toString();
            if (model->index(row, DossierTableModel::ProfileColumn).data().toString() == profile
                && candidate.startsWith(prefix)) {
                number = candidate;
                table()->setCurrentIndex(model->index(row, 0));
            }
        }
        ASSERT_FALSE(number.isEmpty()) << "no row of " << profile.toStdString();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("titleLabel")->text().contains(number)
                                     && child<QTabWidget>("detailsTabs")->isEnabled(),
                                 30000);
    }
};

TEST_F(Profiles, TwoProfilesSideBySideEachAskedOfThePortalOnlyWithItsOwnSession)
{
    m_controller->refreshOrLogIn();
    logIn(Demo, DemoPassword);
    expectRows(5);
    EXPECT_EQ(profiles(), QStringList(5, Demo));
    EXPECT_FALSE(child<QComboBox>("profileFilter")->isEnabled());

    // Another profile: the demo session is closed on the portal, its rows stay as its copy.
    child<QPushButton>("switchProfileButton")->click();
    QDialog* login = dialog("loginDialog");
    ASSERT_NE(login, nullptr);
    EXPECT_TRUE(in(login, "loginEdit")->text().isEmpty());
    logIn(Firm, DemoPassword);
    expectRows(8);
    EXPECT_EQ(profiles().count(Demo), 5);
    EXPECT_EQ(profiles().count(Firm), 3);
    EXPECT_EQ(openSessions(Demo), 0);
    EXPECT_EQ(openSessions(Firm), 1);
    auto* filter = child<QComboBox>("profileFilter");
    ASSERT_TRUE(filter->isEnabled());
    filter->setCurrentIndex(filter->findData(Firm));
    EXPECT_EQ(profiles(), QStringList(3, Firm));
    filter->setCurrentIndex(0);

    // A demo dossier, read from the demo copy: shown whole, but its documents, mails and advance
    // are out of reach of this session, which says so.
    choose(Demo, QStringLiteral("AVA-"));
    EXPECT_TRUE(child("profileBar")->isVisible());
    EXPECT_TRUE(child<QLabel>("profileNote")->text().contains(Demo));
    EXPECT_TRUE(child("logInAsButton")->isVisible());
    auto* documents = child<QTreeWidget>("documentList");
    ASSERT_GT(documents->topLevelItemCount(), 0) << "the decision letter is listed from the copy";
    auto* open = child<QPushButton>("openDocumentButton");
    EXPECT_FALSE(open->isEnabled());
    EXPECT_TRUE(open->toolTip().contains(Demo));
    auto* mails = child<QTreeWidget>("mailList");
    ASSERT_GT(mails->topLevelItemCount(), 0);
    QSignalSpy mailAsked(&m_view->details(), &dashboard::DossierDetailsView::mailRequested);
    mails->setCurrentItem(mails->topLevelItem(0));
    EXPECT_EQ(mailAsked.count(), 0);
    EXPECT_TRUE(child<QPlainTextEdit>("mailBody")->placeholderText().contains(Demo));
    expectNothingAskedOfThePortal(documents->topLevelItem(0)->data(0, Qt::UserRole).toString(),
                                  mails->topLevelItem(0)->data(0, Qt::UserRole).toString());

    // The firm's own dossiers have no such bar, and their documents are asked of the portal.
    choose(Firm, QStringLiteral("AVA-"));
    EXPECT_FALSE(child("profileBar")->isVisible());
    ASSERT_GT(documents->topLevelItemCount(), 0);
    const qsizetype before = replies();
    portal::DocumentRef letter;
    letter.id = documents->topLevelItem(0)->data(0, Qt::UserRole).toString();
    emit m_view->details().openDocumentRequested(letter);
    EXPECT_EQ(replies(), before + 1) << "what the test counts is what the portal is asked";
    QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<dashboard::DocumentViewer*>() != nullptr, 30000);
    m_view->findChild<dashboard::DocumentViewer*>()->close();

    // Back to the demo profile from its dossier: its login is given, the password asked.
    choose(Demo, QStringLiteral("AVA-"));
    child<QPushButton>("logInAsButton")->click();
    login = dialog("loginDialog");
    ASSERT_NE(login, nullptr);
    EXPECT_EQ(in(login, "loginEdit")->text(), Demo);
    type(login, "passwordEdit", DemoPassword);
    press(login, QDialogButtonBox::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(openSessions(Firm), 0, 30000);
    expectRows(8);
    QTRY_VERIFY_WITH_TIMEOUT(!child("profileBar")->isVisible() && child<QPushButton>("openDocumentButton")->isEnabled(),
                             30000);

    // The firm's profile forgotten: its rows and its copy go; the demo's stay.
    choose(Firm);
    EXPECT_TRUE(child("forgetProfileButton")->isVisible());
    widgets::answerNextQuestion(true);
    child<QPushButton>("forgetProfileButton")->click();
    expectRows(5);
    EXPECT_EQ(profiles(), QStringList(5, Demo));
    EXPECT_FALSE(filter->isEnabled());

    // Not read again at the next login either.
    m_controller.reset();
    m_controller = std::make_unique<dashboard::DashboardController>(m_portal, *m_view);
    m_view->forgetAccount();
    m_controller->refreshOrLogIn();
    logIn(Demo, DemoPassword);
    expectRows(5);
    EXPECT_EQ(profiles(), QStringList(5, Demo));
}

} // namespace

// Changing profile closes the session first: given up at the login, it says no profile is left
// logged in.
TEST_F(Profiles, ALoginGivenUpWhileChangingProfileSaysTheUserIsLoggedOut)
{
    m_controller->refreshOrLogIn();
    logIn(Demo, DemoPassword);
    expectRows(5);
    QSignalSpy cancelled(m_controller.get(), &dashboard::DashboardController::loginCancelled);
    child<QPushButton>("switchProfileButton")->click();
    QDialog* login = dialog("loginDialog");
    ASSERT_NE(login, nullptr);
    press(login, QDialogButtonBox::Cancel);
    ASSERT_TRUE(cancelled.count() > 0 || cancelled.wait(30000));
    EXPECT_TRUE(cancelled.first().first().toString().contains(QStringLiteral("Déconnecté du profil demo")))
        << cancelled.first().first().toString().toStdString();
    EXPECT_EQ(openSessions(Demo), 0);
}

// The session ends (the portal's clock passes its hour) and the firm logs in instead: from the
// moment the session ends, the demo's dossiers still shown are its copy, never asked of the portal.
TEST_F(Profiles, ASessionEndedThenAnotherLoginLeavesThePreviousProfilesDossiersAsItsCopy)
{
    m_controller->refreshOrLogIn();
    logIn(Demo, DemoPassword);
    expectRows(5);
    choose(Demo, QStringLiteral("AVA-"));
    EXPECT_FALSE(child("profileBar")->isVisible());
    ASSERT_EQ(m_http.postJson(QStringLiteral("/sandbox/clock"), QJsonObject {{QStringLiteral("advance_seconds"), 7200}})
                  .status,
              200);
    child<QPushButton>("refreshButton")->click();
    QDialog* login = dialog("loginDialog");
    ASSERT_NE(login, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(child("profileBar")->isVisible(), 30000);
    auto* documents = child<QTreeWidget>("documentList");
    auto* mails = child<QTreeWidget>("mailList");
    ASSERT_GT(documents->topLevelItemCount(), 0);
    ASSERT_GT(mails->topLevelItemCount(), 0);
    const QString letter = documents->topLevelItem(0)->data(0, Qt::UserRole).toString();
    const QString mail = mails->topLevelItem(0)->data(0, Qt::UserRole).toString();
    expectNothingAskedOfThePortal(letter, mail);

    type(login, "loginEdit", Firm);
    type(login, "passwordEdit", DemoPassword);
    press(login, QDialogButtonBox::Ok);
    expectRows(8);
    choose(Demo, QStringLiteral("AVA-"));
    EXPECT_TRUE(child("profileBar")->isVisible());
    expectNothingAskedOfThePortal(letter, mail);
    EXPECT_EQ(profiles().count(Firm), 3);
}

TEST(ProfileLabel, NamesTheLoginAndItsPortalWhenItIsAnotherOne)
{
    const QString official = QStringLiteral("https://portail.example/api/v1");
    EXPECT_EQ(dashboard::profileLabel(official, QStringLiteral("OPE-1"), official), QStringLiteral("OPE-1"));
    EXPECT_EQ(dashboard::profileLabel(QStringLiteral("https://recette.portail.example:8443/api/v1"),
                                      QStringLiteral("OPE-1"), official),
              QStringLiteral("OPE-1 (recette.portail.example:8443/api/v1)"));
    EXPECT_EQ(dashboard::profileLabel(QStringLiteral("embedded-sandbox"), Demo, official),
              QStringLiteral("demo (demonstration portal)"));
}

class OtherProfileDetails : public segurdesk::testing::TranslatedTest
{
};

TEST_F(OtherProfileDetails, AProfileOfAnotherPortalIsNotOfferedALoginHereAndRequestsNoAdvance)
{
    dashboard::DossierDetailsView view;
    view.show();
    services::DossierDetails details;
    details.enrollment.emplace();
    details.enrollment->summary.number = QStringLiteral("ENR-2026-000042");
    details.enrollment->summary.status = model::EnrollmentStatus::Validated;
    const auto child = [&view](const char* name) {
        return view.findChild<QWidget*>(QString::fromLatin1(name));
    };

    view.setDetails(details,
                    dashboard::DossierDetailsView::ProfileCopy {QStringLiteral("OPE-1 (portail.example)"),
                                                                QDateTime::currentDateTime(), false});
    EXPECT_TRUE(child("profileBar")->isVisible());
    EXPECT_FALSE(child("logInAsButton")->isVisible());
    EXPECT_TRUE(child("forgetProfileButton")->isVisible());
    EXPECT_TRUE(
        view.findChild<QLabel*>(QStringLiteral("profileNote"))->text().contains(QStringLiteral("autre portail")));
    QWidget* advance = child("advanceButton");
    EXPECT_TRUE(advance->isVisible());
    EXPECT_FALSE(advance->isEnabled());
    EXPECT_TRUE(advance->toolTip().contains(QStringLiteral("OPE-1"))) << advance->toolTip().toStdString();

    // The same dossier as the logged-in profile's: every way is open again.
    view.setDetails(details);
    EXPECT_FALSE(child("profileBar")->isVisible());
    EXPECT_TRUE(advance->isEnabled());
    EXPECT_TRUE(advance->toolTip().isEmpty());
}
