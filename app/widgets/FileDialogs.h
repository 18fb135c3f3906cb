#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace segurdesk::widgets {

// The file dialog that picks one existing file, window-modal and opened with open() (no nested
// event loop): `chosen` runs with the path once the user has picked one, and never if they
// cancel. `nameFilter` as QFileDialog takes it ("Documents (*.pdf *.png)").
void chooseFileToOpen(QWidget* parent, const QString& title, const QString& nameFilter,
                      std::function<void(const QString& path)> chosen);

// The same for one or more existing files, in the order the user picked them.
void chooseFilesToOpen(QWidget* parent, const QString& title, const QString& nameFilter,
                       std::function<void(const QStringList& paths)> chosen);

// The same for a file to write, `suggestedName` proposed; the dialog asks before replacing one.
void chooseFileToSave(QWidget* parent, const QString& title, const QString& nameFilter, const QString& suggestedName,
                      std::function<void(const QString& path)> chosen);

// The seam for tests: the next dialog shows nothing and answers `path` (or `paths`) from the
// event loop, as the dialog would. Answers given in a row go to the next dialogs in turn.
void answerNextFileDialog(const QString& path);
void answerNextFileDialog(const QStringList& paths);

} // namespace segurdesk::widgets
