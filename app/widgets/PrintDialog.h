#pragma once

#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace segurdesk::widgets {

// The print dialog, window-modal and opened with open() (no nested event loop): `chosen` runs
// with the printer set up as the user asked, once they confirm, and never if they cancel. The
// printer is the caller's to print on, from any one thread (a worker: printing waits on the
// print system), as long as it keeps the pointer.
void choosePrinter(QWidget* parent, const QString& documentName, std::function<void(std::shared_ptr<QPrinter>)> chosen);

// The seam for tests: the next choosePrinter() shows nothing and answers, from the event loop, a
// printer that prints to the PDF file `path`.
void answerNextPrintDialog(const QString& path);

} // namespace segurdesk::widgets
