// The wizard around the steps: its buttons in the user's language (Qt's own catalogue is not
// installed), "Suivant" leading from one complete step to the next, the recap's links to each
// step and back, and "Terminer" sending the dossier to the real sandbox through the user's real
// local data, then the receipt saved as a PDF.
#include "app/enrollment/EnrollmentWizard.h"

#include "app/drafts/DraftAutosave.h"
#include "app/drafts/PassphraseDialog.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentController.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/MissingList.h"
#include "app/widgets/PrintDialog.h"
#include "app/widgets/Questions.h"
#include "core/files/FileInspector.h"
#include "core/portal/PortalClient.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/DraftLibrary.h"
#include "core/services/LocalData.h"
#include "core/services/PortalLookups.h"
#include "core/services/SessionKey.h"
#include "tests/app/ListedDrafts.h"
#include "tests/app/QtTry.h"
#include "tests/app/TranslatedTest.h"
#include "tests/core/files/FileFixtures.h"
#include "tests/support/DataFolder.h"
#include "tests/support/SandboxProcess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPdfDocument>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

namespace segurdesk::enrollment {
namespace {

using segurdesk::testing::FileFixtures;

class EnrollmentWizardTest : public segurdesk::testing::TranslatedTest
{
protected:
    // Drafts go to a throwaway data folder, under the keychain's key.
    void SetUp() override
    {
        TranslatedTest::SetUp();
        ASSERT_TRUE(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.path().toLocal8Bit());
        m_client = std::make_unique<portal::PortalClient>(m_network, portalAddress(), portal::PortalClient::Options());
        m_lookups = std::make_unique<services::PortalLookups>(*m_client);
        m_submission = std::make_unique<services::DossierSubmission>(*m_client, m_keeper);
    }
    void TearDown() override
    {
        services::SessionKey::forget();
        TranslatedTest::TearDown();
        qunsetenv("XDG_DATA_HOME");
    }

    static constexpr const char* DraftsPassphrase = "trois mots de passe";

    // The drafts protected by a passphrase in an earlier session; `wizard` shown and typed into,
    // until it asks for the passphrase (`dialog`).
    void typeIntoLockedDrafts(EnrollmentWizard& wizard, drafts::PassphraseDialog*& dialog)
    {
        {
            services::LocalData earlier;
            earlier.setPassphrase(QString::fromLatin1(DraftsPassphrase));
            QSignalSpy opened(&earlier, &services::LocalData::opened);
            earlier.open(services::LocalData::Drafts);
            ASSERT_TRUE(opened.wait(30000));
        }
        services::SessionKey::forget();
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("numberEdit")),
                         QStringLiteral("MSS-2022"));
        QTRY_VERIFY_WITH_TIMEOUT((dialog = wizard.findChild<drafts::PassphraseDialog*>()) && dialog->isVisible(),
                                 30000);
    }

    // No portal is reached here: the services only need a client to exist.
    virtual QUrl portalAddress() const { return QUrl(QStringLiteral("http://127.0.0.1:9")); }

