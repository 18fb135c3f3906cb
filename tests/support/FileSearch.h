#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <gtest/gtest.h>

namespace segurdesk::test {

// What a search of every file under a folder found, and how much it searched: a test that finds
// no secret also checks that it read the files it meant to, so that searching the wrong folder,
// or a file it cannot open, fails instead of passing.
struct FileSearch
{
    QStringList hits; // files holding at least one needle
    QStringList unreadable; // not regular files, or files that could not be read to their end
    int files = 0; // files read to their end
    qint64 bytes = 0; // their total size
};

// Reads every file under `dir` (hidden ones and links included, through subfolders); a file is a
// hit when `holds` says its content holds what is searched for.
FileSearch searchFiles(const QString& dir, const std::function<bool(const QByteArray& content)>& holds);
// The files holding any of the needles, byte for byte.
FileSearch searchFiles(const QString& dir, const QList<QByteArray>& needles);

// Success when the search found nothing, could read every file, and read at least `minimumFiles`
// files and `minimumBytes` bytes; otherwise says which of these failed.
::testing::AssertionResult foundNothing(const FileSearch& search, int minimumFiles, qint64 minimumBytes);

} // namespace segurdesk::test
