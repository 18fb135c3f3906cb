// segurdesk-screenshots OUTDIR [--lang fr|en] [--dark] [--suffix TEXT]: the app's screens as an
// operator sees them, with real files made here and the real sandbox as the portal, saved as
// PNG in OUTDIR for docs/screenshots (scripts/screenshots runs it under Xvfb). Not a test: it
// asserts nothing; people look at what it draws.
#include "app/account/ForgottenLoginDialog.h"
#include "app/account/PasswordChangeDialog.h"
#include "app/account/PasswordResetDialog.h"
#include "app/account/SecretQuestionDialog.h"
#include "app/dashboard/DocumentViewer.h"
#include "app/drafts/DraftAutosave.h"
#include "app/drafts/PassphraseDialog.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "app/settings/SettingsDialog.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "app/window/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/model/DocumentKind.h"
#include "core/portal/EmbeddedSandbox.h"
#include "core/services/AccountService.h"
#include "core/services/DossierSubmission.h"
#include "core/services/DraftKeeper.h"
#include "core/services/PortalConnection.h"
#include "core/storage/ApplicationIdentity.h"
#include "tests/core/files/FileFixtures.h"
#include "tests/support/SandboxEnrollment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cstdio>

namespace {

constexpr qint64 Kilo = 1024;
constexpr qint64 Mega = Kilo * Kilo;

using segurdesk::testing::FileFixtures;
using segurdesk::widgets::DocumentField;

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    // A dark desktop greys out what is disabled, as a light one does.
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

bool save(QWidget& widget, const QString& path)
{
    widget.show();
    // A text changed just now is laid out from the event loop: drawn as the next frame shows it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return QTest::qWaitForWindowExposed(&widget) && widget.grab().save(path);
}

bool documentFields(const QString& path)
{
    QTemporaryDir folder;
    const FileFixtures files(folder.path());
    QWidget page;
    page.setWindowTitle(QStringLiteral("Ségur Desk"));
    auto* layout = new QVBoxLayout(&page);
    using segurdesk::model::DocumentKind;
    using segurdesk::model::documentLabel;
    auto* empty = new DocumentField(documentLabel(DocumentKind::Rib), &page);
    auto* attached = new DocumentField(documentLabel(DocumentKind::Kbis), &page);
    auto* refused = new DocumentField(documentLabel(DocumentKind::RepresentativeId), &page);
    for (DocumentField* field : {empty, attached, refused})
        layout->addWidget(field);
    layout->addStretch();
    page.resize(720, 420);
    QSignalSpy accepted(attached, &DocumentField::attached);
    QSignalSpy rejected(refused, &DocumentField::refused);
    const auto choose = [](DocumentField* field, const QString& file) {
        segurdesk::widgets::answerNextFileDialog(file);
        field->findChild<QPushButton*>(QStringLiteral("chooseButton"))->click();
    };
    choose(attached, files.write(QStringLiteral("kbis.pdf"), FileFixtures::noisyPdf(900 * Kilo)));
    choose(refused, files.write(QStringLiteral("carte-identite.jpg"), FileFixtures::noisyJpeg(6 * Mega)));
    if (!accepted.wait(20000) || (rejected.isEmpty() && !rejected.wait(20000)))
        return false;
    return save(page, path);
}

bool mainWindow(const QString& path)
{
    segurdesk::MainWindow window;
    segurdesk::services::PortalConnection portal;
    window.followPortal(portal);
    window.resize(960, 640);
    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    portal.open({});
    window.show();
    // Drawn once the drafts are listed, as the user sees the page a moment later.
    auto* listed = window.findChild<QLabel*>(QStringLiteral("draftsMessage"));
    return ready.wait(30000) && QTest::qWaitFor([listed] { return listed->isVisible(); }, 30000) && save(window, path);
}

// The row of `table` whose `column` starts with `text` made current, as a click would.
bool chooseRow(QTableView& table, int column, const QString& text)
{
    for (int row = 0; row < table.model()->rowCount(); ++row) {
        if (table.model()->index(row, column).data().toString().startsWith(text)) {
            table.setCurrentIndex(table.model()->index(row, column));
            return true;
        }
    }
    return false;
}

// The paid advance of the demonstration account in the details pane, its decision letter in the
// viewer, then the advance request form of the validated enrollment that has none.
bool dossierDetails(segurdesk::MainWindow& window, QTableView& table, const QDir& out, const QString& tail)
{
    auto* payments = window.findChild<QTreeWidget*>(QStringLiteral("paymentList"));
    if (!chooseRow(table, 1, QStringLiteral("AVA-"))
        || !QTest::qWaitFor([payments] { return payments->topLevelItemCount() > 0; }, 20000)
        || !save(window, out.filePath(QStringLiteral("dashboard-details") + tail)))
        return false;
    window.findChild<QPushButton*>(QStringLiteral("openDocumentButton"))->click();
    segurdesk::dashboard::DocumentViewer* viewer = nullptr;
    // Shown once its page is drawn (on a worker).
    if (!QTest::qWaitFor(
            [&] {
                viewer = window.findChild<segurdesk::dashboard::DocumentViewer*>();
                const QLabel* page = viewer != nullptr ? viewer->findChild<QLabel*>(QStringLiteral("page1")) : nullptr;
                return page != nullptr && page->isVisible();
            },
            20000))
        return false;
    if (!save(*viewer, out.filePath(QStringLiteral("document-viewer") + tail)))
        return false;
    viewer->close();
    auto* request = window.findChild<QPushButton*>(QStringLiteral("advanceButton"));
    if (!chooseRow(table, 2, QStringLiteral("Cèdres"))
        || !QTest::qWaitFor([request] { return request->isVisible(); }, 20000))
        return false;
    request->click();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("AdvanceRequestDialog"));
    auto* validate = dialog->findChild<QPushButton*>(QStringLiteral("validateButton"));
    if (!QTest::qWaitFor([validate] { return validate->isEnabled(); }, 20000))
        return false;
    const std::pair<const char*, int> counts[]
        = {{"currentApplicative", 12},   {"currentOrganizational", 35},   {"currentPersonal", 820},
           {"estimatedApplicative", 15}, {"estimatedOrganizational", 40}, {"estimatedPersonal", 900}};
    for (const auto& [name, count] : counts)
        dialog->findChild<QSpinBox*>(QString::fromLatin1(name))->setValue(count);
    const bool saved = save(*dialog, out.filePath(QStringLiteral("advance-request") + tail));
    dialog->reject();
    return saved;
}

