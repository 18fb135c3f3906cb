// segurdesk-screenshots OUTDIR [--lang fr|en] [--dark] [--suffix TEXT]: the app's screens as an
// operator sees them, with real files made here and the real sandbox as the portal, saved as
// PNG in OUTDIR for docs/screenshots (scripts/screenshots runs it under Xvfb). Not a test: it
// asserts nothing; people look at what it draws.
#include "app/enrollment/BankPage.h"
#include "app/enrollment/DossierEditor.h"
#include "app/enrollment/EnrollmentWizard.h"
#include "app/enrollment/VatPage.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "app/window/MainWindow.h"
#include "core/i18n/Translations.h"
#include "core/model/DocumentKind.h"
#include "core/services/PortalConnection.h"
#include "core/storage/ApplicationIdentity.h"
#include "tests/core/files/FileFixtures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
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
    auto* empty = new DocumentField(documentLabel(DocumentKind::RepresentativeId), &page);
    auto* attached = new DocumentField(documentLabel(DocumentKind::Kbis), &page);
    auto* refused = new DocumentField(documentLabel(DocumentKind::Rib), &page);
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
    choose(refused, files.write(QStringLiteral("rib-scan.pdf"), FileFixtures::padded(FileFixtures::pdf(1), 6 * Mega)));
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
    return ready.wait(30000) && save(window, path);
}

// Steps 3 and 4 as a user leaves them: the bank page with the portal's domiciliation and one thing
// still missing, and "non assujetti" waiting for its certificate.
bool enrollmentSteps(const QString& bankPath, const QString& vatPath)
{
    using namespace segurdesk::enrollment;
    QTemporaryDir folder;
    const FileFixtures files(folder.path());
    segurdesk::services::PortalConnection portal;
    QSignalSpy ready(&portal, &segurdesk::services::PortalConnection::ready);
    portal.open({});
    if (!ready.wait(30000))
        return false;
    segurdesk::services::PortalLookups lookups(*portal.client());
    DossierEditor editor;
    EnrollmentWizard wizard(editor, lookups);
    auto* bank = qobject_cast<BankPage*>(wizard.page(EnrollmentWizard::Bank));
    auto* vat = qobject_cast<VatPage*>(wizard.page(EnrollmentWizard::Vat));
    wizard.resize(760, 640);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    QSignalSpy found(&lookups, &segurdesk::services::PortalLookups::bankFound);
    auto* iban = bank->findChild<QLineEdit*>(QStringLiteral("ibanEdit"));
    iban->setFocus();
    QTest::keyClicks(iban, QStringLiteral("FR7630006000011234567890189"));
    QTest::keyClick(iban, Qt::Key_Tab);
    QTest::keyClicks(bank->findChild<QLineEdit*>(QStringLiteral("holderEdit")), QStringLiteral("MEDIMAIL CONNECT SA"));
    if ((found.isEmpty() && !found.wait(20000)) || !save(wizard, bankPath))
        return false;
    // The RIB attached, "Suivant" to step 4.
    segurdesk::widgets::answerNextFileDialog(files.write(QStringLiteral("rib.pdf"), FileFixtures::pdf(1)));
    bank->findChild<QWidget*>(QStringLiteral("ribField"))
        ->findChild<QPushButton*>(QStringLiteral("chooseButton"))
        ->click();
    if (!QTest::qWaitFor([&] { return bank->isComplete(); }, 20000))
        return false;
    wizard.next();
    vat->findChild<QRadioButton*>(QStringLiteral("rate_exempt"))->click();
    return save(wizard, vatPath);
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
    ok = enrollmentSteps(out.filePath(QStringLiteral("enrollment-bank") + tail),
                         out.filePath(QStringLiteral("enrollment-vat") + tail))
        && ok;
    return ok ? 0 : 1;
}
