// Step 1 of the wizard, typed into like a user against the real sandbox: the number looked up on
// leaving the field or with "Rechercher", the solution filled in, an unknown number explained and
// blocking, an answer about a number the user has since changed dropped, and a portal out of
// reach letting the user go on.
#include "app/enrollment/ReferencingPage.h"

#include "tests/app/QtTry.h"
#include "tests/app/WizardPageTest.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWizard>

#include <chrono>
#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

// The portal answers about MSS-2022-0014 after half a second.
constexpr int SlowAnswerMs = 500;

QJsonObject slowAnswerAbout0014()
{
    const QJsonObject rule {{QStringLiteral("kind"), QStringLiteral("stall")},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/referencing/MSS-2022-0014")},
                            {QStringLiteral("probability"), 1.0},
                            {QStringLiteral("stall_ms"), SlowAnswerMs}};
    return {{QStringLiteral("faults"), QJsonObject {{QStringLiteral("rules"), QJsonArray {rule}}}}};
}

class ReferencingPageTest : public segurdesk::testing::WizardPageTest
{
protected:
    ReferencingPageTest()
        : WizardPageTest([](DossierEditor& editor,
                            services::PortalLookups& lookups) { return new ReferencingPage(editor, lookups); },
                         slowAnswerAbout0014())
    { }

    QLabel* message() { return child<QLabel>("numberMessage"); }
    bool busy() { return child<QProgressBar>("searchBusy")->isVisible(); }

    void typeNumber(const QString& number)
    {
        edit("numberEdit")->setFocus();
        QTest::keyClicks(edit("numberEdit"), number);
    }

    void attach(const char* field, const QString& name) { WizardPageTest::attach(child<QWidget>(field), name); }
};

TEST_F(ReferencingPageTest, AnEmptyPageListsWhatIsMissingAndCannotSearch)
{
    EXPECT_FALSE(nextEnabled());
    EXPECT_FALSE(child<QPushButton>("searchButton")->isEnabled());
    EXPECT_FALSE(busy());
    EXPECT_FALSE(message()->isVisible());
    EXPECT_EQ(
        missingNames(),
        (QStringList {QStringLiteral("Numéro de référencement ANS"), QStringLiteral("Certificat de référencement ANS"),
                      QStringLiteral("Contrat opérateur V2")}));
    EXPECT_EQ(child<QLabel>("numberLabel")->buddy(), edit("numberEdit"));
    EXPECT_FALSE(child<QProgressBar>("searchBusy")->accessibleName().isEmpty());
}

TEST_F(ReferencingPageTest, LeavingTheNumberLooksItUpAndFillsTheSolution)
{
    typeNumber(QStringLiteral("mss-2022-0007"));
    EXPECT_TRUE(child<QPushButton>("searchButton")->isEnabled());
    EXPECT_TRUE(missingNames().contains(QStringLiteral("Recherche du numéro sur le portail")));

    QTest::keyClick(edit("numberEdit"), Qt::Key_Tab);
    EXPECT_TRUE(busy());
    EXPECT_EQ(message()->text(), QStringLiteral("Recherche du numéro sur le portail…"));
    QTRY_COMPARE(edit("dsrEdit")->text(), QStringLiteral("MSS Opérateurs"));
    EXPECT_EQ(edit("solutionEdit")->text(), QStringLiteral("MédiSecure Mail"));
    EXPECT_EQ(edit("developerEdit")->text(), QStringLiteral("MÉDISECURE SAS (SIRET 73464097200026)"));
    EXPECT_FALSE(busy());
    EXPECT_FALSE(message()->isVisible());
    const model::Referencing& referencing = m_editor.dossier().referencing;
    EXPECT_EQ(referencing.number, QStringLiteral("mss-2022-0007")) << "the dossier keeps what the user typed";
    EXPECT_EQ(referencing.developerSiret, QStringLiteral("73464097200026"));
    EXPECT_EQ(
        missingNames(),
        (QStringList {QStringLiteral("Certificat de référencement ANS"), QStringLiteral("Contrat opérateur V2")}));

    attach("certificateField", QStringLiteral("certificat.pdf"));
    EXPECT_FALSE(nextEnabled());
    attach("contractField", QStringLiteral("contrat.pdf"));
    EXPECT_TRUE(nextEnabled());

    // Another number forgets the solution at once.
    QTest::keyClick(edit("numberEdit"), Qt::Key_Backspace);
    EXPECT_TRUE(edit("dsrEdit")->text().isEmpty());
    EXPECT_TRUE(m_editor.dossier().referencing.developerSiret.isEmpty());
    EXPECT_FALSE(nextEnabled());
}

