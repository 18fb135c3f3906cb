// Step 4 of the wizard, clicked like a user: the rates of the portal's /config, "non assujetti"
// asking for its certificate, and the certificate leaving the dossier when a rate is chosen.
#include "app/enrollment/VatPage.h"

#include "app/enrollment/DossierEditor.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/MissingList.h"
#include "core/i18n/Translations.h"
#include "tests/core/files/FileFixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWizard>

#include <gtest/gtest.h>

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

constexpr auto Certificate = model::DocumentKind::VatExemptionCertificate;

class VatPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(installTranslations(*QApplication::instance(), QStringLiteral("fr")));
        m_page = new VatPage(m_editor);
        m_wizard.addPage(m_page);
        m_wizard.addPage(new QWizardPage);
        m_wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_wizard));
    }
    void TearDown() override
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    QRadioButton* rate(const char* id)
    {
        return m_page->findChild<QRadioButton*>(QStringLiteral("rate_") + QLatin1String(id));
    }
    QWidget* certificateField() { return m_page->findChild<QWidget*>(QStringLiteral("certificateField")); }
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

TEST_F(VatPageTest, FollowsTheRatesThePortalAnnounces)
{
    click(rate("5.5"));
    model::DossierRules rules;
    rules.vatRates = {model::VatRate::fromHundredths(2000), model::VatRate::notSubject()};
    m_editor.setRules(rules);
    EXPECT_EQ(rateLabels(), (QStringList {QStringLiteral("20\u00a0%"), QStringLiteral("Non assujetti (HT)")}));
    // The choice made before is no longer one of the call's: the page says so and waits.
    EXPECT_FALSE(nextEnabled());
    ASSERT_EQ(missing()->items().size(), 1);
    EXPECT_TRUE(missing()->items().first().name.startsWith(QStringLiteral("Taux de TVA")))
        << missing()->items().first().name.toStdString();
    click(rate("20"));
    EXPECT_TRUE(nextEnabled());
}

} // namespace
} // namespace segurdesk::enrollment
