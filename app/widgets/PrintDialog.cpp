#include "app/widgets/PrintDialog.h"

#include <QPrintDialog>
#include <QPrinter>
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

void choosePrinter(QWidget* parent, const QString& documentName, std::function<void(std::shared_ptr<QPrinter>)> chosen)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(documentName);
    if (std::optional<QString> path = std::exchange(nextAnswer(), std::nullopt)) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(*path);
        QTimer::singleShot(0, parent, [chosen = std::move(chosen), printer] { chosen(printer); });
        return;
    }
    auto* dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The printer is handed over once the dialog, which works on it, is gone.
    auto accepted = std::make_shared<bool>(false);
    QObject::connect(dialog, &QDialog::accepted, [accepted] { *accepted = true; });
    QObject::connect(dialog, &QObject::destroyed, parent, [accepted, chosen = std::move(chosen), printer] {
        if (*accepted)
            chosen(printer);
    });
    dialog->open();
}

void answerNextPrintDialog(const QString& path)
{
    nextAnswer() = path;
}

} // namespace segurdesk::widgets
