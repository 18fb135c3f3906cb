#include "app/dashboard/StatusChipDelegate.h"

#include "app/dashboard/DossierRow.h"
#include "app/dashboard/DossierTableModel.h"
#include "app/widgets/SeverityColour.h"

#include <QApplication>
#include <QPainter>

namespace segurdesk::dashboard {

namespace {

// The chip's fill and text for `tone`, readable on `palette`'s base colour.
std::pair<QColor, QColor> chipColours(DossierRow::Tone tone, const QPalette& palette)
{
    const bool light = palette.color(QPalette::Window).lightness() > 128;
    QColor hue;
    switch (tone) {
    case DossierRow::Tone::Done:
        hue = light ? QColor(0x1e, 0x6b, 0x34) : QColor(0x8f, 0xd6, 0x9f);
        break;
    case DossierRow::Tone::ToDo:
        hue = widgets::severityColour(Severity::Warning, palette);
        break;
    case DossierRow::Tone::Refused:
        hue = widgets::severityColour(Severity::Error, palette);
        break;
    case DossierRow::Tone::InProgress:
        hue = light ? QColor(0x1f, 0x4e, 0x8c) : QColor(0x9c, 0xc2, 0xf5);
        break;
    }
    QColor fill = hue;
    fill.setAlpha(light ? 36 : 56);
    return {fill, hue};
}

constexpr int Padding = 6;

} // namespace

StatusChipDelegate::StatusChipDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

StatusChipDelegate::~StatusChipDelegate() = default;

void StatusChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    // The cell's background, selection and focus as the style draws them, without the text.
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const auto tone = static_cast<DossierRow::Tone>(index.data(DossierTableModel::ToneRole).toInt());
    const auto [fill, ink] = chipColours(tone, option.palette);
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 2;
    QRect chip(option.rect.left() + Padding, option.rect.center().y() - height / 2 + 1,
               std::min(metrics.horizontalAdvance(text) + 2 * Padding + 2, option.rect.width() - 2 * Padding), height);
    painter->save();
    // The style may have left another font on the painter while drawing the selection.
    painter->setFont(option.font);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : ink);
    painter->drawText(chip.adjusted(Padding, 0, -Padding, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, chip.width() - 2 * Padding + 2));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 4 * Padding;
    return size;
}

} // namespace segurdesk::dashboard