// The demonstration firm's profile logged in beside the demonstration account's: a dossier of
// the profile not logged in, read from its copy on this computer.
bool otherProfile(segurdesk::MainWindow& window, QTableView& table, const QString& path)
{
    window.findChild<QPushButton*>(QStringLiteral("switchProfileButton"))->click();
    QDialog* login = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                login = window.findChild<QDialog*>(QStringLiteral("loginDialog"));
                return login != nullptr && login->isVisible();
            },
            20000))
        return false;
    login->findChild<QLineEdit*>(QStringLiteral("loginEdit"))
        ->setText(QString::fromLatin1(segurdesk::portal::EmbeddedSandbox::DemoFirmLogin));
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(QString::fromLatin1(segurdesk::portal::EmbeddedSandbox::DemoPassword));
    login->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* bar = window.findChild<QWidget*>(QStringLiteral("profileBar"));
    auto* profiles = window.findChild<QComboBox*>(QStringLiteral("profileFilter"));
    return QTest::qWaitFor([profiles] { return profiles->isEnabled(); }, 20000)
        && chooseRow(table, 2, QStringLiteral("Medimail")) && QTest::qWaitFor([bar] { return bar->isVisible(); }, 20000)
        && save(window, path);
}

// The demonstration portal's account: the login dialog the dossiers tab opens, then the
// dashboard with the account's dossiers and the details of one of them, then the firm's profile
// beside it.
bool dashboard(const QDir& out, const QString& tail)
{
    // The portal first: the window follows it and must not outlive it.
    segurdesk::services::PortalConnection portal;
    segurdesk::MainWindow window;
    window.followPortal(portal);
    window.resize(1100, 860);
    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    portal.open({});
    window.show();
    if (!ready.wait(30000))
        return false;
    window.findChild<QAction*>(QStringLiteral("actionDossiers"))->trigger();
    QDialog* login = nullptr;
    if (!QTest::qWaitFor([&] { return (login = window.findChild<QDialog*>(QStringLiteral("loginDialog"))); }, 5000))
        return false;
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
        ->setText(QString::fromLatin1(segurdesk::portal::EmbeddedSandbox::DemoPassword));
    if (!save(*login, out.filePath(QStringLiteral("login") + tail)))
        return false;
    login->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* table = window.findChild<QTableView*>(QStringLiteral("dossierTable"));
    auto* age = window.findChild<QLabel*>(QStringLiteral("dataAge"));
    auto* history = window.findChild<QTreeWidget*>(QStringLiteral("historyList"));
    return QTest::qWaitFor(
               [table, age, history] {
                   return table->model()->rowCount() > 0 && !age->text().isEmpty() && history->topLevelItemCount() > 0;
               },
               30000)
        && save(window, out.filePath(QStringLiteral("dashboard") + tail)) && dossierDetails(window, *table, out, tail)
        && otherProfile(window, *table, out.filePath(QStringLiteral("dashboard-profiles") + tail));
}