TEST_F(ReferencingPageTest, AnUnknownNumberIsExplainedAndBlocksTheStep)
{
    attach("certificateField", QStringLiteral("certificat.pdf"));
    attach("contractField", QStringLiteral("contrat.pdf"));
    typeNumber(QStringLiteral("MSS-2099-9999"));
    QTest::mouseClick(child<QPushButton>("searchButton"), Qt::LeftButton);
    QTRY_VERIFY(!busy());
    EXPECT_EQ(message()->text(),
              QStringLiteral("Le portail ne connaît aucune solution de MSS sous le numéro MSS-2099-9999. Vérifiez "
                             "le numéro sur votre certificat de référencement ANS."));
    EXPECT_FALSE(nextEnabled());
    EXPECT_EQ(missingNames(), QStringList {QStringLiteral("Numéro de référencement ANS")});
    EXPECT_FALSE(child<QPushButton>("searchButton")->isEnabled()) << "asking again would get the same answer";

    // Correcting the number lets the user search again.
    QTest::keyClick(edit("numberEdit"), Qt::Key_Backspace);
    EXPECT_TRUE(child<QPushButton>("searchButton")->isEnabled());
    EXPECT_NE(message()->text().left(20), QStringLiteral("Le portail ne connaî"));
}

TEST_F(ReferencingPageTest, AnAnswerAboutANumberChangedSinceIsDropped)
{
    QSignalSpy answered(m_lookups.get(), &services::PortalLookups::referencingFound);
    typeNumber(QStringLiteral("MSS-2022-0014"));
    QTest::mouseClick(child<QPushButton>("searchButton"), Qt::LeftButton);
    ASSERT_TRUE(busy());
    QTest::keyClick(edit("numberEdit"), Qt::Key_Backspace);
    EXPECT_FALSE(busy());

    // The page heard the answer about MSS-2022-0014 before the spy did; nothing may show it.
    ASSERT_TRUE(answered.wait(30000));
    EXPECT_TRUE(edit("solutionEdit")->text().isEmpty());
    EXPECT_TRUE(m_editor.dossier().referencing.solutionName.isEmpty());
    EXPECT_EQ(m_editor.dossier().referencing.number, QStringLiteral("MSS-2022-001"));
}

TEST_F(ReferencingPageTest, APortalOutOfReachLetsTheUserGoOn)
{
    // Nothing listens on port 9 of this computer.
    open(QUrl(QStringLiteral("http://127.0.0.1:9")));
    attach("certificateField", QStringLiteral("certificat.pdf"));
    attach("contractField", QStringLiteral("contrat.pdf"));
    typeNumber(QStringLiteral("MSS-2022-0007"));
    QTest::mouseClick(child<QPushButton>("searchButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!busy(), 30000);
    EXPECT_TRUE(message()->text().startsWith(QStringLiteral("Le numéro n'a pas pu être recherché")))
        << message()->text().toStdString();
    EXPECT_TRUE(nextEnabled());
    EXPECT_TRUE(child<QPushButton>("searchButton")->isEnabled()) << "the user may ask again";
}

} // namespace
} // namespace segurdesk::enrollment
