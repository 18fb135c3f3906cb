#include "core/portal/UploadDocument.h"

#include <QFile>
#include <QFileInfo>

namespace segurdesk::portal {

UploadDocument UploadDocument::fromFile(QString part, const QString& path, QByteArray contentType)
{
    UploadDocument document;
    document.part = std::move(part);
    document.fileName = QFileInfo(path).fileName();
    document.contentType = std::move(contentType);
    document.open = [path]() -> std::unique_ptr<QIODevice> {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return nullptr;
        return file;
    };
    return document;
}

} // namespace segurdesk::portal
