#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace segurdesk::widgets {

// Writes `content` to `path` on a worker (storage::saveFile: whole or not at all), then calls
// `done` on `owner`'s thread with what to tell the user ("Saved to …" or why it could not be
// written, the path as the system writes it) and whether it was saved. Nothing is called if
// `owner` is gone meanwhile.
void saveInBackground(QObject* owner, const QString& path, const QByteArray& content,
                      std::function<void(const QString& message, bool saved)> done);

} // namespace segurdesk::widgets
