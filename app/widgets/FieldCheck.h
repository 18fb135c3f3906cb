#pragma once

#include "core/validation/ValidationResult.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QRegularExpression;

namespace segurdesk::widgets {

// Checks one line edit as the user types, the way a careful form does:
// - characters that never belong in the value (a letter in a SIRET) are refused at the keystroke
//   (setAllowedInput);
// - the full check, one of core/validation's functions, runs after a pause in the typing and
//   when the field is left; its message goes in the label beside the field, with words that say
//   whether it is an error or a warning, and becomes the line edit's accessible description;
// - the message shows only once the user has finished a first edit (Entrée, Tab, or the field
//   left) or once reveal() is called ("Suivant" pressed): never while the first characters of a
//   value are being typed;
// - a presentation (setPresentation: an IBAN in groups of four) is applied as the user types,
//   the cursor staying after the same character.
// The checks are pure computations of a few microseconds: they run on the GUI thread.
class FieldCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldCheck)

public:
    using Check = std::function<ValidationResult(QStringView)>;

    // `edit` and `message` must outlive this object (make it their parent's child).
    FieldCheck(QLineEdit* edit, QLabel* message, Check check, QObject* parent = nullptr);
    ~FieldCheck() override;

    void setAllowedInput(const QRegularExpression& pattern);
    void setPresentation(std::function<QString(QStringView)> present);

    // The check of the text as it is now (not waiting for the pause).
    ValidationResult result() const;
    bool isValid() const { return result().isValid(); }
    // Shows the message now, even before a first edit is finished.
    void reveal();

    // How long the typing pauses before the message follows it.
    static constexpr int PauseMs = 300;

signals:
    // After each check shown: whether the value is acceptable (warnings are).
    void checked(bool valid);

private:
    void edited();
    void show();

    QLineEdit* m_edit;
    QLabel* m_message;
    Check m_check;
    std::function<QString(QStringView)> m_present;
    QTimer m_pause;
    bool m_revealed = false;
};

} // namespace segurdesk::widgets
