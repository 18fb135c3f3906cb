#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

namespace segurdesk::portal {

// One file part of an upload. The content is streamed from a device opened anew for each
// attempt, never read into memory by the client.
struct UploadDocument
{
    // The part name of the contract ("rib", model::documentKey()).
    QString part;
    // The file name sent with the part.
    QString fileName;
    // "application/pdf", "image/jpeg" or "image/png", as the file inspector found it.
    QByteArray contentType;
    // Returns the content ready to read from its start: a random-access device (QFile, or a
    // decrypting device of the draft store) whose size() is exact. nullptr when it cannot.
    std::function<std::unique_ptr<QIODevice>()> open;

    // A document read from a plain file.
    static UploadDocument fromFile(QString part, const QString& path, QByteArray contentType);
};

} // namespace segurdesk::portal
