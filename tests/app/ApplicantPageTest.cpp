// Step 2 of the wizard, typed into like a user against the real sandbox: the SIRET looked up with
// the security code, which is used once; the purchase order of an acheteur and the Kbis of an
// edited company name asked for exactly when the rules need them; the depositor and the document
// of their capacity for a tiers déclarant; "Suivant" enabled once everything is there.
#include "app/enrollment/ApplicantPage.h"

#include "app/enrollment/PersonForm.h"
#include "tests/app/QtTry.h"
#include "tests/app/WizardPageTest.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWizard>

#include <chrono>
#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

// The developer operator of the solution, and another company of the directory.
const QString kDeveloperSiret = QStringLiteral("58816302200019");
const QString kOtherSiret = QStringLiteral("73464097200026");

class ApplicantPageTest : public segurdesk::testing::WizardPageTest
{
protected:
    ApplicantPageTest()
        : WizardPageTest([](DossierEditor& editor, services::PortalLookups& lookups) {
            // Step 1 was done: the referencing lookup gave the developer's SIRET.
            editor.edit([](model::Dossier& d) { d.referencing.developerSiret = kDeveloperSiret; });
            return new ApplicantPage(editor, lookups);
        })
    { }

    void SetUp() override
    {
        WizardPageTest::SetUp();
        ASSERT_TRUE(captchaShown());
    }

    QWidget* field(const char* name) { return child<widgets::DocumentField>(name); }

    bool captchaShown()
    {
        return QTest::qWaitFor([this] { return child<QPushButton>("captchaRefreshButton")->isEnabled(); }, 30000)
            && !child<QLabel>("captchaImage")->pixmap().isNull();
    }

    static void type(QLineEdit* target, const QString& text) { segurdesk::testing::typeInto(target, text); }

