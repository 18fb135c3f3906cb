#include "app/widgets/Questions.h"

#include <QPushButton>
#include <QTimer>

#include <optional>

namespace segurdesk::widgets {

namespace {

std::optional<bool>& nextAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

} // namespace

void ask(QWidget* parent, const QString& title, const QString& text, const QString& accept, const QString& keep,
         std::function<void(bool accepted)> answered)
{
    if (std::optional<bool> answer = std::exchange(nextAnswer(), std::nullopt)) {
        QTimer::singleShot(0, parent, [answered = std::move(answered), accepted = *answer] { answered(accepted); });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("questionBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = box->addButton(accept, QMessageBox::DestructiveRole);
    QPushButton* no = box->addButton(keep, QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::finished, parent,
                     [box, yes, answered = std::move(answered)] { answered(box->clickedButton() == yes); });
    box->open();
}

void answerNextQuestion(bool accepted)
{
    nextAnswer() = accepted;
}

} // namespace segurdesk::widgets
