// segurdesk_attaching_app DOCUMENT: the app's own objects (dossier editor, autosave, document
// field) in a process of its own, for tests that kill it while a document is being attached. It
// types a few fields and saves the draft, then attaches DOCUMENT through the field as a user
// would and writes the draft again at once. Says where it stands on stdout, one line each:
// "saved ID" (the draft holds the fields), "attaching" (the file is being checked), "writing"
// (the draft with the document is being written), "written".
#include "app/drafts/DraftAutosave.h"
#include "app/enrollment/DossierEditor.h"
#include "app/widgets/DocumentField.h"
#include "app/widgets/FileDialogs.h"
#include "core/model/DocumentKind.h"
#include "core/services/DraftKeeper.h"
#include "core/storage/ApplicationIdentity.h"

#include <QApplication>
#include <QPushButton>
#include <QTextStream>

using namespace segurdesk;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    storage::setApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2)
        return 2;
    QTextStream out(stdout);

    enrollment::DossierEditor editor;
    services::DraftKeeper keeper;
    drafts::DraftAutosave autosave(editor, keeper);
    widgets::DocumentField field(model::documentLabel(model::DocumentKind::Kbis));
    QObject::connect(&field, &widgets::DocumentField::attached, &editor,
                     [&](const QString& path, const files::FileInspection& inspection) {
                         editor.attach(model::DocumentKind::Kbis, path, inspection);
                         autosave.saveNow();
                         out << "writing" << Qt::endl;
                     });
    int saves = 0;
    QObject::connect(&keeper, &services::DraftKeeper::saved, &app, [&] {
        if (++saves == 1) {
            out << "saved " << keeper.draftId() << Qt::endl;
            widgets::answerNextFileDialog(arguments.at(1));
            field.findChild<QPushButton*>(QStringLiteral("chooseButton"))->click();
            out << "attaching" << Qt::endl;
        } else {
            out << "written" << Qt::endl;
        }
    });
    QObject::connect(&keeper, &services::DraftKeeper::saveFailed, &app, [&](const QString& message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });

    editor.edit([](model::Dossier& dossier) {
        dossier.referencing.number = QStringLiteral("MSS-2022-0042");
        dossier.applicant.siret = QStringLiteral("58816302200019");
        dossier.applicant.companyName = QStringLiteral("MEDIMAIL CONNECT SA");
    });
    autosave.saveNow();
    return QApplication::exec();
}
