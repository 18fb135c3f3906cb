#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace segurdesk::widgets {

// A question whose answer decides what happens next, window-modal and opened with open() (no
// nested event loop): `answered` runs with the button the user chose. `accept` names the button
// that does it ("Abandonner"); `keep` the one that changes nothing, the default and the Escape
// key's.
void ask(QWidget* parent, const QString& title, const QString& text, const QString& accept, const QString& keep,
         std::function<void(bool accepted)> answered);

// The seam for tests: the next ask() shows nothing and answers `accepted` from the event loop.
void answerNextQuestion(bool accepted);

} // namespace segurdesk::widgets