    // The dossier a user leaves complete at step 4, as the sandbox's directories know it; the
    // RIB's path is returned.
    QString fillDossier()
    {
        m_editor.edit([](model::Dossier& d) {
            d.referencing
                = {QStringLiteral("MSS-2022-0042"), QStringLiteral("MSS Opérateurs"), QStringLiteral("Medimail"),
                   QStringLiteral("58816302200019"), QStringLiteral("MEDIMAIL CONNECT SA")};
            d.applicant.siret = QStringLiteral("58816302200019");
            d.applicant.companyName = QStringLiteral("MEDIMAIL CONNECT SA");
            d.applicant.tradeName = QStringLiteral("Medimail");
            d.applicant.address = {QStringLiteral("10 quai de la Fosse"),
                                   QStringLiteral("44000"),
                                   QStringLiteral("NANTES"),
                                   {},
                                   {},
                                   {},
                                   {}};
            d.applicant.isLegalRepresentative = true;
            d.representative = {QStringLiteral("Martin"),
                                QStringLiteral("Claire"),
                                QStringLiteral("claire.martin@example.fr"),
                                QStringLiteral("claire.martin@example.fr"),
                                QStringLiteral("01 23 45 67 89"),
                                model::IdentityDocumentType::Passport};
            d.bank.iban = QStringLiteral("FR7630006000011234567890189");
            d.bank.bic = QStringLiteral("AGRIFRPPXXX");
            d.bank.holder = QStringLiteral("MEDIMAIL CONNECT SA");
            d.bank.domiciliation = QStringLiteral("CREDIT AGRICOLE");
            d.vatRate = model::VatRate::fromHundredths(2000);
        });
        const auto attach = [this](model::DocumentKind kind, const QString& name) {
            QString path = m_files.write(name, FileFixtures::pdf(1));
            m_editor.attach(kind, path, files::FileInspector().inspect(path));
            return path;
        };
        attach(model::DocumentKind::ReferencingCertificate, QStringLiteral("certificat.pdf"));
        attach(model::DocumentKind::OperatorContract, QStringLiteral("contrat.pdf"));
        attach(model::DocumentKind::RepresentativeId, QStringLiteral("passeport.pdf"));
        return attach(model::DocumentKind::Rib, QStringLiteral("rib.pdf"));
    }

    void next(QWizard& wizard)
    {
        QAbstractButton* button
            = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        ASSERT_TRUE(button->isEnabled()) << "page " << wizard.currentId();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static services::DraftKeeper::Loaded loadDraft(const QString& id)
    {
        services::DraftKeeper keeper;
        QSignalSpy loaded(&keeper, &services::DraftKeeper::loaded);
        keeper.load(id);
        EXPECT_TRUE(loaded.wait(30000));
        return loaded.isEmpty() ? services::DraftKeeper::Loaded()
                                : loaded.first().first().value<services::DraftKeeper::Loaded>();
    }

    void tickDeclarations(QWizard& wizard)
    {
        for (const char* name : {"termsCheck", "penalCheck", "truthCheck"})
            QTest::mouseClick(wizard.currentPage()->findChild<QCheckBox*>(QString::fromLatin1(name)), Qt::LeftButton,
                              {}, QPoint(4, 4));
    }

    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<services::PortalLookups> m_lookups;
    DossierEditor m_editor;
    services::DraftKeeper m_keeper;
    drafts::DraftAutosave m_autosave {m_editor, m_keeper};
    std::unique_ptr<services::DossierSubmission> m_submission;
    QTemporaryDir m_folder;
    FileFixtures m_files {m_folder.path()};
};

TEST_F(EnrollmentWizardTest, SpeaksTheUsersLanguageAndFollowsASwitch)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    EXPECT_EQ(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Suivant >"));
    EXPECT_EQ(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Précédent"));
    EXPECT_EQ(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Annuler"));
    EXPECT_EQ(wizard.buttonText(QWizard::CommitButton), QStringLiteral("&Terminer"));
    EXPECT_EQ(wizard.windowTitle(), QStringLiteral("Demande d'enrôlement — Ségur Desk"));

    ASSERT_TRUE(switchLanguage(QStringLiteral("en")));
    QTRY_COMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Next >"));
    EXPECT_EQ(wizard.page(EnrollmentWizard::Bank)->title(), QStringLiteral("Step 3 of 5: bank details"));
}

// The dossier is filled after the wizard is built (a draft opened in it): each step shows what
// the dossier holds when it is reached, and the recap shows it all, with a way to each step and
// back.
TEST_F(EnrollmentWizardTest, EachStepShowsTheDossierAndTheRecapLeadsToEachStepAndBack)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    const QString rib = fillDossier();
    ASSERT_FALSE(wizard.page(EnrollmentWizard::Vat)->findChild<QRadioButton*>(QStringLiteral("rate_20"))->isChecked());

    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Referencing);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("solutionEdit"))->text(),
              QStringLiteral("Medimail"));

    next(wizard);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Applicant);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("cityEdit"))->text(),
              QStringLiteral("NANTES"));
    EXPECT_TRUE(wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("legalYes"))->isChecked());

    next(wizard);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Bank);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("holderEdit"))->text(),
              QStringLiteral("MEDIMAIL CONNECT SA"));
    EXPECT_EQ(wizard.currentPage()->findChild<widgets::DocumentField*>(QStringLiteral("ribField"))->filePath(), rib);

    next(wizard);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Vat);
    EXPECT_TRUE(wizard.currentPage()->findChild<QRadioButton*>(QStringLiteral("rate_20"))->isChecked());

    next(wizard);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Recap);
    auto* recap = wizard.currentPage()->findChild<QTextBrowser*>(QStringLiteral("recapView"));
    const QString text = recap->toPlainText();
    for (const char* shown : {"MSS-2022-0042", "MEDIMAIL CONNECT SA", "10 quai de la Fosse, 44000 NANTES",
                              "FR76 3000 6000 0112 3456 7890 189", "Claire Martin", "rib.pdf"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(shown))) << shown << "\n" << text.toStdString();
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled()) << "the declarations are not ticked yet";

    // "Modifier" on step 3, then straight back through step 4.
    emit recap->anchorClicked(QUrl(QStringLiteral("step:3")));
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Bank);
    QAbstractButton* back = wizard.button(QWizard::CustomButton1);
    ASSERT_TRUE(back->isVisible());
    EXPECT_EQ(back->text(), QStringLiteral("Retour au &récapitulatif"));
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("holderEdit")),
                     QStringLiteral(" NANTES"));
    QTest::mouseClick(back, Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Recap);
    EXPECT_FALSE(wizard.button(QWizard::CustomButton1)->isVisible());
    EXPECT_TRUE(recap->toPlainText().contains(QStringLiteral("MEDIMAIL CONNECT SA NANTES")));

    tickDeclarations(wizard);
    EXPECT_TRUE(wizard.button(QWizard::CommitButton)->isEnabled());
}

