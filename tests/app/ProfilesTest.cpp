// A tiers déclarant's profiles side by side, against the real segurdesk-sandbox: the demo account
// and a second account of the same portal, each logged in in turn from the dashboard. The rows of
// the profile not logged in come from its copy on this computer, and nothing of them is asked of
// the portal with the other profile's session.
#include "app/dashboard/DossierDetailsView.h"
#include "app/widgets/Questions.h"
#include "core/portal/EmbeddedSandbox.h"
#include "tests/app/SandboxDashboard.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace segurdesk;
using dashboard::DossierTableModel;

namespace {

const QString Demo = QString::fromLatin1(portal::EmbeddedSandbox::DemoLogin);
const QString DemoPassword = QString::fromLatin1(portal::EmbeddedSandbox::DemoPassword);
const QString Chosen = QStringLiteral("Ségur-Desk-2024!");

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
    // Makes the row whose number is `number` the current one, and waits for its details.
    void choose(const QString& number)
    {
        QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DossierTableModel::NumberColumn).data().toString() == number)
                table()->setCurrentIndex(model->index(row, 0));
        }
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("titleLabel")->text().contains(number)
                                     && child<QTabWidget>("detailsTabs")->isEnabled(),
                                 30000);
    }
    // A validated account of its own, past its first login (done on the portal directly).
    test::SandboxEnrollment::Credentials secondAccount()
    {
        test::EnrollmentForm form(QStringLiteral("cabinet.depot@example.fr"));
        test::SandboxEnrollment::Credentials credentials = m_enrollment.enrollValidated(form, "second-profile");
        const test::HttpReply login = m_http.postJson(QStringLiteral("/api/v1/auth/login"),
                                                      QJsonObject {{QStringLiteral("login"), credentials.login},
                                                                   {QStringLiteral("password"), credentials.password}});
        EXPECT_EQ(login.status, 200) << login.body.toStdString();
        const test::HttpReply changed
            = m_http.postJson(QStringLiteral("/api/v1/auth/password"),
                              QJsonObject {{QStringLiteral("current_password"), credentials.password},
                                           {QStringLiteral("new_password"), Chosen},
                                           {QStringLiteral("new_password_confirmation"), Chosen}},
                              login.json().value(QLatin1String("token")).toString());
        EXPECT_EQ(changed.status, 200) << changed.body.toStdString();
        const test::HttpReply question
            = m_http.putJson(QStringLiteral("/api/v1/auth/secret-question"),
                             QJsonObject {{QStringLiteral("question"), QStringLiteral("Ville de naissance ?")},
                                          {QStringLiteral("answer"), QStringLiteral("Dijon")}},
                             changed.json().value(QLatin1String("token")).toString());
        EXPECT_EQ(question.status, 204) << question.body.toStdString();
        m_http.postJson(QStringLiteral("/api/v1/auth/logout"), {},
                        changed.json().value(QLatin1String("token")).toString());
        credentials.password = Chosen;
        return credentials;
    }
};

TEST_F(Profiles, TwoProfilesSideBySideEachAskedOfThePortalOnlyWithItsOwnSession)
{
    const test::SandboxEnrollment::Credentials second = secondAccount();
    ASSERT_FALSE(second.login.isEmpty());
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
    logIn(second.login, second.password);
    expectRows(6);
    EXPECT_EQ(profiles().count(Demo), 5);
    EXPECT_EQ(profiles().count(second.login), 1);
    EXPECT_EQ(openSessions(Demo), 0);
    EXPECT_EQ(openSessions(second.login), 1);
    auto* filter = child<QComboBox>("profileFilter");
    ASSERT_TRUE(filter->isEnabled());
    filter->setCurrentIndex(filter->findData(second.login));
    EXPECT_EQ(profiles(), QStringList {second.login});
    filter->setCurrentIndex(0);

    // A demo dossier, read from the demo copy: shown whole, but its documents, mails and advance
    // are out of reach of this session, which says so.
    choose(QStringLiteral("AVA-2026-000001"));
    EXPECT_TRUE(child("profileBar")->isVisible());
    EXPECT_TRUE(child<QLabel>("profileNote")->text().contains(Demo));
    EXPECT_TRUE(child("logInAsButton")->isVisible());
    auto* documents = child<QTreeWidget>("documentList");
    ASSERT_GT(documents->topLevelItemCount(), 0) << "the decision letter is listed from the copy";
    auto* open = child<QPushButton>("openDocumentButton");
    EXPECT_FALSE(open->isEnabled());
    EXPECT_TRUE(open->toolTip().contains(Demo));
    // Asked all the same (a key press the button did not see): nothing is fetched.
    portal::DocumentRef letter;
    letter.id = documents->topLevelItem(0)->data(0, Qt::UserRole).toString();
    emit m_view->details().openDocumentRequested(letter);
    EXPECT_TRUE(child<QLabel>("documentMessage")->text().isEmpty()) << "no download began";
    auto* mails = child<QTreeWidget>("mailList");
    ASSERT_GT(mails->topLevelItemCount(), 0);
    QSignalSpy mailAsked(&m_view->details(), &dashboard::DossierDetailsView::mailRequested);
    mails->setCurrentItem(mails->topLevelItem(0));
    EXPECT_EQ(mailAsked.count(), 0);
    EXPECT_TRUE(child<QPlainTextEdit>("mailBody")->placeholderText().contains(Demo));

    // The second profile's own dossier has no such bar.
    const int secondRow = int(profiles().indexOf(second.login));
    table()->setCurrentIndex(table()->model()->index(secondRow, 0));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTabWidget>("detailsTabs")->isEnabled()
                                 && !child<QLabel>("titleLabel")->text().contains(QStringLiteral("AVA")),
                             30000);
    EXPECT_FALSE(child("profileBar")->isVisible());

    // Back to the demo profile from its dossier: its login is given, the password asked.
    choose(QStringLiteral("AVA-2026-000001"));
    child<QPushButton>("logInAsButton")->click();
    login = dialog("loginDialog");
    ASSERT_NE(login, nullptr);
    EXPECT_EQ(in(login, "loginEdit")->text(), Demo);
    type(login, "passwordEdit", DemoPassword);
    press(login, QDialogButtonBox::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(openSessions(second.login), 0, 30000);
    expectRows(6);
    QTRY_VERIFY_WITH_TIMEOUT(!child("profileBar")->isVisible() && child<QPushButton>("openDocumentButton")->isEnabled(),
                             30000);

    // The second profile forgotten: its row and its copy go; the demo's stay.
    table()->setCurrentIndex(table()->model()->index(int(profiles().indexOf(second.login)), 0));
    QTRY_VERIFY_WITH_TIMEOUT(child("forgetProfileButton")->isVisible(), 30000);
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
