// The drafts of this computer not sent yet, among the dossiers of the dashboard on the real
// sandbox: a row each, the way back to the wizard, and a warning as the call's closing date (from
// the portal's /config) approaches.
#include "app/dashboard/DossierDetailsView.h"
#include "app/dashboard/DraftRows.h"
#include "core/services/DraftKeeper.h"
#include "core/services/DraftLibrary.h"
#include "core/services/Worker.h"
#include "tests/app/ListedDrafts.h"
#include "tests/app/SandboxDashboard.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace segurdesk;
using dashboard::draftsWarning;

namespace {

QJsonObject callClosingIn(qint64 days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {{QStringLiteral("call"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Appel MSS")},
                          {QStringLiteral("opens_at"), now.addDays(-60).toString(Qt::ISODate)},
                          {QStringLiteral("closes_at"), now.addDays(days).toString(Qt::ISODate)},
                          {QStringLiteral("counts_reference_date"), QStringLiteral("2023-06-30")}}}};
}

class UnsentDraftRows : public segurdesk::testing::TranslatedTest
{
};
class DraftsWarning : public segurdesk::testing::TranslatedTest
{
};

class UnsentDrafts : public segurdesk::testing::SandboxDashboard
{
protected:
    UnsentDrafts()
        : SandboxDashboard(callClosingIn(10))
    { }

    // A draft saved on this computer, as the wizard saves one: its id.
    QString saveDraft(const QString& company)
    {
        services::DraftKeeper keeper;
        QSignalSpy saved(&keeper, &services::DraftKeeper::saved);
        services::DraftKeeper::Content content;
        content.dossier.applicant.companyName = company;
        content.step = 2;
        keeper.save(content);
        EXPECT_TRUE(saved.wait(30000));
        return keeper.draftId();
    }
};

TEST_F(UnsentDrafts, ADraftIsARowThatLeadsBackToTheWizardWithTheCallsClosingDate)
{
    const QString id = saveDraft(QStringLiteral("Clinique des Tilleuls"));
    ASSERT_FALSE(id.isEmpty());
    QSignalSpy resume(m_controller.get(), &dashboard::DashboardController::resumeDraftRequested);
    m_controller->refreshOrLogIn();
    logIn(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    expectRows(6);

    auto* warning = m_view->findChild<QLabel*>(QStringLiteral("draftsWarning"));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 30000);
    EXPECT_TRUE(warning->text().startsWith(QStringLiteral("1 brouillon non envoyé"))) << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(QStringLiteral("dans 9 jours"))
                || warning->text().contains(QStringLiteral("dans 10 jours")))
        << warning->text().toStdString();

    m_view->showDossier(id);
    ASSERT_EQ(m_view->currentDossierId(), id);
    EXPECT_EQ(m_view->currentDossier()->statusLabel(), QStringLiteral("Brouillon"));
    auto* title = m_view->findChild<QLabel*>(QStringLiteral("titleLabel"));
    QTRY_COMPARE(title->text(), QStringLiteral("Brouillon — Clinique des Tilleuls"));
    auto* resumeButton = m_view->findChild<QPushButton*>(QStringLiteral("resumeButton"));
    ASSERT_TRUE(resumeButton->isVisible());
    resumeButton->click();
    ASSERT_EQ(resume.count(), 1);
    EXPECT_EQ(resume.first().first().toString(), id);

    // Another dossier: no way to resume it.
    m_view->findChild<QTableView*>(QStringLiteral("dossierTable"))->selectRow(0);
    if (m_view->currentDossierId() == id)
        m_view->findChild<QTableView*>(QStringLiteral("dossierTable"))->selectRow(1);
    QTRY_VERIFY(!resumeButton->isVisible());
}

TEST_F(UnsentDrafts, OfflineTheWarningKeepsTheClosingDateOfTheCopyKept)
{
    saveDraft(QStringLiteral("Clinique des Tilleuls"));
    m_controller->refreshOrLogIn();
    logIn(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    expectRows(6);
    auto* warning = m_view->findChild<QLabel*>(QStringLiteral("draftsWarning"));
    QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 30000);
    const QString online = warning->text();

    // The next start, with the portal down: the dossiers and the call's closing date come from
    // the copy kept on this computer.
    m_controller.reset();
    m_view.reset();
    m_sandbox.stop();
    m_view = std::make_unique<dashboard::DashboardView>();
    m_controller = std::make_unique<dashboard::DashboardController>(m_portal, *m_view);
    m_view->show();
    m_controller->refreshOrLogIn();
    logIn(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    expectRows(6);
    auto* offline = m_view->findChild<QLabel*>(QStringLiteral("draftsWarning"));
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 30000);
    EXPECT_EQ(offline->text(), online);
    EXPECT_TRUE(m_view->findChild<QLabel*>(QStringLiteral("dataAge"))->text().startsWith(QStringLiteral("Hors ligne")));
}

