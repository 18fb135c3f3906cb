// Step 3 of the wizard, typed into like a user against the real sandbox: the IBAN grouped as it
// is typed, the domiciliation and the BIC given by the portal, a BIC of another country shown as
// a warning, "Suivant" enabled exactly when the step is complete, and the list of what is
// missing taking the user to each control.
#include "app/enrollment/BankPage.h"

#include "core/files/FileInspector.h"
#include "tests/app/QtTry.h"
#include "tests/app/WizardPageTest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QWizard>

#include <chrono>
#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

class BankPageTest : public segurdesk::testing::WizardPageTest
{
protected:
    BankPageTest()
        : WizardPageTest(
            [](DossierEditor& editor, services::PortalLookups& lookups) { return new BankPage(editor, lookups); })
    { }

    void attachRib() { attach(child<QWidget>("ribField"), QStringLiteral("rib.pdf")); }
};

TEST_F(BankPageTest, AnEmptyPageListsWhatIsMissingAndKeepsSuivantDisabled)
{
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(missing()->isVisible());
    EXPECT_EQ(missingNames(),
              (QStringList {QStringLiteral("IBAN"), QStringLiteral("BIC"), QStringLiteral("Titulaire du compte"),
                            QStringLiteral("RIB")}));
    EXPECT_TRUE(missing()->text().startsWith(QStringLiteral("Encore à compléter : ")))
        << missing()->text().toStdString();

    // Each item takes the focus to its control; the RIB's lands on its file button.
    missing()->activate(2);
    EXPECT_TRUE(edit("holderEdit")->hasFocus());
    missing()->activate(3);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("chooseButton"));
    EXPECT_EQ(child<QLabel>("ibanLabel")->buddy(), edit("ibanEdit"));
}

TEST_F(BankPageTest, TheFocusStartsOnTheIbanAndTabFollowsThePageDownToTheMissingList)
{
    ASSERT_TRUE(edit("ibanEdit")->hasFocus());
    QStringList visited;
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        visited << QApplication::focusWidget()->objectName();
    }
    EXPECT_EQ(
        visited,
        (QStringList {QStringLiteral("bicEdit"), QStringLiteral("holderEdit"), QStringLiteral("domiciliationEdit"),
                      QStringLiteral("chooseButton"), QStringLiteral("combineButton"), QStringLiteral("missingList")}));
}

TEST_F(BankPageTest, AValidIbanBringsItsBankFromThePortalAndTheStepCompletes)
{
    QTest::keyClicks(edit("ibanEdit"), QStringLiteral("fr7630006000011234567890189"));
    EXPECT_EQ(edit("ibanEdit")->text(), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    // The portal answers from the event loop: the domiciliation, and the BIC nobody typed yet.
    QTRY_COMPARE_WITH_TIMEOUT(edit("bicEdit")->text(), QStringLiteral("AGRIFRPPXXX"), 20000);
    EXPECT_FALSE(edit("domiciliationEdit")->text().isEmpty());
    EXPECT_TRUE(edit("domiciliationEdit")->isReadOnly());
    EXPECT_FALSE(child<QLabel>("domiciliationMessage")->isVisible());
    EXPECT_EQ(m_editor.dossier().bank.domiciliation, edit("domiciliationEdit")->text());
    EXPECT_EQ(missingNames(), (QStringList {QStringLiteral("Titulaire du compte"), QStringLiteral("RIB")}));
    EXPECT_FALSE(nextEnabled());

    QTest::keyClicks(edit("holderEdit"), QStringLiteral("MEDIMAIL CONNECT SA"));
    attachRib();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), 20000);
    EXPECT_FALSE(missing()->isVisible());
    const model::BankDetails& bank = m_editor.dossier().bank;
    EXPECT_EQ(bank.iban, QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(bank.bic, QStringLiteral("AGRIFRPPXXX"));
    EXPECT_EQ(bank.holder, QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_TRUE(m_editor.dossier().documents.contains(model::DocumentKind::Rib));

    // An incomplete IBAN: the old domiciliation and the BIC the portal gave go at once.
    QTest::keyClick(edit("ibanEdit"), Qt::Key_Backspace);
    EXPECT_TRUE(edit("domiciliationEdit")->text().isEmpty());
    EXPECT_TRUE(edit("bicEdit")->text().isEmpty());
    EXPECT_TRUE(m_editor.dossier().bank.domiciliation.isEmpty());
    EXPECT_TRUE(m_editor.dossier().bank.bic.isEmpty());
    EXPECT_FALSE(nextEnabled());
    EXPECT_EQ(missingNames(), (QStringList {QStringLiteral("IBAN"), QStringLiteral("BIC")}));
}

TEST_F(BankPageTest, AnotherAccountBringsItsOwnBankAndTheFirstAnswerIsNeverShown)
{
    QTest::keyClicks(edit("ibanEdit"), QStringLiteral("FR7630006000011234567890189"));
    // At once, before the portal answers about the first one: an account at another bank.
    edit("ibanEdit")->selectAll();
    QTest::keyClicks(edit("ibanEdit"), QStringLiteral("FR7630004000010001234567830"));
    QTRY_COMPARE_WITH_TIMEOUT(edit("bicEdit")->text(), QStringLiteral("BNPAFRPPXXX"), 20000);
    EXPECT_TRUE(edit("domiciliationEdit")->text().startsWith(QStringLiteral("BNP PARIBAS")))
        << edit("domiciliationEdit")->text().toStdString();
    EXPECT_EQ(m_editor.dossier().bank.bic, QStringLiteral("BNPAFRPPXXX"));

    // Back to the first account, the portal's answer replaces the BIC it gave for the second.
    edit("ibanEdit")->selectAll();
    QTest::keyClicks(edit("ibanEdit"), QStringLiteral("FR7630006000011234567890189"));
    QTRY_COMPARE_WITH_TIMEOUT(edit("bicEdit")->text(), QStringLiteral("AGRIFRPPXXX"), 20000);
    EXPECT_EQ(m_editor.dossier().bank.bic, QStringLiteral("AGRIFRPPXXX"));
    EXPECT_FALSE(edit("domiciliationEdit")->text().startsWith(QStringLiteral("BNP")));
}

TEST_F(BankPageTest, APastedIbanIsShownAndKeptInGroupsOfFour)
{
    QApplication::clipboard()->setText(QStringLiteral("IBAN: fr76-3000-6000-0112-3456-7890-189"));
    QTest::keySequence(edit("ibanEdit"), QKeySequence::Paste);
    EXPECT_EQ(edit("ibanEdit")->text(), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(m_editor.dossier().bank.iban, QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    QTRY_COMPARE_WITH_TIMEOUT(edit("bicEdit")->text(), QStringLiteral("AGRIFRPPXXX"), 20000);
}

TEST_F(BankPageTest, ABicOfAnotherCountryIsAWarningThatDoesNotBlock)
{
    QTest::keyClicks(edit("bicEdit"), QStringLiteral("DEUTDEFFXXX"));
    QTest::keyClicks(edit("ibanEdit"), QStringLiteral("FR7630006000011234567890189"));
    QTRY_VERIFY_WITH_TIMEOUT(!edit("domiciliationEdit")->text().isEmpty(), 20000);
    // The typed BIC is kept, and compared with the IBAN's country.
    EXPECT_EQ(edit("bicEdit")->text(), QStringLiteral("DEUTDEFFXXX"));
    auto* message = child<QLabel>("bicMessage");
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(),
              QStringLiteral("Attention : Le BIC est du pays DE mais l’IBAN du pays FR : vérifiez "
                             "qu’ils désignent le même compte."));

    QTest::keyClicks(edit("holderEdit"), QStringLiteral("MEDIMAIL CONNECT SA"));
    attachRib();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), 20000);
}

