#include "app/widgets/SaveInBackground.h"

#include "core/services/Worker.h"
#include "core/storage/SavedFile.h"

#include <QCoreApplication>
#include <QDir>

namespace segurdesk::widgets {

void saveInBackground(QObject* owner, const QString& path, const QByteArray& content,
                      std::function<void(const QString& message, bool saved)> done)
{
    services::runOnWorker(
        owner, [path, content] { return storage::saveFile(path, content); },
        [path, done = std::move(done)](const QString& problem) {
            const QString shown = QDir::toNativeSeparators(path);
            if (problem.isEmpty())
                done(QCoreApplication::translate("SaveInBackground", "Saved to %1.").arg(shown), true);
            else
                done(QCoreApplication::translate("SaveInBackground", "%1 cannot be written: %2").arg(shown, problem),
                     false);
        });
}

} // namespace segurdesk::widgets
