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

} // namespace

void chooseFileToOpen(QWidget* parent, const QString& title, const QString& nameFilter,
                      std::function<void(const QString& path)> chosen)
{
    if (std::optional<QString> answer = std::exchange(nextAnswer(), std::nullopt)) {
        QTimer::singleShot(0, parent, [chosen = std::move(chosen), path = *answer] { chosen(path); });
        return;
    }
    auto* dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(nameFilter);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

void answerNextFileDialog(const QString& path)
{
    nextAnswer() = path;
}

} // namespace segurdesk::widgets
