#include "app/dashboard/AmountsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>

namespace segurdesk::dashboard {

namespace {

double euros(model::Money amount)
{
    return double(amount.cents()) / 100.0;
}

} // namespace

AmountsChart::AmountsChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_amounts(new QBarSet(QString()))
    , m_categories(new QBarCategoryAxis)
    , m_scale(new QValueAxis)
    , m_figures(new QLabel(this))
{
    // Bars across, their words on the left: the amounts read in a narrow pane.
    auto* series = new QHorizontalBarSeries;
    series->append(m_amounts);
    series->setBarWidth(0.6);
    m_chart->addSeries(series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_scale, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_scale);
    // The amounts are in the categories' words: a scale would only repeat them.
    m_scale->setVisible(false);
    m_chart->legend()->hide();
    m_categories->setGridLineVisible(false);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins({0, 0, 0, 0});
    auto* view = new QChartView(m_chart, this);
    view->setObjectName(QStringLiteral("amountsChartView"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    m_figures->setObjectName(QStringLiteral("amountsFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(m_figures);
    setMinimumWidth(32 * fontMetrics().averageCharWidth());
    followPalette();
    redraw();
}

AmountsChart::~AmountsChart() = default;

void AmountsChart::setTotals(const AdvanceTotals& totals)
{
    m_totals = totals;
    redraw();
}

void AmountsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        redraw();
    else if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWidget::changeEvent(event);
}

void AmountsChart::redraw()
{
    // Drawn from the bottom up: requested comes last to be on top.
    m_categories->setCategories({tr("Paid"), tr("Granted"), tr("Requested")});
    m_amounts->remove(0, m_amounts->count());
    m_amounts->append({euros(m_totals.paid), euros(m_totals.granted), euros(m_totals.requested)});
    // Some room above the highest bar; an account without advance has an empty scale of one euro.
    m_scale->setRange(0, qMax(1.0, euros(m_totals.requested) * 1.1));
    m_chart->setTitle(tr("Advance requests, VAT included"));
    // The amounts in words under the bars, which only give their sizes: an axis label would be
    // cut short in a narrow pane.
    m_figures->setText(tr("Requested: %1\nGranted: %2\nPaid: %3")
                           .arg(m_totals.requested.format(), m_totals.granted.format(), m_totals.paid.format()));
    setAccessibleName(tr("Amounts of the advance requests"));
    setAccessibleDescription(m_figures->text());
}

void AmountsChart::followPalette()
{
    const QPalette colours = palette();
    m_chart->setTitleBrush(colours.color(QPalette::WindowText));
    m_categories->setLabelsColor(colours.color(QPalette::WindowText));
    m_categories->setLinePenColor(colours.color(QPalette::Mid));
    m_amounts->setColor(colours.color(QPalette::Highlight));
    m_amounts->setBorderColor(colours.color(QPalette::Highlight));
}

} // namespace segurdesk::dashboard
