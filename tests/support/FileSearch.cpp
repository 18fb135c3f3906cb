#include "tests/support/FileSearch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace segurdesk::test {

FileSearch searchFiles(const QString& dir, const std::function<bool(const QByteArray& content)>& holds)
{
    FileSearch search;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        // A pipe or a socket would block or mean nothing read: neither is a file searched.
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly)) {
            search.unreadable << file.fileName();
            continue;
        }
        const QByteArray content = file.readAll();
        if (content.size() != file.size()) {
            search.unreadable << file.fileName();
            continue;
        }
        ++search.files;
        search.bytes += content.size();
        if (holds(content))
            search.hits << file.fileName();
    }
    return search;
}

FileSearch searchFiles(const QString& dir, const QList<QByteArray>& needles)
{
    return searchFiles(dir, [&needles](const QByteArray& content) {
        return std::any_of(needles.cbegin(), needles.cend(),
                           [&content](const QByteArray& needle) { return content.contains(needle); });
    });
}

::testing::AssertionResult foundNothing(const FileSearch& search, int minimumFiles, qint64 minimumBytes)
{
    if (search.hits.isEmpty() && search.unreadable.isEmpty() && search.files >= minimumFiles
        && search.bytes >= minimumBytes)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "found in: " << search.hits.join(QStringLiteral(", ")).toStdString()
                                         << "; unreadable: "
                                         << search.unreadable.join(QStringLiteral(", ")).toStdString() << "; read "
                                         << search.files << " files (at least " << minimumFiles << " expected) and "
                                         << search.bytes << " bytes (at least " << minimumBytes << " expected)";
}

} // namespace segurdesk::test