TEST_F(BankPageTest, ABankThePortalDoesNotKnowLeavesTheDomiciliationEmptyAndSaysWhy)
{
    QTest::keyClicks(edit("ibanEdit"), QStringLiteral("DE89370400440532013000"));
    auto* message = child<QLabel>("domiciliationMessage");
    EXPECT_EQ(message->text(), QStringLiteral("Recherche de la banque sur le portail…"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("La domiciliation n'a pas pu être renseignée")),
                             20000);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(edit("domiciliationEdit")->text().isEmpty());
    EXPECT_TRUE(edit("bicEdit")->text().isEmpty());

    // The same IBAN typed again asks again.
    QTest::keyClick(edit("ibanEdit"), Qt::Key_Backspace);
    QTest::keyClick(edit("ibanEdit"), Qt::Key_0);
    EXPECT_EQ(message->text(), QStringLiteral("Recherche de la banque sur le portail…"));
    EXPECT_TRUE(m_lookups->isBusy(services::PortalLookups::Kind::Bank));
}

TEST_F(BankPageTest, ComesBackWithWhatTheDossierHoldsAndAsksForWhatItLacks)
{
    QTemporaryDir folder;
    const QString rib = FileFixtures(folder.path()).write(QStringLiteral("rib.pdf"), FileFixtures::pdf(1));
    m_editor.edit([](model::Dossier& d) {
        d.bank.iban = QStringLiteral("FR7630006000011234567890189");
        d.bank.holder = QStringLiteral("MEDIMAIL CONNECT SA");
    });
    m_editor.attach(model::DocumentKind::Rib, rib, files::FileInspector().inspect(rib));
    m_page->initializePage();
    EXPECT_EQ(edit("ibanEdit")->text(), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    EXPECT_EQ(edit("holderEdit")->text(), QStringLiteral("MEDIMAIL CONNECT SA"));
    auto* ribField = child<widgets::DocumentField>("ribField");
    EXPECT_EQ(ribField->filePath(), rib);
    EXPECT_EQ(ribField->findChild<QLabel*>(QStringLiteral("fileName"))->text(), QStringLiteral("rib.pdf"));
    // The domiciliation was never given for this IBAN: the page asks the portal for it.
    QTRY_VERIFY_WITH_TIMEOUT(!edit("domiciliationEdit")->text().isEmpty(), 20000);
    EXPECT_EQ(edit("bicEdit")->text(), QStringLiteral("AGRIFRPPXXX"));
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), 20000);
}

TEST_F(BankPageTest, ADossierWithItsDomiciliationAsksThePortalNothing)
{
    m_editor.edit([](model::Dossier& d) {
        d.bank.iban = QStringLiteral("FR7630006000011234567890189");
        d.bank.bic = QStringLiteral("AGRIFRPPXXX");
        d.bank.domiciliation = QStringLiteral("CREDIT AGRICOLE");
    });
    m_page->initializePage();
    EXPECT_EQ(edit("domiciliationEdit")->text(), QStringLiteral("CREDIT AGRICOLE"));
    EXPECT_FALSE(m_lookups->isBusy(services::PortalLookups::Kind::Bank));
}

} // namespace
} // namespace segurdesk::enrollment