// Nothing typed is lost: a pause in the typing saves the draft, and closing saves what was typed
// last before the wizard goes, without a question.
TEST_F(EnrollmentWizardTest, WhatIsTypedIsSavedAsADraftAndClosingKeepsIt)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    auto* saveState = wizard.findChild<QPushButton*>(QStringLiteral("saveStateButton"));
    ASSERT_TRUE(saveState);
    EXPECT_TRUE(saveState->text().isEmpty()) << "nothing typed, nothing saved";
    auto* number = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
    QTest::keyClicks(number, QStringLiteral("MSS-2022"));
    QTRY_VERIFY_WITH_TIMEOUT(saveState->text().startsWith(QStringLiteral("Brouillon enregistré à ")), 30000);
    EXPECT_FALSE(saveState->isEnabled());
    EXPECT_EQ(segurdesk::testing::listedDrafts().value(0).step, 1);

    QTest::keyClicks(number, QStringLiteral("-0042"));
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 30000);
    const services::DraftKeeper::Loaded resumed = loadDraft(m_keeper.draftId());
    EXPECT_EQ(resumed.content.dossier.referencing.number, QStringLiteral("MSS-2022-0042"));
}

// A draft that cannot be saved says so loudly and lastingly, and closing then asks first.
TEST_F(EnrollmentWizardTest, ASaveThatFailsIsToldAndClosingAsksFirst)
{
    // The data folder's parent is a file: the folder cannot be made.
    const QString file = test::makeDataFolderUnusable(m_home);
    ASSERT_FALSE(file.isEmpty());
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("numberEdit")),
                     QStringLiteral("MSS-2022"));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QMessageBox*>(QStringLiteral("saveFailureBox")), 30000);
    auto* saveState = wizard.findChild<QPushButton*>(QStringLiteral("saveStateButton"));
    EXPECT_EQ(saveState->text(), QStringLiteral("Brouillon non enregistré — &réessayer"));
    EXPECT_TRUE(saveState->isEnabled());
    EXPECT_TRUE(saveState->toolTip().contains(file)) << saveState->toolTip().toStdString();
    wizard.findChild<QMessageBox*>(QStringLiteral("saveFailureBox"))->close();

    QSignalSpy rejected(&wizard, &QDialog::rejected);
    widgets::answerNextQuestion(false);
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_autosave.isPending(), 30000);
    widgets::answerNextQuestion(true);
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    // The answers come in order from the event loop: only the second closes the wizard.
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 30000);
    EXPECT_FALSE(wizard.isVisible());
}

