// Step 4 of the wizard, clicked like a user: the rates of the portal's /config, "non assujetti"
// asking for its certificate, and the certificate leaving the dossier when a rate is chosen.
#include "app/enrollment/VatPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/MissingList.h"
#include "core/files/FileInspector.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/core/files/FileFixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWizard>

#include <gtest/gtest.h>

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

constexpr auto Certificate = model::DocumentKind::VatExemptionCertificate;

class VatPageTest : public segurdesk::testing::TranslatedTest
{
protected:
    void SetUp() override
    {
        TranslatedTest::SetUp();
        m_page = new VatPage(m_editor);
        m_wizard.addPage(m_page);
        m_wizard.addPage(new QWizardPage);
        m_wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_wizard));
    }

    QRadioButton* rate(const char* id)
    {
        return m_page->findChild<QRadioButton*>(QStringLiteral("rate_") + QLatin1String(id));
    }
    widgets::DocumentField* certificateField()
    {
        return m_page->findChild<widgets::DocumentField*>(QStringLiteral("certificateField"));
    }
    widgets::MissingList* missing() { return m_page->findChild<widgets::MissingList*>(QStringLiteral("missingList")); }
    bool nextEnabled() { return m_wizard.button(QWizard::NextButton)->isEnabled(); }
    // A radio button takes clicks on its circle and its text only: click the circle.
    static void click(QRadioButton* button)
    {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(button->height() / 2, button->height() / 2));
    }

    QStringList rateLabels()
    {
        QStringList labels;
        for (QRadioButton* button : m_page->findChildren<QRadioButton*>())
            labels << button->text();
        return labels;
    }

    void attachCertificate()
    {
        widgets::answerNextFileDialog(m_files.write(QStringLiteral("attestation.pdf"), FileFixtures::pdf(1)));
        QTest::mouseClick(certificateField()->findChild<QPushButton*>(QStringLiteral("chooseButton")), Qt::LeftButton);
    }

    DossierEditor m_editor;
    QWizard m_wizard;
    VatPage* m_page = nullptr;
    QTemporaryDir m_directory;
    FileFixtures m_files {m_directory.path()};
};

TEST_F(VatPageTest, OffersTheCallsRatesAndNeedsAChoice)
{
    EXPECT_EQ(rateLabels(),
              (QStringList {QStringLiteral("20\u00a0%"), QStringLiteral("10\u00a0%"), QStringLiteral("8,5\u00a0%"),
                            QStringLiteral("5,5\u00a0%"), QStringLiteral("2,1\u00a0%"),
                            QStringLiteral("Non assujetti (HT)")}));
    EXPECT_FALSE(nextEnabled());
    ASSERT_EQ(missing()->items().size(), 1);
    EXPECT_EQ(missing()->items().first().name, QStringLiteral("Taux de TVA applicable à l'entreprise"));
    missing()->activate(0);
    EXPECT_TRUE(rate("20")->hasFocus());

    click(rate("10"));
    EXPECT_TRUE(nextEnabled());
    EXPECT_FALSE(missing()->isVisible());
    EXPECT_FALSE(certificateField()->isVisible());
    EXPECT_EQ(m_editor.dossier().vatRate, model::VatRate::fromHundredths(1000));
}

TEST_F(VatPageTest, NotSubjectAsksForTheCertificateWhichLeavesWithARate)
{
    click(rate("exempt"));
    EXPECT_TRUE(certificateField()->isVisible());
    EXPECT_FALSE(nextEnabled());
    ASSERT_EQ(missing()->items().size(), 1);
    EXPECT_EQ(missing()->items().first().name, QStringLiteral("Attestation de non-assujettissement à la TVA"));

    attachCertificate();
    QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(), 20000);
    EXPECT_TRUE(m_editor.dossier().documents.contains(Certificate));

    // A rate after all: the certificate is no part of the dossier, and comes back with the choice.
    click(rate("20"));
    EXPECT_FALSE(certificateField()->isVisible());
    EXPECT_FALSE(m_editor.dossier().documents.contains(Certificate));
    EXPECT_TRUE(nextEnabled());
    click(rate("exempt"));
    EXPECT_TRUE(m_editor.dossier().documents.contains(Certificate));
    EXPECT_TRUE(nextEnabled());
}

TEST_F(VatPageTest, ACertificateStillBeingCheckedWhenARateIsChosenStaysOutOfTheDossier)
{
    click(rate("exempt"));
    QSignalSpy attached(certificateField(), &widgets::DocumentField::attached);
    widgets::answerNextFileDialog(
        m_files.write(QStringLiteral("attestation-scannee.pdf"), FileFixtures::noisyPdf(qint64 {3} * 1024 * 1024)));
    QTest::mouseClick(certificateField()->findChild<QPushButton*>(QStringLiteral("chooseButton")), Qt::LeftButton);
    QTRY_VERIFY(certificateField()->isChecking());
    click(rate("20"));
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 1, 20000);
    EXPECT_FALSE(m_editor.dossier().documents.contains(Certificate));
    EXPECT_TRUE(nextEnabled());
    // The file stays in its field, ready if the company is not subject to VAT after all.
    click(rate("exempt"));
    EXPECT_TRUE(m_editor.dossier().documents.contains(Certificate));
    EXPECT_TRUE(nextEnabled());
}

TEST_F(VatPageTest, ComesBackWithTheDossiersChoiceAndCertificate)
{
    const QString path = m_files.write(QStringLiteral("attestation.pdf"), FileFixtures::pdf(1));
    m_editor.edit([](model::Dossier& d) { d.vatRate = model::VatRate::notSubject(); });
    m_editor.attach(Certificate, path, files::FileInspector().inspect(path));
    m_page->initializePage();
    EXPECT_TRUE(rate("exempt")->isChecked());
    EXPECT_TRUE(certificateField()->isVisible());
    EXPECT_EQ(certificateField()->filePath(), path);
    EXPECT_TRUE(nextEnabled());
    // A rate, then "non assujetti" again: the certificate comes back from its field.
    click(rate("10"));
    EXPECT_FALSE(m_editor.dossier().documents.contains(Certificate));
    click(rate("exempt"));
    EXPECT_EQ(m_editor.dossier().documents.value(Certificate), path);
}

TEST_F(VatPageTest, FollowsTheRatesThePortalAnnounces)
{
    click(rate("5.5"));
    EXPECT_FALSE(m_page->findChild<QLabel*>(QStringLiteral("rateMessage"))->isVisible());
    model::DossierRules rules;
    rules.vatRates = {model::VatRate::fromHundredths(2000), model::VatRate::notSubject()};
    m_editor.setRules(rules);
    EXPECT_EQ(rateLabels(), (QStringList {QStringLiteral("20\u00a0%"), QStringLiteral("Non assujetti (HT)")}));
    // The choice made before is no longer one of the call's: the page says so and waits.
    EXPECT_FALSE(nextEnabled());
    auto* message = m_page->findChild<QLabel*>(QStringLiteral("rateMessage"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(),
              QStringLiteral("Erreur : Le taux de TVA 5.5 ne fait pas partie des taux de l'appel : 20, exempt."));
    click(rate("20"));
    EXPECT_TRUE(nextEnabled());
    EXPECT_FALSE(message->isVisible());
}

} // namespace
} // namespace segurdesk::enrollment
