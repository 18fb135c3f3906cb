#pragma once

#include <QStyledItemDelegate>

namespace segurdesk::dashboard {

// Draws a status cell as a rounded chip tinted after its DossierRow::Tone (DossierTableModel's
// ToneRole), its text always written on it: the colour helps, the words say it. The tints follow
// the palette, light or dark. GUI thread.
class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChipDelegate)

public:
    explicit StatusChipDelegate(QObject* parent = nullptr);
    ~StatusChipDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace segurdesk::dashboard
