// From the wizard to the payment, as an operator lives it, against the real sandbox with the ASP's
// delays cut short: the enrollment filled in and sent from the wizard, validated at once; the login
// and initial password read from the sandbox's mail; the first login's password change and secret
// question; the advance requested from the dashboard and decided; its decision letter opened in the
// viewer (a page of text, not a blank one); and the payment reaching "payée", which the desktop is
// told through a notification service on a D-Bus session of the test's own.
#include "app/dashboard/DocumentViewer.h"
#include "app/drafts/DraftAutosave.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "core/services/DesktopNotifier.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/PortalLookups.h"
#include "tests/app/Driving.h"
#include "tests/app/SandboxDashboard.h"
#include "tests/app/WizardFilling.h"
#include "tests/support/NotificationBus.h"

#include <QComboBox>
#include <QSpinBox>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace segurdesk;

namespace {

// The ASP decides an enrollment at once; the advance is put in payment a minute after its
// decision and paid a minute later, so that the dashboard sees it decided first.
QJsonObject shortDelays()
{
    return {{QStringLiteral("instruction"), QJsonObject {{QStringLiteral("delay_seconds"), 0}}},
            {QStringLiteral("payment"),
             QJsonObject {{QStringLiteral("pending_after_seconds"), 60}, {QStringLiteral("paid_after_seconds"), 120}}}};
}

class EndToEnd : public segurdesk::testing::SandboxDashboard
{
protected:
    EndToEnd()
        : SandboxDashboard(shortDelays())
    { }

    // The enrollment filled in and sent from the wizard, on the dashboard's portal.
    void enrollFromTheWizard()
    {
        QTemporaryDir folder;
        segurdesk::testing::FileFixtures files(folder.path());
        enrollment::DossierEditor editor;
        services::DraftKeeper keeper;
        drafts::DraftAutosave autosave(editor, keeper);
        services::PortalLookups lookups(*m_portal.client());
        services::DossierSubmission submission(*m_portal.client(), keeper);
        enrollment::EnrollmentWizard wizard(editor, lookups, autosave, submission);
        wizard.resize(900, 700);
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        const segurdesk::testing::WizardBranch branch {"developer", false,
                                                       segurdesk::testing::Filer::LegalRepresentative, "20"};
        ASSERT_NO_FATAL_FAILURE(
            segurdesk::testing::fillAndSend(wizard, branch, QStringLiteral("Messagerie de bout en bout"), files));
        // Saved once more as sent: the draft is then no longer an unsent one.
        QTRY_VERIFY_WITH_TIMEOUT(!autosave.isPending(), 30000);
    }