// Two listings of the drafts one after the other (a draft saved, then the wizard closed): the
// latest shows, whatever order their rows are made in.
TEST_F(UnsentDrafts, TheLatestListingOfTheDraftsIsTheOneShown)
{
    saveDraft(QStringLiteral("Clinique des Tilleuls"));
    m_controller->refreshOrLogIn();
    logIn(QStringLiteral("demo"), QStringLiteral("Demo-Segur-2023!"));
    expectRows(6);
    const QList<services::DraftSummary> before = segurdesk::testing::listedDrafts();
    saveDraft(QStringLiteral("Pharmacie du Port"));
    const QList<services::DraftSummary> after = segurdesk::testing::listedDrafts();
    ASSERT_EQ(after.size(), 2);

    m_controller->showDrafts(before);
    m_controller->showDrafts(after);
    expectRows(7);
    // Every job done and its answer delivered: the older listing did not come back over it.
    services::workerPool().waitForDone();
    QCoreApplication::processEvents();
    expectRows(7);
    // In the table's order (newest change first), as the worker that made them put them.
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("dossierTable"));
    const QStringList newest {table->model()->index(0, 2).data().toString(),
                              table->model()->index(1, 2).data().toString()};
    EXPECT_EQ(newest, (QStringList {QStringLiteral("Pharmacie du Port"), QStringLiteral("Clinique des Tilleuls")}));
}

TEST_F(DraftsWarning, SpeaksOnlyOfUnsentDraftsAsTheCallClosesOrOnceItHasClosed)
{
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0)).toUTC();
    EXPECT_TRUE(draftsWarning(0, now.addDays(3), now).isEmpty());
    EXPECT_TRUE(draftsWarning(2, QDateTime(), now).isEmpty());
    EXPECT_TRUE(draftsWarning(2, now.addDays(dashboard::DraftWarningDays + 1), now).isEmpty());
    EXPECT_TRUE(
        draftsWarning(2, now.addDays(dashboard::DraftWarningDays), now)
            .endsWith(QStringLiteral("dans %1 jours : envoyez-les d'ici là.").arg(dashboard::DraftWarningDays)));
    EXPECT_TRUE(draftsWarning(2, now.addDays(3), now)
                    .startsWith(QStringLiteral("2 brouillons non envoyés. L'appel se clôt le ")));
    // Days of the calendar here: tomorrow morning is in one day, this evening is today.
    EXPECT_TRUE(
        draftsWarning(1, QDateTime(QDate(2026, 6, 2), QTime(8, 0)), now).contains(QStringLiteral("dans 1 jour :")));
    EXPECT_TRUE(draftsWarning(1, QDateTime(QDate(2026, 6, 1), QTime(18, 0)), now)
                    .contains(QStringLiteral("aujourd'hui à 18:00")));
    EXPECT_TRUE(draftsWarning(1, now.addSecs(-1), now)
                    .startsWith(QStringLiteral("1 brouillon non envoyé : l'appel a été clos le ")));
}

TEST_F(UnsentDraftRows, AreTheDraftsStillBeingEditedOnThisComputer)
{
    services::DraftSummary sent;
    sent.id = QStringLiteral("sent");
    sent.state = storage::Draft::State::Submitted;
    sent.receiptNumber = QStringLiteral("ENR-2026-000010");
    services::DraftSummary sending;
    sending.id = QStringLiteral("sending");
    sending.state = storage::Draft::State::Submitting;
    services::DraftSummary damaged;
    damaged.id = QStringLiteral("damaged");
    damaged.problem = QStringLiteral("illisible");
    services::DraftSummary started;
    started.id = QStringLiteral("started");
    started.siret = QStringLiteral("58816302200019");
    const QList<dashboard::DossierRow> rows = dashboard::unsentDraftRows({sent, sending, damaged, started});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().id, QStringLiteral("started"));
    EXPECT_FALSE(rows.first().company.isEmpty());
    EXPECT_EQ(rows.first().siret, QStringLiteral("58816302200019"));
    EXPECT_EQ(rows.first().profile, QStringLiteral("Cet ordinateur"));
    EXPECT_TRUE(rows.first().number.isEmpty());
}

} // namespace
