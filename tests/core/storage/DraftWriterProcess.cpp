// Child process of DraftCrashTest: autosaves one draft as fast as it can, forever, until it is
// killed. Each round attaches a new version of a document, then saves the dossier with the same
// version number, and prints the number once both are on disk. The key comes on stdin.
#include "core/storage/DraftStore.h"
#include "tests/core/storage/DraftVersions.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace segurdesk::storage;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 64;
    const QString& root = args.at(1);
    const QString& draftId = args.at(2);
    const QString& scratch = args.at(3);

    char line[128] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return 65;
    DraftStore store(root, segurdesk::crypto::SecretKey::fromBytes(QByteArray::fromHex(QByteArray(line).trimmed())));

    Draft draft;
    if (store.load(draftId, draft))
        return 66;
    int version = segurdesk::storage::testing::dossierVersion(draft.dossier());
    for (;;) {
        ++version;
        QFile source(scratch);
        if (!source.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || source.write(segurdesk::storage::testing::documentFor(version)) < 0)
            return 67;
        source.close();
        if (store.attach(draft, QStringLiteral("document"), scratch))
            return 68;
        draft.setDossier(segurdesk::storage::testing::dossierFor(version));
        if (store.save(draft))
            return 69;
        const QByteArray saved = QByteArray::number(version) + '\n';
        std::fputs(saved.constData(), stdout);
        std::fflush(stdout);
    }
}