    // The SIRET and the security code typed, then "Rechercher".
    void lookUp(const QString& siret, const QString& code = QString::fromLatin1(test::SandboxProcess::CaptchaAnswer))
    {
        type(edit("siretEdit"), siret);
        type(edit("captchaEdit"), code);
        QTest::mouseClick(child<QPushButton>("companySearchButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>("companyBusy")->isVisible(), 30000);
    }

    void fillPerson(const char* formName, const QString& lastName)
    {
        auto* form = child<PersonForm>(formName);
        type(edit("lastNameEdit", form), lastName);
        type(edit("firstNameEdit", form), QStringLiteral("Claire"));
        type(edit("emailEdit", form), QStringLiteral("claire.martin@example.fr"));
        type(edit("emailConfirmationEdit", form), QStringLiteral("claire.martin@example.fr"));
        type(edit("phoneEdit", form), QStringLiteral("01 23 45 67 89"));
        auto* documentType = child<QComboBox>("idTypeCombo", form);
        documentType->setFocus();
        QTest::keyClick(documentType, Qt::Key_Down);
        attach(form->identityDocument(), lastName + QStringLiteral("-identite.pdf"));
    }
};

TEST_F(ApplicantPageTest, AnEmptyPageShowsACodeAndListsWhatIsMissing)
{
    EXPECT_FALSE(nextEnabled());
    EXPECT_FALSE(child<QPushButton>("companySearchButton")->isEnabled());
    EXPECT_FALSE(field("purchaseOrderField")->isVisible());
    EXPECT_FALSE(field("kbisField")->isVisible());
    EXPECT_FALSE(child<QWidget>("depositorGroup")->isVisible());
    const QStringList missing = missingNames();
    EXPECT_EQ(missing.mid(0, 3),
              (QStringList {QStringLiteral("SIRET"), QStringLiteral("Dénomination sociale"),
                            QStringLiteral("Nom commercial")}));
    EXPECT_TRUE(missing.contains(QStringLiteral("Nom (représentant légal)"))) << missing.join(u'|').toStdString();
    EXPECT_TRUE(missing.contains(QStringLiteral("Êtes-vous le représentant légal de la société ?")));
    EXPECT_EQ(child<QLabel>("siretLabel")->buddy(), edit("siretEdit"));
    EXPECT_FALSE(child<QLabel>("captchaImage")->accessibleName().isEmpty());
}

TEST_F(ApplicantPageTest, ACodeThatCannotBeLoadedSaysSoAndCanBeAskedAgain)
{
    // Nothing listens on port 9 of this computer.
    open(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_page->initializePage();
    auto* message = child<QLabel>("companyMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Le code de sécurité n'a pas pu être chargé")))
        << message->text().toStdString();
    EXPECT_TRUE(child<QPushButton>("captchaRefreshButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>("companySearchButton")->isEnabled());
}

TEST_F(ApplicantPageTest, TheSiretLookupFillsTheCompanyAndUsesTheCodeOnce)
{
    QSignalSpy newCode(m_lookups.get(), &services::PortalLookups::captchaReady);
    lookUp(QStringLiteral("588 163 022 00019"));
    EXPECT_EQ(edit("companyNameEdit")->text(), QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_FALSE(edit("cityEdit")->text().isEmpty());
    EXPECT_FALSE(edit("postalCodeEdit")->text().isEmpty());
    EXPECT_FALSE(child<QLabel>("companyMessage")->isVisible());
    EXPECT_EQ(m_editor.dossier().applicant.companyName, QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_FALSE(m_editor.dossier().applicant.companyNameEdited);
    // The developer's own SIRET: no purchase order; the name as found: no Kbis.
    EXPECT_FALSE(field("purchaseOrderField")->isVisible());
    EXPECT_FALSE(field("kbisField")->isVisible());
    // The code served once: a new image came, and the code field is empty again.
    QTRY_COMPARE(newCode.count(), 1);
    EXPECT_TRUE(edit("captchaEdit")->text().isEmpty());
}

TEST_F(ApplicantPageTest, AWrongCodeIsExplainedAndANewImageShown)
{
    QSignalSpy newCode(m_lookups.get(), &services::PortalLookups::captchaReady);
    lookUp(kDeveloperSiret, QStringLiteral("WRONG1"));
    EXPECT_TRUE(child<QLabel>("companyMessage")
                    ->text()
                    .startsWith(QStringLiteral("Le code de sécurité ne correspondait pas à son image.")))
        << child<QLabel>("companyMessage")->text().toStdString();
    EXPECT_TRUE(edit("companyNameEdit")->text().isEmpty());
    QTRY_COMPARE(newCode.count(), 1);
    EXPECT_TRUE(captchaShown());
}

TEST_F(ApplicantPageTest, AnotherSiretThanTheDevelopersAsksForThePurchaseOrder)
{
    lookUp(kOtherSiret);
    EXPECT_EQ(edit("companyNameEdit")->text(), QStringLiteral("MÉDISECURE SAS"));
    EXPECT_TRUE(field("purchaseOrderField")->isVisible());
    EXPECT_TRUE(missingNames().contains(QStringLiteral("Bon de commande")));
    attach(field("purchaseOrderField"), QStringLiteral("bon-de-commande.pdf"));
    EXPECT_TRUE(m_editor.attachments().find(model::DocumentKind::PurchaseOrder));

    // Another SIRET forgets what was found for this one; the developer's own needs no order.
    type(edit("siretEdit"), kDeveloperSiret);
    EXPECT_TRUE(edit("companyNameEdit")->text().isEmpty());
    EXPECT_FALSE(field("purchaseOrderField")->isVisible());
    EXPECT_FALSE(m_editor.attachments().find(model::DocumentKind::PurchaseOrder))
        << "a document the dossier no longer needs is not sent";
}

TEST_F(ApplicantPageTest, AnEditedCompanyNameAsksForAKbis)
{
    lookUp(kDeveloperSiret);
    QTest::keyClicks(edit("companyNameEdit"), QStringLiteral(" GROUPE"));
    EXPECT_TRUE(m_editor.dossier().applicant.companyNameEdited);
    EXPECT_TRUE(field("kbisField")->isVisible());
    EXPECT_TRUE(child<QLabel>("companyNameMessage")->isVisible());
    EXPECT_TRUE(missingNames().contains(QStringLiteral("Extrait Kbis")));

    // Back to the name found: no Kbis.
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(edit("companyNameEdit"), Qt::Key_Backspace);
    EXPECT_FALSE(m_editor.dossier().applicant.companyNameEdited);
    EXPECT_FALSE(field("kbisField")->isVisible());

    // Edited, then another SIRET: the name found for the first one proves nothing for the second.
    QTest::keyClicks(edit("companyNameEdit"), QStringLiteral(" GROUPE"));
    type(edit("siretEdit"), kOtherSiret);
    type(edit("companyNameEdit"), QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_TRUE(m_editor.dossier().applicant.companyNameEdited);
    EXPECT_TRUE(field("kbisField")->isVisible());
}

TEST_F(ApplicantPageTest, ATiersDeclarantGivesTheDepositorAndTheDocumentOfTheirCapacity)
{
    QTest::mouseClick(child<QRadioButton>("legalNo"), Qt::LeftButton, {}, QPoint(4, 4));
    ASSERT_EQ(m_editor.dossier().applicant.isLegalRepresentative, std::optional<bool>(false));
    EXPECT_TRUE(child<QWidget>("depositorGroup")->isVisible());
    EXPECT_TRUE(missingNames().contains(QStringLiteral("Nom (dépositaire)")));
    EXPECT_TRUE(missingNames().contains(QStringLiteral("Qualité de tiers déclarant")));

    QTest::mouseClick(child<QRadioButton>("roleEmployee"), Qt::LeftButton, {}, QPoint(4, 4));
    EXPECT_TRUE(field("mandateField")->isVisible());
    EXPECT_FALSE(field("serviceContractField")->isVisible());
    QTest::mouseClick(child<QRadioButton>("roleAccountant"), Qt::LeftButton, {}, QPoint(4, 4));
    EXPECT_FALSE(field("mandateField")->isVisible());
    EXPECT_TRUE(field("serviceContractField")->isVisible());

    QTest::mouseClick(child<QRadioButton>("legalYes"), Qt::LeftButton, {}, QPoint(4, 4));
    EXPECT_FALSE(child<QWidget>("depositorGroup")->isVisible());
}

TEST_F(ApplicantPageTest, SuivantOpensOnceEverythingIsThere)
{
    lookUp(kDeveloperSiret);
    type(edit("tradeNameEdit"), QStringLiteral("Medimail"));
    QTest::mouseClick(child<QRadioButton>("legalYes"), Qt::LeftButton, {}, QPoint(4, 4));
    fillPerson("representativeForm", QStringLiteral("Martin"));
    EXPECT_TRUE(nextEnabled()) << missingNames().join(u'|').toStdString();
    const model::Person& representative = m_editor.dossier().representative;
    EXPECT_EQ(representative.lastName, QStringLiteral("Martin"));
    EXPECT_EQ(representative.idDocumentType, model::IdentityDocumentType::NationalIdCard);

    // A confirmation that no longer matches the address blocks the step again.
    QTest::keyClicks(edit("emailEdit", child<PersonForm>("representativeForm")), QStringLiteral("x"));
    EXPECT_FALSE(nextEnabled());
}

TEST_F(ApplicantPageTest, TheMandateModelIsDownloadedFromThePortal)
{
    QTest::mouseClick(child<QRadioButton>("legalNo"), Qt::LeftButton, {}, QPoint(4, 4));
    auto* links = child<QLabel>("templatesLabel");
    ASSERT_TRUE(links->isVisible());
    EXPECT_TRUE(links->text().contains(QStringLiteral("href=\"mandate\""))) << links->text().toStdString();

    const QString saved = m_directory.filePath(QStringLiteral("mandat-modele.pdf"));
    widgets::answerNextFileDialog(saved);
    emit links->linkActivated(QStringLiteral("mandate"));
    auto* message = child<QLabel>("templateMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Le modèle est enregistré")), 30000);
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
}

} // namespace
} // namespace segurdesk::enrollment
