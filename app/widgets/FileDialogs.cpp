#include "app/widgets/FileDialogs.h"

#include <QFileDialog>
#include <QTimer>

namespace segurdesk::widgets {

namespace {

// The tests' answers, for the next dialogs in turn.
QList<QStringList>& nextAnswers()
{
    static QList<QStringList> answers;
    return answers;
}

// The dialog, or the test's answer; `prepare` sets the dialog up for opening or saving.
void chooseFiles(QWidget* parent, const QString& title, const QString& nameFilter,
                 std::function<void(const QStringList& paths)> chosen, const std::function<void(QFileDialog&)>& prepare)
{
    if (!nextAnswers().isEmpty()) {
        QTimer::singleShot(0, parent,
                           [chosen = std::move(chosen), paths = nextAnswers().takeFirst()] { chosen(paths); });
        return;
    }
    auto* dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(nameFilter);
    prepare(*dialog);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent, std::move(chosen));
    dialog->open();
}

std::function<void(const QStringList&)> first(std::function<void(const QString&)> chosen)
{
    return [chosen = std::move(chosen)](const QStringList& paths) {
        if (!paths.isEmpty())
            chosen(paths.first());
    };
}

} // namespace

void chooseFileToOpen(QWidget* parent, const QString& title, const QString& nameFilter,
                      std::function<void(const QString& path)> chosen)
{
    chooseFiles(parent, title, nameFilter, first(std::move(chosen)),
                [](QFileDialog& dialog) { dialog.setFileMode(QFileDialog::ExistingFile); });
}

void chooseFilesToOpen(QWidget* parent, const QString& title, const QString& nameFilter,
                       std::function<void(const QStringList& paths)> chosen)
{
    chooseFiles(parent, title, nameFilter, std::move(chosen),
                [](QFileDialog& dialog) { dialog.setFileMode(QFileDialog::ExistingFiles); });
}

void chooseFileToSave(QWidget* parent, const QString& title, const QString& nameFilter, const QString& suggestedName,
                      std::function<void(const QString& path)> chosen)
{
    chooseFiles(parent, title, nameFilter, first(std::move(chosen)), [&suggestedName](QFileDialog& dialog) {
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.selectFile(suggestedName);
    });
}

void answerNextFileDialog(const QString& path)
{
    nextAnswers().append(QStringList {path});
}

void answerNextFileDialog(const QStringList& paths)
{
    nextAnswers().append(paths);
}

} // namespace segurdesk::widgets
