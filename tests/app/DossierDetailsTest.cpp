// The details pane of the dashboard, the document viewer and the advance request, on the embedded
// demonstration portal (the real segurdesk-sandbox with its demo data), logged in as its banner
// says, with the real data folder, keychain and encrypted cache.
#include "app/advance/AdvanceRequestDialog.h"
#include "app/dashboard/DashboardController.h"
#include "app/dashboard/DashboardView.h"
#include "app/dashboard/DocumentViewer.h"
#include "app/widgets/FileDialogs.h"
#include "core/model/FundingRule.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/portal/PortalConfig.h"
#include "core/portal/PortalError.h"
#include "core/services/PortalConnection.h"
#include "tests/app/Driving.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/core/files/FileFixtures.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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
    EXPECT_EQ(history,
              (QStringList {QStringLiteral("Décidée"), QStringLiteral("Mise en paiement"), QStringLiteral("Payée")}));
    const QStringList payment = texts(*child<QTreeWidget>("paymentList"), 1);
    EXPECT_EQ(payment.last(), QStringLiteral("Payée"));

    auto* documents = child<QTreeWidget>("documentList");
    ASSERT_EQ(documents->topLevelItemCount(), 1);
    EXPECT_EQ(documents->topLevelItem(0)->text(0), QStringLiteral("Lettre de décision"));
    child<QPushButton>("openDocumentButton")->click();
    dashboard::DocumentViewer* viewer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((viewer = m_view->findChild<dashboard::DocumentViewer*>()) != nullptr, 15000);
    // The letter's page as the viewer shows it, drawn on a worker: text on it, not a blank sheet.
    QLabel* page = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((page = viewer->findChild<QLabel*>(QStringLiteral("page1"))) != nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 5000);
    EXPECT_EQ(viewer->findChild<QLabel*>(QStringLiteral("page2")), nullptr) << "the letter has one page";
    const QImage shown = page->pixmap().toImage();
    ASSERT_GT(shown.width(), 300);
    const int inked = segurdesk::testing::inkedPixels(shown);
    EXPECT_GT(inked, 500);
    EXPECT_LT(inked, shown.width() * shown.height() / 4) << "a page of text, not a dark sheet";
    viewer->close();

    auto* mails = child<QTreeWidget>("mailList");
    ASSERT_EQ(mails->topLevelItemCount(), 2);
    EXPECT_TRUE(texts(*mails, 1).join(u'\n').contains(QStringLiteral("AVA-")))
        << texts(*mails, 1).join(u'\n').toStdString();
    // The content of the mail chosen, which names the advance.
    mails->setCurrentItem(mails->topLevelItem(0));
    auto* body = child<QPlainTextEdit>("mailBody");
    const QString number = table()->model()->index(table()->currentIndex().row(), Number).data().toString();
    QTRY_VERIFY_WITH_TIMEOUT(body->toPlainText().contains(number), 15000);
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
    QTRY_VERIFY_WITH_TIMEOUT(fixed->text().startsWith(rule.fixedPart().format() + QStringLiteral(" HT")), 15000);
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

TEST_F(DossierDetails, OfflineTheAdvanceButtonSaysWhyItCannotBeUsed)
{
    choose(Company, QStringLiteral("Cèdres"));
    auto* request = child<QPushButton>("advanceButton");
    QTRY_VERIFY_WITH_TIMEOUT(request->isVisible(), 15000);
    EXPECT_TRUE(request->isEnabled());
    // What the controller tells the view when the refresh gave the copy kept on this computer.
    m_view->setDataAge(QDateTime::currentDateTimeUtc(), true);
    EXPECT_TRUE(request->isVisible());
    EXPECT_FALSE(request->isEnabled());
    EXPECT_EQ(
        request->accessibleDescription(),
        QStringLiteral("Le portail est injoignable : actualisez quand il répondra de nouveau pour demander l'avance."));
    EXPECT_EQ(request->toolTip(), request->accessibleDescription());
    m_view->setDataAge(QDateTime::currentDateTimeUtc(), false);
    EXPECT_TRUE(request->isEnabled());
    EXPECT_TRUE(request->accessibleDescription().isEmpty());
}

// The request form keeps the counts as they were sent while the portal's answer is unknown, lets
// them be corrected after a refusal, and sends nothing more once the enrollment has its advance.
class AdvanceDialog : public segurdesk::testing::TranslatedTest
{
};

