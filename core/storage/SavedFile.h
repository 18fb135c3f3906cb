#pragma once

#include <QByteArray>
#include <QString>

namespace segurdesk::storage {

// Writes `content` to `path` atomically (QSaveFile): a fault leaves the previous file, or none,
// never half of this one. Returns why it failed, empty on success. Any thread.
QString saveFile(const QString& path, const QByteArray& content);

} // namespace segurdesk::storage