// A document chosen in the field `name` of `page`, as the file dialog would give it, and checked.
bool attach(QWidget* page, const char* name, const QString& file)
{
    auto* field = page->findChild<DocumentField*>(QString::fromLatin1(name));
    segurdesk::widgets::answerNextFileDialog(file);
    field->findChild<QPushButton*>(QStringLiteral("chooseButton"))->click();
    return QTest::qWaitFor([field] { return !field->filePath().isEmpty(); }, 20000);
}

void type(QWidget* page, const char* name, const QString& text)
{
    auto* edit = page->findChild<QLineEdit*>(QString::fromLatin1(name));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

// The wizard walked through as a user fills it in, each step drawn as they leave it: the
// solution found with one document still missing, the company found with its security code,
// the bank's domiciliation from the portal, "non assujetti" waiting for its certificate, the
// recap with its declarations, the security code asked for the submission, and the receipt.
bool enrollmentSteps(const QDir& out, const QString& tail)
{
    using namespace segurdesk::enrollment;
    QTemporaryDir folder;
    const FileFixtures files(folder.path());
    const auto pdf = [&files](const char* name) {
        return files.write(QString::fromLatin1(name), FileFixtures::pdf(1));
    };
    segurdesk::test::SandboxProcess sandbox;
    if (!sandbox.ok())
        return false;
    segurdesk::services::PortalConnection portal;
    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    portal.open(QUrl(sandbox.url()));
    if (!ready.wait(30000))
        return false;
    segurdesk::services::PortalLookups lookups(*portal.client());
    DossierEditor editor;
    segurdesk::services::DraftKeeper keeper;
    segurdesk::drafts::DraftAutosave autosave(editor, keeper);
    segurdesk::services::DossierSubmission submission(*portal.client(), keeper);
    EnrollmentWizard wizard(editor, lookups, autosave, submission);
    wizard.resize(760, 680);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;

    QWizardPage* page = wizard.currentPage();
    type(page, "numberEdit", QStringLiteral("MSS-2022-0042"));
    page->findChild<QPushButton*>(QStringLiteral("searchButton"))->click();
    if (!attach(page, "certificateField", pdf("certificat-referencement.pdf"))
        || !QTest::qWaitFor(
            [page] { return !page->findChild<QLineEdit*>(QStringLiteral("dsrEdit"))->text().isEmpty(); }, 20000)
        || !save(wizard, out.filePath(QStringLiteral("enrollment-referencing") + tail)))
        return false;
    if (!attach(page, "contractField", pdf("contrat-operateur.pdf")) || !page->isComplete())
        return false;
    wizard.next();

    page = wizard.currentPage();
    QSignalSpy company(&lookups, &segurdesk::services::PortalLookups::companyFound);
    type(page, "siretEdit", QStringLiteral("588 163 022 00019"));
    // The refresh button is enabled once an image is there.
    const auto codeShown = [page] {
        return QTest::qWaitFor(
            [page] { return page->findChild<QWidget*>(QStringLiteral("captchaRefreshButton"))->isEnabled(); }, 20000);
    };
    if (!codeShown())
        return false;
    type(page, "captchaEdit", QString::fromLatin1(segurdesk::test::SandboxProcess::CaptchaAnswer));
    page->findChild<QPushButton*>(QStringLiteral("companySearchButton"))->click();
    if (!company.wait(20000))
        return false;
    type(page, "tradeNameEdit", QStringLiteral("Medimail"));
    page->findChild<QRadioButton*>(QStringLiteral("legalYes"))->click();
    auto* representative = page->findChild<QWidget*>(QStringLiteral("representativeForm"));
    type(representative, "lastNameEdit", QStringLiteral("Martin"));
    type(representative, "firstNameEdit", QStringLiteral("Claire"));
    type(representative, "emailEdit", QStringLiteral("claire.martin@medimail.fr"));
    // The code used by the lookup has been replaced by a new one.
    if (!codeShown() || !save(wizard, out.filePath(QStringLiteral("enrollment-applicant") + tail)))
        return false;
    type(representative, "emailConfirmationEdit", QStringLiteral("claire.martin@medimail.fr"));
    type(representative, "phoneEdit", QStringLiteral("01 23 45 67 89"));
    auto* documentType = representative->findChild<QComboBox*>(QStringLiteral("idTypeCombo"));
    documentType->setFocus();
    QTest::keyClick(documentType, Qt::Key_Down);
    if (!attach(representative, "identityDocumentField", pdf("cni.pdf")) || !page->isComplete())
        return false;
    wizard.next();

    page = wizard.currentPage();
    QSignalSpy bank(&lookups, &segurdesk::services::PortalLookups::bankFound);
    type(page, "ibanEdit", QStringLiteral("FR7630006000011234567890189"));
    type(page, "holderEdit", QStringLiteral("MEDIMAIL CONNECT SA"));
    if (!bank.wait(20000) || !save(wizard, out.filePath(QStringLiteral("enrollment-bank") + tail)))
        return false;
    if (!attach(page, "ribField", pdf("rib.pdf")) || !page->isComplete())
        return false;
    wizard.next();

    page = wizard.currentPage();
    page->findChild<QRadioButton*>(QStringLiteral("rate_exempt"))->click();
    if (!save(wizard, out.filePath(QStringLiteral("enrollment-vat") + tail)))
        return false;
    page->findChild<QRadioButton*>(QStringLiteral("rate_20"))->click();
    wizard.next();

    page = wizard.currentPage();
    for (const char* name : {"termsCheck", "penalCheck", "truthCheck"})
        page->findChild<QCheckBox*>(QString::fromLatin1(name))->setChecked(true);
    if (!save(wizard, out.filePath(QStringLiteral("enrollment-recap") + tail)))
        return false;
    wizard.next();

    page = wizard.currentPage();
    auto* code = page->findChild<QLineEdit*>(QStringLiteral("captchaEdit"));
    if (!QTest::qWaitFor([code] { return code->isVisible(); }, 30000))
        return false;
    QTest::keyClicks(code, QString::fromLatin1(segurdesk::test::SandboxProcess::CaptchaAnswer));
    if (!save(wizard, out.filePath(QStringLiteral("enrollment-code") + tail)))
        return false;
    page->findChild<QPushButton*>(QStringLiteral("captchaSendButton"))->click();
    // Drawn once the draft sent is on record, as the user sees it a moment later.
    return QTest::qWaitFor([&wizard, &autosave] { return wizard.currentPage()->isComplete() && !autosave.isPending(); },
                           30000)
        && save(wizard, out.filePath(QStringLiteral("enrollment-receipt") + tail));
}

// The account's first login, on a new account: the password change half typed (its rules partly
// ticked) and the secret question; then the forgotten login and the password reset with its code.
bool accountDialogs(const QDir& out, const QString& tail)
{
    using namespace segurdesk::account;
    segurdesk::test::SandboxProcess sandbox;
    if (!sandbox.ok())
        return false;
    segurdesk::test::SandboxHttp http(sandbox.url());
    segurdesk::test::EnrollmentForm form;
    const auto credentials = segurdesk::test::SandboxEnrollment(sandbox, http).enrollValidated(form, "screenshots");
    segurdesk::services::PortalConnection portal;
    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    portal.open(QUrl(sandbox.url()));
    if (!ready.wait(30000))
        return false;
    segurdesk::services::AccountService account(*portal.client());
    QSignalSpy loggedIn(&account, &segurdesk::services::AccountService::finished);
    account.logIn(credentials.login, credentials.password);
    if (!loggedIn.wait(30000) || !account.isLoggedIn())
        return false;

    PasswordChangeDialog change(account);
    change.findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit"))->setText(credentials.password);
    change.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(QStringLiteral("Ségur-Desk-"));
    SecretQuestionDialog question(account);
    question.findChild<QComboBox*>(QStringLiteral("questionEdit"))->setCurrentIndex(1);
    question.findChild<QLineEdit*>(QStringLiteral("answerEdit"))->setText(QStringLiteral("Besançon"));
    ForgottenLoginDialog forgotten(account);
    forgotten.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("marie.dupont@example"));
    forgotten.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    PasswordResetDialog reset(account, credentials.login);
    reset.findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("48213907"));
    reset.findChild<QLineEdit*>(QStringLiteral("answerEdit"))->setText(QStringLiteral("Besançon"));
    for (const char* name : {"newPasswordEdit", "confirmationEdit"})
        reset.findChild<QLineEdit*>(QString::fromLatin1(name))->setText(QStringLiteral("Ségur-Desk-2024!"));
    return save(change, out.filePath(QStringLiteral("password-change") + tail))
        && save(question, out.filePath(QStringLiteral("secret-question") + tail))
        && save(forgotten, out.filePath(QStringLiteral("forgotten-login") + tail))
        && save(reset, out.filePath(QStringLiteral("password-reset") + tail));
}