TEST_F(AdvanceDialog, KeepsTheCountsSentWhileTheOutcomeIsUnknown)
{
    portal::EnrollmentDetail enrollment;
    enrollment.summary.id = QStringLiteral("7");
    enrollment.summary.number = QStringLiteral("ENR-2026-000007");
    advance::AdvanceRequestDialog dialog(enrollment);
    dialog.show();
    auto* send = dialog.findChild<QPushButton*>(QStringLiteral("validateButton"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    auto* counts = dialog.findChild<QWidget*>(QStringLiteral("countsGroup"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("advanceMessage"));
    EXPECT_FALSE(send->isEnabled()) << "nothing is sent before the portal's rule is known";
    dialog.setConfig(portal::PortalConfig());
    EXPECT_TRUE(send->isEnabled());
    QSignalSpy submitted(&dialog, &advance::AdvanceRequestDialog::submitRequested);
    dialog.findChild<QSpinBox*>(QStringLiteral("estimatedPersonal"))->setValue(40);
    send->click();
    ASSERT_EQ(submitted.count(), 1);
    EXPECT_EQ(submitted.first().first().value<model::AdvanceRequest>().estimatedAtClosing.personal, 40);

    dialog.setSending();
    EXPECT_FALSE(send->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_FALSE(counts->isEnabled());

    dialog.setOutcomeUnknown(portal::PortalError::make(portal::PortalErrorCode::ConnectionLost));
    EXPECT_TRUE(send->isEnabled());
    EXPECT_EQ(send->text(), QStringLiteral("Renvoyer la même demande"));
    EXPECT_FALSE(counts->isEnabled()) << "the counts the portal may hold stay as they were sent";
    EXPECT_TRUE(message->text().contains(QStringLiteral("ne sera pas comptée deux fois")))
        << message->text().toStdString();

    dialog.setRefused(portal::PortalError::make(portal::PortalErrorCode::ValidationFailed));
    EXPECT_TRUE(counts->isEnabled());
    EXPECT_EQ(send->text(), QStringLiteral("Envoyer la demande"));

    dialog.setAlreadyRequested(portal::PortalError::make(portal::PortalErrorCode::AdvanceAlreadyRequested));
    EXPECT_FALSE(send->isEnabled());
    EXPECT_FALSE(counts->isEnabled());
    EXPECT_EQ(cancel->text(), QStringLiteral("Fermer"));
    dialog.reject();
    EXPECT_FALSE(dialog.isVisible());
}

// The viewer draws what the portal gives on a worker: every page of a PDF (the first 30 of a long
// one, said so), a photo as one page, and says when it cannot draw a document.
class Viewer : public segurdesk::testing::TranslatedTest
{
protected:
    // A viewer of `content`, once it has drawn it, and the pages it said it shows.
    static std::pair<std::unique_ptr<dashboard::DocumentViewer>, int> open(const QByteArray& content)
    {
        auto viewer = std::make_unique<dashboard::DocumentViewer>(QStringLiteral("document.pdf"), content);
        QSignalSpy shown(viewer.get(), &dashboard::DocumentViewer::shown);
        viewer->show();
        EXPECT_TRUE(shown.wait(30000));
        return {std::move(viewer), shown.isEmpty() ? -1 : shown.first().first().toInt()};
    }
};

TEST_F(Viewer, ShowsEveryPageOfAPdfAPhotoAsOnePageAndSaysWhatItCannotShow)
{
    const auto [threePages, three] = open(segurdesk::testing::FileFixtures::pdf(3));
    EXPECT_EQ(three, 3);
    auto* second = threePages->findChild<QLabel*>(QStringLiteral("page2"));
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->accessibleName(), QStringLiteral("Page 2 sur 3"));
    EXPECT_LT(second->pixmap().width(), second->pixmap().height()) << "an A4 page, upright";
    EXPECT_FALSE(threePages->findChild<QLabel*>(QStringLiteral("viewerMessage"))->isVisible());

    const auto [longOne, drawn] = open(segurdesk::testing::FileFixtures::pdf(dashboard::DocumentViewer::MaxPages + 2));
    EXPECT_EQ(drawn, dashboard::DocumentViewer::MaxPages);
    EXPECT_EQ(longOne->findChild<QLabel*>(QStringLiteral("page%1").arg(dashboard::DocumentViewer::MaxPages + 1)),
              nullptr);
    EXPECT_EQ(longOne->findChild<QLabel*>(QStringLiteral("viewerMessage"))->text(),
              QStringLiteral("Les 30 premières pages sur 32 sont affichées : enregistrez le document pour le lire en "
                             "entier."));

    const auto [photo, one] = open(segurdesk::testing::FileFixtures::image("jpeg", QSize(900, 600)));
    EXPECT_EQ(one, 1);
    const QPixmap picture = photo->findChild<QLabel*>(QStringLiteral("page1"))->pixmap();
    EXPECT_GT(picture.width(), picture.height()) << "a landscape photo stays landscape";

    const auto [broken, none] = open(QByteArrayLiteral("%PDF-1.7\nnot a document"));
    EXPECT_EQ(none, 0);
    EXPECT_EQ(broken->findChild<QLabel*>(QStringLiteral("page1")), nullptr);
    EXPECT_TRUE(broken->findChild<QLabel*>(QStringLiteral("viewerMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Ce document ne peut pas être affiché")));
}

} // namespace
