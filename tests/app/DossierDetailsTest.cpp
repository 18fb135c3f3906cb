// The details pane of the dashboard, the document viewer and the advance request, on the embedded
// demonstration portal (the real segurdesk-sandbox with its demo data), logged in as its banner
// says, with the real data folder, keychain and encrypted cache.
#include "app/dashboard/DashboardController.h"
#include "app/dashboard/DashboardView.h"
#include "app/dashboard/DocumentViewer.h"
#include "app/widgets/FileDialogs.h"
#include "core/model/FundingRule.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/services/PortalConnection.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace segurdesk;

namespace {

enum Column { Number = 1, Company = 2 };

class DossierDetails : public segurdesk::testing::TranslatedTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        qputenv("SEGURDESK_SANDBOX", SEGURDESK_SANDBOX_PATH);
        TranslatedTest::SetUp();
        QSignalSpy ready(&m_portal, &services::PortalConnection::ready);
        m_portal.open({});
        ASSERT_TRUE(ready.wait(30000));
        m_view = std::make_unique<dashboard::DashboardView>();
        m_controller = std::make_unique<dashboard::DashboardController>(m_portal, *m_view);
        m_view->resize(1100, 800);
        m_view->show();
        QSignalSpy shown(table()->model(), &QAbstractItemModel::modelReset);
        m_controller->refreshOrLogIn();
        auto* login = m_view->findChild<QDialog*>(QStringLiteral("loginDialog"));
        ASSERT_NE(login, nullptr);
        login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(portal::EmbeddedSandbox::DemoPassword));
        login->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return shown.count() > 0; }, 30000));
        ASSERT_EQ(table()->model()->rowCount(), 5);
    }
    void TearDown() override
    {
        m_controller.reset();
        m_view.reset();
        qunsetenv("SEGURDESK_SANDBOX");
        qunsetenv("XDG_DATA_HOME");
        TranslatedTest::TearDown();
    }

    template<class T> T* child(const char* name) { return m_view->findChild<T*>(QString::fromLatin1(name)); }
    QTableView* table() { return child<QTableView>("dossierTable"); }
    QString title() { return child<QLabel>("titleLabel")->text(); }
    // Makes the first row whose `column` starts with `text` current, as a click would.
    void choose(Column column, const QString& text)
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (table()->model()->index(row, column).data().toString().startsWith(text)) {
                table()->setCurrentIndex(table()->model()->index(row, column));
                return;
            }
        }
        ADD_FAILURE() << "no row " << text.toStdString();
    }
    static QStringList texts(const QTreeWidget& list, int column)
    {
        QStringList found;
        for (int row = 0; row < list.topLevelItemCount(); ++row)
            found << list.topLevelItem(row)->text(column);
        return found;
    }

    QTemporaryDir m_home;
    services::PortalConnection m_portal;
    std::unique_ptr<dashboard::DashboardView> m_view;
    std::unique_ptr<dashboard::DashboardController> m_controller;
};

// A paid advance, as an operator follows it: its history, the ASP's decision letter opened in the
// app (a page drawn, not blank), the mails the portal sent about it, and its payment.
TEST_F(DossierDetails, APaidAdvanceShowsItsHistoryDecisionLetterMailsAndPayment)
{
    choose(Number, QStringLiteral("AVA-"));
    QTRY_VERIFY_WITH_TIMEOUT(title().startsWith(QStringLiteral("Demande d'avance AVA-")), 15000);
    EXPECT_TRUE(title().endsWith(QStringLiteral("Medimail"))) << title().toStdString();
    EXPECT_FALSE(child<QPushButton>("advanceButton")->isVisible());
    const QStringList history = texts(*child<QTreeWidget>("historyList"), 1);
    EXPECT_EQ(history, (QStringList {QStringLiteral("Décidée"), QStringLiteral("Mise en paiement"),
                                     QStringLiteral("Payée")}));
    const QStringList payment = texts(*child<QTreeWidget>("paymentList"), 1);
    EXPECT_EQ(payment.last(), QStringLiteral("Payée"));

    auto* documents = child<QTreeWidget>("documentList");
    ASSERT_EQ(documents->topLevelItemCount(), 1);
    EXPECT_EQ(documents->topLevelItem(0)->text(0), QStringLiteral("Lettre de décision"));
    child<QPushButton>("openDocumentButton")->click();
    dashboard::DocumentViewer* viewer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((viewer = m_view->findChild<dashboard::DocumentViewer*>()) != nullptr, 15000);
    ASSERT_NE(viewer->pdf(), nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->pdf()->status(), QPdfDocument::Status::Ready, 15000);
    ASSERT_GE(viewer->pdf()->pageCount(), 1);
    const QImage page = viewer->pdf()->render(0, QSize(400, 566));
    ASSERT_FALSE(page.isNull());
    int inked = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            inked += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    EXPECT_GT(inked, 500) << "the letter's page has text on it";
    viewer->close();

    auto* mails = child<QTreeWidget>("mailList");
    ASSERT_GE(mails->topLevelItemCount(), 1);
    EXPECT_TRUE(texts(*mails, 1).join(u'\n').contains(QStringLiteral("AVA-"))) << texts(*mails, 1).join(u'\n').toStdString();
    mails->setCurrentItem(mails->topLevelItem(0));
    auto* body = child<QPlainTextEdit>("mailBody");
    QTRY_VERIFY_WITH_TIMEOUT(!body->toPlainText().isEmpty(), 15000);
}

