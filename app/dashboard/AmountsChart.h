#pragma once

#include "app/dashboard/DossierRow.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLabel;
class QValueAxis;

namespace segurdesk::dashboard {

// A small bar chart of the amounts of the account's advance requests, VAT included: requested,
// granted by the ASP, and paid. The amounts are written under the bars, so the chart reads
// without them; it follows the window's palette and language.
class AmountsChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountsChart)

public:
    explicit AmountsChart(QWidget* parent = nullptr);
    ~AmountsChart() override;

    void setTotals(const AdvanceTotals& totals);

protected:
    void changeEvent(QEvent* event) override;

private:
    void redraw();
    void followPalette();

    QChart* m_chart;
    QBarSet* m_amounts;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_scale;
    QLabel* m_figures;
    AdvanceTotals m_totals;
};

} // namespace segurdesk::dashboard
