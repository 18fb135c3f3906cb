// The wizard around the steps: its buttons in the user's language (Qt's own catalogue is not
// installed), and "Suivant" leading from one complete step to the next.
#include "app/enrollment/EnrollmentWizard.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "core/files/FileInspector.h"
#include "core/portal/PortalClient.h"
#include "core/services/PortalLookups.h"
#include "tests/app/TranslatedTest.h"
#include "tests/core/files/FileFixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

class EnrollmentWizardTest : public segurdesk::testing::TranslatedTest
{
protected:
    // No portal is reached here: the lookups only need a client to exist.
    QNetworkAccessManager m_network;
    portal::PortalClient m_client {m_network, QUrl(QStringLiteral("http://127.0.0.1:9")),
                                   portal::PortalClient::Options()};
    services::PortalLookups m_lookups {m_client};
    DossierEditor m_editor;
};

TEST_F(EnrollmentWizardTest, SpeaksTheUsersLanguageAndFollowsASwitch)
{
    EnrollmentWizard wizard(m_editor, m_lookups);
    EXPECT_EQ(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Suivant >"));
    EXPECT_EQ(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Précédent"));
    EXPECT_EQ(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Annuler"));
    EXPECT_EQ(wizard.windowTitle(), QStringLiteral("Demande d'enrôlement — Ségur Desk"));

    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    QTRY_COMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Next >"));
    EXPECT_EQ(wizard.page(EnrollmentWizard::Bank)->title(), QStringLiteral("Step 3 of 5: bank details"));
}

// The dossier is filled after the wizard is built (a draft opened in it): each step shows what
// the dossier holds when it is reached.
TEST_F(EnrollmentWizardTest, EachStepShowsTheDossierAndSuivantLeadsToTheNext)
{
    EnrollmentWizard wizard(m_editor, m_lookups);
    QTemporaryDir folder;
    FileFixtures fixtures(folder.path());
    m_editor.edit([](model::Dossier& d) {
        d.referencing = {QStringLiteral("MSS-2022-0007"), QStringLiteral("MSS Opérateurs"),
                         QStringLiteral("MédiSecure Mail"), QStringLiteral("73464097200026"),
                         QStringLiteral("MÉDISECURE SAS")};
        d.applicant.siret = QStringLiteral("73464097200026");
        d.applicant.companyName = QStringLiteral("MÉDISECURE SAS");
        d.applicant.tradeName = QStringLiteral("MédiSecure");
        d.applicant.address = {QStringLiteral("12 rue de la Paix"), QStringLiteral("75002"), QStringLiteral("Paris"),
                               {}, {}, {}, {}};
        d.applicant.isLegalRepresentative = true;
        d.representative = {QStringLiteral("Martin"), QStringLiteral("Claire"),
                            QStringLiteral("claire.martin@example.fr"), QStringLiteral("claire.martin@example.fr"),
                            QStringLiteral("01 23 45 67 89"), model::IdentityDocumentType::Passport};
        d.bank.iban = QStringLiteral("FR7630006000011234567890189");
        d.bank.bic = QStringLiteral("AGRIFRPPXXX");
        d.bank.holder = QStringLiteral("MEDIMAIL CONNECT SA");
        d.bank.domiciliation = QStringLiteral("CREDIT AGRICOLE");
        d.vatRate = model::VatRate::fromHundredths(2000);
    });
    const auto attach = [&](model::DocumentKind kind, const QString& name) {
        const QString path = fixtures.write(name, FileFixtures::pdf(1));
        m_editor.attach(kind, path, files::FileInspector().inspect(path));
        return path;
    };
    attach(model::DocumentKind::ReferencingCertificate, QStringLiteral("certificat.pdf"));
    attach(model::DocumentKind::OperatorContract, QStringLiteral("contrat.pdf"));
    attach(model::DocumentKind::RepresentativeId, QStringLiteral("passeport.pdf"));
    const QString rib = attach(model::DocumentKind::Rib, QStringLiteral("rib.pdf"));
    ASSERT_FALSE(wizard.page(EnrollmentWizard::Vat)->findChild<QRadioButton*>(QStringLiteral("rate_20"))->isChecked());

    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Referencing);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("solutionEdit"))->text(),
              QStringLiteral("MédiSecure Mail"));

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Applicant);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("cityEdit"))->text(), QStringLiteral("Paris"));
    EXPECT_TRUE(wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("legalYes"))->isChecked());

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Bank);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("holderEdit"))->text(),
              QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_EQ(wizard.currentPage()->findChild<widgets::DocumentField*>(QStringLiteral("ribField"))->filePath(), rib);

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Vat);
    EXPECT_TRUE(wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("rate_20"))->isChecked());
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    EXPECT_EQ(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Terminer"));
}

} // namespace
} // namespace segurdesk::enrollment