TEST_F(DossierDetails, SavesTheDecisionLetterWhereTheUserChooses)
{
    choose(Number, QStringLiteral("AVA-"));
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("documentList")->topLevelItemCount(), 1, 15000);
    const QString path = m_home.filePath(QStringLiteral("lettre.pdf"));
    widgets::answerNextFileDialog(path);
    child<QPushButton>("saveDocumentButton")->click();
    auto* message = child<QLabel>("documentMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Enregistré dans")), 15000);
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().startsWith("%PDF-"));
}

// A validated enrollment without an advance: the request form forecasts the funding from the
// portal's rule as the counts are typed, sends once, and the decided request is then the dossier
// shown, with its decision letter.
TEST_F(DossierDetails, AValidatedEnrollmentRequestsItsAdvanceAndShowsItDecided)
{
    choose(Company, QStringLiteral("Cèdres"));
    auto* request = child<QPushButton>("advanceButton");
    QTRY_VERIFY_WITH_TIMEOUT(request->isVisible(), 15000);
    request->click();
    auto* dialog = m_view->findChild<QDialog*>(QStringLiteral("AdvanceRequestDialog"));
    ASSERT_NE(dialog, nullptr);
    const model::FundingRule rule = model::FundingRule::arreteDu9Septembre2022();
    auto* fixed = dialog->findChild<QLabel*>(QStringLiteral("fixedAmountValue"));
    QTRY_COMPARE_WITH_TIMEOUT(fixed->text(), rule.fixedPart().format(), 15000);
    auto* validate = dialog->findChild<QPushButton*>(QStringLiteral("validateButton"));
    EXPECT_TRUE(validate->isEnabled());
    const model::MailboxCounts estimated {150, 40, 1000};
    dialog->findChild<QSpinBox*>(QStringLiteral("currentApplicative"))->setValue(120);
    dialog->findChild<QSpinBox*>(QStringLiteral("estimatedApplicative"))->setValue(int(estimated.applicative));
    dialog->findChild<QSpinBox*>(QStringLiteral("estimatedOrganizational"))->setValue(int(estimated.organizational));
    dialog->findChild<QSpinBox*>(QStringLiteral("estimatedPersonal"))->setValue(int(estimated.personal));
    const QString forecast = dialog->findChild<QLabel*>(QStringLiteral("forecastValue"))->text();
    EXPECT_TRUE(forecast.startsWith(rule.amountExcludingVat(estimated).format())) << forecast.toStdString();

    QSignalSpy rows(table()->model(), &QAbstractItemModel::modelReset);
    validate->click();
    EXPECT_FALSE(validate->isEnabled());
    // On its way, the request cannot be abandoned.
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(rows.count() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(title().startsWith(QStringLiteral("Demande d'avance AVA-")), 15000);
    EXPECT_TRUE(title().endsWith(QStringLiteral("Cèdres Messagerie"))) << title().toStdString();
    EXPECT_EQ(table()->model()->rowCount(), 6);
    EXPECT_EQ(child<QTreeWidget>("documentList")->topLevelItem(0)->text(0), QStringLiteral("Lettre de décision"));
    EXPECT_EQ(m_view->findChild<QDialog*>(QStringLiteral("AdvanceRequestDialog")), nullptr);
}

} // namespace