// Drafts protected by a passphrase not given yet in this session: the wizard asks for it instead
// of warning that the draft is not saved, then saves.
TEST_F(EnrollmentWizardTest, ThePassphraseOfTheDraftsIsAskedOverTheWizardThenTheDraftIsSaved)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    drafts::PassphraseDialog* dialog = nullptr;
    ASSERT_NO_FATAL_FAILURE(typeIntoLockedDrafts(wizard, dialog));
    EXPECT_EQ(wizard.findChild<QMessageBox*>(QStringLiteral("saveFailureBox")), nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit")),
                     QString::fromLatin1(DraftsPassphrase));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    auto* saveState = wizard.findChild<QPushButton*>(QStringLiteral("saveStateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(saveState->text().startsWith(QStringLiteral("Brouillon enregistré à")), 30000);
    EXPECT_FALSE(m_keeper.draftId().isEmpty());
}

// Closing while the passphrase is asked waits for the answer; given up, the wizard asks whether to
// close without saving.
TEST_F(EnrollmentWizardTest, ClosingWhileThePassphraseIsAskedWaitsForTheAnswer)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    drafts::PassphraseDialog* dialog = nullptr;
    ASSERT_NO_FATAL_FAILURE(typeIntoLockedDrafts(wizard, dialog));
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    wizard.reject();
    QTRY_VERIFY_WITH_TIMEOUT(!m_autosave.isPending(), 30000);
    QCoreApplication::processEvents();
    EXPECT_EQ(rejected.count(), 0);
    EXPECT_EQ(wizard.findChild<QMessageBox*>(), nullptr) << "no question over the passphrase";

    widgets::answerNextQuestion(true);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 30000);
}

// The app closed mid-step, its documents' files gone since: the draft resumes on the same step,
// with the same fields, and its documents shown from the draft's own copies.
TEST_F(EnrollmentWizardTest, AClosedRequestResumesOnItsStepWithItsFieldsAndDocuments)
{
    {
        EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
        fillDossier();
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        ASSERT_NO_FATAL_FAILURE(next(wizard));
        ASSERT_NO_FATAL_FAILURE(next(wizard));
        ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Bank);
        QSignalSpy rejected(&wizard, &QDialog::rejected);
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 30000);
    }
    for (const QString& name : QDir(m_folder.path()).entryList(QDir::Files))
        ASSERT_TRUE(QFile::remove(m_folder.filePath(name)));

    QWidget window;
    auto* controller = new EnrollmentController(*m_client, &window, m_keeper.draftId());
    controller->show();
    QTRY_VERIFY_WITH_TIMEOUT(controller->wizard() && controller->wizard()->isVisible(), 30000);
    EnrollmentWizard& wizard = *controller->wizard();
    EXPECT_EQ(wizard.currentId(), EnrollmentWizard::Bank);
    EXPECT_EQ(wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("ibanEdit"))->text().remove(QLatin1Char(' ')),
              QStringLiteral("FR7630006000011234567890189"));
    auto* certificate = wizard.page(EnrollmentWizard::Referencing)
                            ->findChild<widgets::DocumentField*>(QStringLiteral("certificateField"));
    EXPECT_EQ(certificate->fileName(), QStringLiteral("certificat.pdf"));
    EXPECT_TRUE(certificate->filePath().isEmpty()) << "the draft's copy, not a file";
    EXPECT_FALSE(certificate->findChild<QLabel*>(QStringLiteral("thumbnail"))->pixmap().isNull());
    auto* rib = wizard.currentPage()->findChild<widgets::DocumentField*>(QStringLiteral("ribField"));
    EXPECT_EQ(rib->fileName(), QStringLiteral("rib.pdf"));
    EXPECT_FALSE(rib->findChild<QPushButton*>(QStringLiteral("previewButton"))->isVisible());

    // Complete as it was left: on to the recap, which lists the documents.
    ASSERT_NO_FATAL_FAILURE(next(wizard));
    ASSERT_NO_FATAL_FAILURE(next(wizard));
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Recap);
    EXPECT_TRUE(wizard.currentPage()
                    ->findChild<QTextBrowser*>(QStringLiteral("recapView"))
                    ->toPlainText()
                    .contains(QStringLiteral("rib.pdf")));
}

