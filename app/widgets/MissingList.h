#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

namespace segurdesk::widgets {

// Under a form page whose "Suivant" is disabled: a short list of what is still missing on it,
// each item a link that takes the focus to the control that fixes it ("Encore à compléter :
// IBAN, Titulaire du compte, RIB"). Hidden when nothing is missing. Keyboard users reach the
// links with Tab and follow one with Entrée.
class MissingList : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingList)

public:
    struct Item
    {
        QString name;
        QPointer<QWidget> target;
    };

    explicit MissingList(QWidget* parent = nullptr);
    ~MissingList() override;

    void setItems(const QList<Item>& items);
    const QList<Item>& items() const { return m_items; }
    // Follows the link of item `index`, as a click on it does.
    void activate(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showItems();

    QList<Item> m_items;
};

} // namespace segurdesk::widgets
