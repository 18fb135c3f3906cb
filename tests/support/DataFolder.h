#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace segurdesk::test {

// Points the application's data folder (XDG_DATA_HOME) under a file of `dir`, so that the folder
// cannot be made, as on a full or read-only disk. Returns that file's path, which messages name;
// empty if the file could not be written.
inline QString makeDataFolderUnusable(const QTemporaryDir& dir)
{
    QString file = dir.filePath(QStringLiteral("not-a-folder"));
    QFile blocker(file);
    if (!blocker.open(QIODevice::WriteOnly))
        return {};
    qputenv("XDG_DATA_HOME", file.toLocal8Bit());
    return file;
}

} // namespace segurdesk::test