TEST_F(EnrollmentWizardTest, ClosingAnUntouchedWizardAsksNothing)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QSignalSpy rejected(&wizard, &QDialog::rejected);
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    EXPECT_EQ(rejected.count(), 1) << "no question, so no wait";
}

// "Terminer" against the real sandbox, with the user's real local data (the keychain's key, the
// encrypted draft, the outbox) in a throwaway folder.
class EnrollmentSubmissionTest : public EnrollmentWizardTest
{
protected:
    // `sandboxConfig` is laid over the sandbox's test configuration.
    explicit EnrollmentSubmissionTest(const QJsonObject& sandboxConfig = {})
        : m_sandbox(sandboxConfig)
    { }

    QUrl portalAddress() const override { return QUrl(m_sandbox.url()); }

    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.ok()) << m_sandbox.error().toStdString();
        EnrollmentWizardTest::SetUp();
    }

    // A complete dossier walked through to "Terminer", until the submission asks for the code.
    void reachTheCode(EnrollmentWizard& wizard, const QString& referencingNumber = QStringLiteral("MSS-2022-0042"))
    {
        fillDossier();
        m_editor.edit([&referencingNumber](model::Dossier& d) { d.referencing.number = referencingNumber; });
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        for (int step = EnrollmentWizard::Referencing; step < EnrollmentWizard::Recap; ++step)
            ASSERT_NO_FATAL_FAILURE(next(wizard));
        ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Recap);
        tickDeclarations(wizard);
        ASSERT_NO_FATAL_FAILURE(next(wizard));
        ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Submission);
        auto* code = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("captchaEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 30000);
    }

    test::SandboxProcess m_sandbox;
};

TEST_F(EnrollmentSubmissionTest, TerminerSendsTheDossierOnceAndKeepsTheReceipt)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    ASSERT_NO_FATAL_FAILURE(reachTheCode(wizard));
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    QWizardPage* page = wizard.currentPage();
    auto* code = page->findChild<QLineEdit*>(QStringLiteral("captchaEdit"));
    // A mistyped code: the portal refuses it, a new image comes with the reason.
    QTest::keyClicks(code, QStringLiteral("WRONG1"));
    QTest::keyClick(code, Qt::Key_Return);
    auto* status = page->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && status->text().endsWith(QStringLiteral("nouvelle image.")), 30000);
    EXPECT_TRUE(code->text().isEmpty());
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());

    QTest::keyClicks(code, QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("captchaSendButton")), Qt::LeftButton);
    auto* confirmation = page->findChild<QLabel*>(QStringLiteral("confirmationLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(confirmation->isVisible(), 30000);
    EXPECT_TRUE(confirmation->text().contains(QStringLiteral("Numéro de dossier")))
        << confirmation->text().toStdString();
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    EXPECT_EQ(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Fermer"));
    EXPECT_FALSE(wizard.button(QWizard::CancelButton)->isVisible());
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 1);
    // The draft sent is kept as it was sent: nothing is left to save.
    auto* saveState = wizard.findChild<QPushButton*>(QStringLiteral("saveStateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_autosave.isPending(), 30000);
    EXPECT_TRUE(m_autosave.failure().isEmpty()) << m_autosave.failure().toStdString();
    EXPECT_TRUE(saveState->text().startsWith(QStringLiteral("Brouillon enregistré à")))
        << saveState->text().toStdString();

    // The record of the request, saved as a PDF off the GUI thread.
    const QString record = m_folder.filePath(QStringLiteral("demande.pdf"));
    widgets::answerNextFileDialog(record);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("La trace de la demande est enregistrée")),
                             30000);
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(record), QPdfDocument::Error::None);
    EXPECT_GE(pdf.pageCount(), 1);
    EXPECT_TRUE(pdf.getAllText(0).text().contains(QStringLiteral("MEDIMAIL CONNECT SA")));

    // Printed off the GUI thread too, on the printer the print dialog set up.
    const QString printed = m_folder.filePath(QStringLiteral("imprimee.pdf"));
    widgets::answerNextPrintDialog(printed);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("La trace de la demande est envoyée à l'imprimante."),
                              30000);
    QPdfDocument paper;
    ASSERT_EQ(paper.load(printed), QPdfDocument::Error::None);
    EXPECT_TRUE(paper.getAllText(0).text().contains(QStringLiteral("MEDIMAIL CONNECT SA")));
}

