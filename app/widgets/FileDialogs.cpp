#include "app/widgets/FileDialogs.h"

#include <QFileDialog>
#include <QTimer>

#include <optional>

namespace segurdesk::widgets {

namespace {

std::optional<QString>& nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

// The dialog, or the test's answer; `prepare` sets the dialog up for opening or saving.
void chooseFile(QWidget* parent, const QString& title, const QString& nameFilter,
                std::function<void(const QString& path)> chosen, const std::function<void(QFileDialog&)>& prepare)
{
    if (std::optional<QString> answer = std::exchange(nextAnswer(), std::nullopt)) {
        QTimer::singleShot(0, parent, [chosen = std::move(chosen), path = *answer] { chosen(path); });
        return;
    }
    auto* dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(nameFilter);
    prepare(*dialog);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

} // namespace

void chooseFileToOpen(QWidget* parent, const QString& title, const QString& nameFilter,
                      std::function<void(const QString& path)> chosen)
{
    chooseFile(parent, title, nameFilter, std::move(chosen),
               [](QFileDialog& dialog) { dialog.setFileMode(QFileDialog::ExistingFile); });
}

void chooseFileToSave(QWidget* parent, const QString& title, const QString& nameFilter, const QString& suggestedName,
                      std::function<void(const QString& path)> chosen)
{
    chooseFile(parent, title, nameFilter, std::move(chosen), [&suggestedName](QFileDialog& dialog) {
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.selectFile(suggestedName);
    });
}

void answerNextFileDialog(const QString& path)
{
    nextAnswer() = path;
}

} // namespace segurdesk::widgets
