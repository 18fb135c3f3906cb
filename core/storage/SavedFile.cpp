#include "core/storage/SavedFile.h"

#include <QSaveFile>

namespace segurdesk::storage {

QString saveFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return {};
    return file.errorString();
}

} // namespace segurdesk::storage
