#include "app/widgets/MissingList.h"

#include <QEvent>
#include <QScrollArea>
#include <QStringList>

namespace segurdesk::widgets {

MissingList::MissingList(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("missingList"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) { activate(link.toInt()); });
    hide();
}

MissingList::~MissingList() = default;

void MissingList::setItems(const QList<Item>& items)
{
    m_items = items;
    showItems();
}

void MissingList::activate(int index)
{
    if (index < 0 || index >= m_items.size() || !m_items.at(index).target)
        return;
    QWidget* target = m_items.at(index).target;
    target->setFocus(Qt::OtherFocusReason);
    // A long page scrolls: the control comes into view.
    for (QWidget* parent = target->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(parent))
            area->ensureWidgetVisible(target);
    }
}

void MissingList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showItems();
    QLabel::changeEvent(event);
}

void MissingList::showItems()
{
    setVisible(!m_items.isEmpty());
    if (m_items.isEmpty())
        return clear();
    QStringList links;
    QStringList names;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QString name = m_items.at(i).name.toHtmlEscaped();
        // Only an item with a control to go to is a link.
        links.append(m_items.at(i).target ? QStringLiteral("<a href=\"%1\">%2</a>").arg(QString::number(i), name)
                                          : name);
        names.append(m_items.at(i).name);
    }
    const QString separator = tr(", ", "between the items of the list of what is missing");
    setText(tr("Still to complete: %1").arg(links.join(separator)));
    setAccessibleName(tr("Still to complete: %1").arg(names.join(separator)));
}

} // namespace segurdesk::widgets