// The referencing directory out of reach while the dossier is prepared: the number could not be
// checked, the user went on, and the portal refuses it. Its reason shows on step 1, beside the
// number, until the number changes.
class PortalRefusalTest : public EnrollmentSubmissionTest
{
protected:
    PortalRefusalTest()
        : EnrollmentSubmissionTest(QJsonObject {
            {QStringLiteral("faults"),
             QJsonObject {{QStringLiteral("seed"), 1},
                          {QStringLiteral("rules"),
                           QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("error_503")},
                                                    {QStringLiteral("path"), QStringLiteral("/api/v1/referencing/")},
                                                    {QStringLiteral("probability"), 1.0},
                                                    {QStringLiteral("retry_after_seconds"), 0}}}}}}})
    { }
};

TEST_F(PortalRefusalTest, WhatThePortalRefusesShowsOnItsStepUntilCorrected)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    ASSERT_NO_FATAL_FAILURE(reachTheCode(wizard, QStringLiteral("MSS-2099-9999")));
    QWizardPage* page = wizard.currentPage();
    QTest::keyClicks(page->findChild<QLineEdit*>(QStringLiteral("captchaEdit")),
                     QString::fromLatin1(test::SandboxProcess::CaptchaAnswer));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("captchaSendButton")), Qt::LeftButton);
    auto* edit = page->findChild<QPushButton*>(QStringLiteral("editButton"));
    QTRY_VERIFY_WITH_TIMEOUT(edit->isVisible(), 30000);
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 0);

    QTest::mouseClick(edit, Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), EnrollmentWizard::Referencing);
    page = wizard.currentPage();
    QStringList missing;
    for (const widgets::MissingList::Item& item :
         page->findChild<widgets::MissingList*>(QStringLiteral("missingList"))->items())
        missing << item.name;
    ASSERT_EQ(missing.size(), 1) << missing.join(u'|').toStdString();
    EXPECT_TRUE(missing.first().startsWith(QStringLiteral("Numéro de référencement ANS : ")))
        << missing.first().toStdString();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    // Another number: the portal's reason about the first one goes.
    QTest::keyClick(page->findChild<QLineEdit*>(QStringLiteral("numberEdit")), Qt::Key_Backspace);
    EXPECT_TRUE(std::none_of(m_editor.blockingProblemsOfStep(EnrollmentWizard::Referencing).cbegin(),
                             m_editor.blockingProblemsOfStep(EnrollmentWizard::Referencing).cend(),
                             [this](const model::FieldError& problem) { return m_editor.isFromPortal(problem); }));
}

// Closing while the security code is asked gives it up: nothing reaches the portal, and the
// dossier stays in the local data, to be sent again.
TEST_F(EnrollmentSubmissionTest, ClosingWhileTheCodeIsAskedInterruptsTheSubmission)
{
    EnrollmentWizard wizard(m_editor, *m_lookups, m_autosave, *m_submission);
    ASSERT_NO_FATAL_FAILURE(reachTheCode(wizard));

    QSignalSpy rejected(&wizard, &QDialog::rejected);
    widgets::answerNextQuestion(true);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 30000);
    EXPECT_FALSE(m_submission->isBusy());
    EXPECT_EQ(m_sandbox.mailCount(QStringLiteral("enrollment_received")), 0);
}

} // namespace
} // namespace segurdesk::enrollment