    template<class T> T* child(const char* name) { return m_view->findChild<T*>(QString::fromLatin1(name)); }
    QString title() { return child<QLabel>("titleLabel")->text(); }
};

TEST_F(EndToEnd, AnEnrollmentSentFromTheWizardGetsItsAdvancePaidAndTheDesktopIsTold)
{
    ASSERT_NO_FATAL_FAILURE(enrollFromTheWizard());

    // The ASP's decision, due at once, is taken at the portal's next request: then the mails.
    ASSERT_EQ(m_http.get(QStringLiteral("/api/v1/config")).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.mailCount(QStringLiteral("credentials")) == 1, 30000);
    const test::SandboxEnrollment::Credentials credentials = m_enrollment.mailedCredentials();
    ASSERT_FALSE(credentials.login.isEmpty());
    ASSERT_FALSE(credentials.password.isEmpty());
    EXPECT_TRUE(m_sandbox.latestMail(QStringLiteral("credentials"))
                    .contains(QString::fromUtf16(segurdesk::testing::RepresentativeEmail)));

    test::NotificationBus bus;
    ASSERT_FALSE(bus.address().isEmpty()) << bus.error().toStdString();
    ASSERT_TRUE(bus.serveNotifications());
    services::DesktopNotifier& notifier = m_controller->notifyThrough(bus.address());
    QSignalSpy delivered(&notifier, &services::DesktopNotifier::delivered);

    // First login: the initial password replaced, the secret question chosen.
    m_controller->refreshOrLogIn();
    logIn(credentials.login, credentials.password);
    QDialog* change = dialog("passwordChangeDialog");
    ASSERT_NE(change, nullptr);
    const QString chosen = QStringLiteral("Bout-en-bout-2026!");
    type(change, "currentPasswordEdit", credentials.password);
    type(change, "newPasswordEdit", chosen);
    type(change, "confirmationEdit", chosen);
    press(change, QDialogButtonBox::Ok);
    QDialog* question = dialog("secretQuestionDialog");
    ASSERT_NE(question, nullptr);
    in<QComboBox>(question, "questionEdit")->setCurrentIndex(0);
    type(question, "answerEdit", QStringLiteral("Rex"));
    type(question, "answerConfirmationEdit", QStringLiteral("rex"));
    press(question, QDialogButtonBox::Ok);
    expectRows(1);

    // The advance, requested from the validated enrollment.
    auto* table = child<QTableView>("dossierTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* request = child<QPushButton>("advanceButton");
    QTRY_VERIFY_WITH_TIMEOUT(request->isVisible(), 15000);
    request->click();
    auto* form = m_view->findChild<QDialog*>(QStringLiteral("AdvanceRequestDialog"));
    ASSERT_NE(form, nullptr);
    auto* validate = form->findChild<QPushButton*>(QStringLiteral("validateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(validate->isEnabled(), 15000);
    const std::pair<const char*, int> counts[]
        = {{"currentApplicative", 10},   {"currentOrganizational", 40},   {"currentPersonal", 800},
           {"estimatedApplicative", 12}, {"estimatedOrganizational", 45}, {"estimatedPersonal", 900}};
    for (const auto& [name, count] : counts)
        form->findChild<QSpinBox*>(QString::fromLatin1(name))->setValue(count);
    validate->click();
    QTRY_VERIFY_WITH_TIMEOUT(title().startsWith(QStringLiteral("Demande d'avance AVA-")), 30000);
    expectRows(2);
    EXPECT_EQ(m_view->currentDossier()->statusLabel(), QStringLiteral("Décidée"));

    // Its decision letter, in the viewer: a page of text.
    auto* documents = child<QTreeWidget>("documentList");
    QTRY_COMPARE_WITH_TIMEOUT(documents->topLevelItemCount(), 1, 15000);
    EXPECT_EQ(documents->topLevelItem(0)->text(0), QStringLiteral("Lettre de décision"));
    documents->setCurrentItem(documents->topLevelItem(0));
    child<QPushButton>("openDocumentButton")->click();
    dashboard::DocumentViewer* viewer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((viewer = m_view->findChild<dashboard::DocumentViewer*>()) != nullptr, 15000);
    QLabel* page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = viewer->findChild<QLabel*>(QStringLiteral("page1"))) != nullptr, 15000);
    const QImage shown = page->pixmap().toImage();
    EXPECT_GT(segurdesk::testing::inkedPixels(shown), 500);
    EXPECT_LT(segurdesk::testing::inkedPixels(shown), shown.width() * shown.height() / 4) << "a page, not a dark sheet";
    viewer->close();

    // Half an hour later the advance is paid: the next refresh tells the desktop.
    QSignalSpy unavailable(&notifier, &services::DesktopNotifier::unavailable);
    ASSERT_EQ(m_http.postJson(QStringLiteral("/sandbox/clock"), QJsonObject {{QStringLiteral("advance_seconds"), 1800}})
                  .status,
              200);
    child<QPushButton>("refreshButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count() + unavailable.count(), 1, 30000);
    ASSERT_EQ(delivered.count(), 1) << "the notification service did not take it";
    ASSERT_EQ(bus.received().size(), 1);
    const QString summary = bus.received().first().summary;
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Demande d'avance AVA-"))) << summary.toStdString();
    EXPECT_TRUE(summary.endsWith(QStringLiteral(" : Payée"))) << summary.toStdString();
    EXPECT_TRUE(bus.received().first().body.contains(QStringLiteral("Messagerie de bout en bout")))
        << bus.received().first().body.toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->currentDossier()->statusLabel(), QStringLiteral("Payée"), 15000);
    auto* payments = child<QTreeWidget>("paymentList");
    QTRY_VERIFY_WITH_TIMEOUT(payments->topLevelItemCount() > 0, 15000);
    EXPECT_EQ(payments->topLevelItem(payments->topLevelItemCount() - 1)->text(1), QStringLiteral("Payée"));
}

} // namespace