// A computer without a keychain: the passphrase chosen to protect the drafts, with what was typed
// wrong.
bool passphrase(const QString& path)
{
    segurdesk::drafts::PassphraseDialog dialog(segurdesk::drafts::PassphraseDialog::Mode::Choose);
    dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(QStringLiteral("trois mots simples"));
    dialog.findChild<QLineEdit*>(QStringLiteral("confirmationEdit"))->setText(QStringLiteral("trois mots"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    return save(dialog, path);
}

// The settings, with a plain-http address to another computer refused.
bool settingsDialog(const QString& path)
{
    segurdesk::settings::SettingsDialog dialog({});
    dialog.findChild<QLineEdit*>(QStringLiteral("portalEdit"))->setText(QStringLiteral("http://portail.example.fr"));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    return save(dialog, path);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("where the PNG files go"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("fr or en"), QStringLiteral("lang"),
                                  QStringLiteral("fr"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("a dark palette"));
    const QCommandLineOption suffix(QStringLiteral("suffix"), QStringLiteral("added to each file name"),
                                    QStringLiteral("text"));
    parser.addOptions({lang, dark, suffix});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !segurdesk::installTranslations(app, parser.value(lang))) {
        std::fputs("usage: segurdesk-screenshots OUTDIR [--lang fr|en] [--dark] [--suffix TEXT]\n", stderr);
        return 2;
    }
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QDir out(parser.positionalArguments().first());
    const QString tail = parser.value(suffix) + QStringLiteral(".png");
    bool ok = documentFields(out.filePath(QStringLiteral("document-fields") + tail));
    ok = mainWindow(out.filePath(QStringLiteral("main-window") + tail)) && ok;
    ok = enrollmentSteps(out, tail) && ok;
    ok = passphrase(out.filePath(QStringLiteral("passphrase") + tail)) && ok;
    ok = settingsDialog(out.filePath(QStringLiteral("settings") + tail)) && ok;
    ok = dashboard(out, tail) && ok;
    ok = accountDialogs(out, tail) && ok;
    return ok ? 0 : 1;
}
