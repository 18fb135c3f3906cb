#include "app/widgets/FieldCheck.h"

#include "app/widgets/SeverityColour.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace segurdesk::widgets {

namespace {

// Characters of `text` before `position` that the presentation keeps (not spaces it adds).
qsizetype significantBefore(const QString& text, qsizetype position)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < position && i < text.size(); ++i)
        count += text.at(i).isSpace() ? 0 : 1;
    return count;
}

qsizetype positionAfter(const QString& text, qsizetype significant)
{
    qsizetype i = 0;
    for (; i < text.size() && significant > 0; ++i)
        significant -= text.at(i).isSpace() ? 0 : 1;
    return i;
}

} // namespace

FieldCheck::FieldCheck(QLineEdit* edit, QLabel* message, Check check, QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_message(message)
    , m_check(std::move(check))
{
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &FieldCheck::show);
    connect(m_edit, &QLineEdit::textEdited, this, &FieldCheck::edited);
    connect(m_edit, &QLineEdit::editingFinished, this, &FieldCheck::reveal);
}

FieldCheck::~FieldCheck() = default;

void FieldCheck::setAllowedInput(const QRegularExpression& pattern)
{
    m_edit->setValidator(new QRegularExpressionValidator(pattern, m_edit));
}

void FieldCheck::setPresentation(std::function<QString(QStringView)> present)
{
    m_present = std::move(present);
}

ValidationResult FieldCheck::result() const
{
    return m_check(m_edit->text());
}

void FieldCheck::reveal()
{
    m_revealed = true;
    m_pause.stop();
    show();
}

void FieldCheck::edited()
{
    if (m_present) {
        const QString text = m_edit->text();
        const QString presented = m_present(text);
        if (presented != text) {
            const qsizetype significant = significantBefore(text, m_edit->cursorPosition());
            m_edit->setText(presented);
            m_edit->setCursorPosition(int(positionAfter(presented, significant)));
        }
    }
    if (m_revealed)
        m_pause.start();
}

void FieldCheck::show()
{
    const ValidationResult checkResult = result();
    if (!m_revealed || checkResult.severity == Severity::Ok) {
        m_message->hide();
        m_edit->setAccessibleDescription({});
    } else {
        const QString text = checkResult.severity == Severity::Error ? tr("Error: %1").arg(checkResult.message)
                                                                     : tr("Warning: %1").arg(checkResult.message);
        QPalette palette = m_message->palette();
        palette.setColor(QPalette::WindowText, severityColour(checkResult.severity, m_edit->palette()));
        m_message->setPalette(palette);
        m_message->setText(text);
        m_message->show();
        m_edit->setAccessibleDescription(text);
    }
    emit checked(checkResult.isValid());
}

} // namespace segurdesk::widgets
