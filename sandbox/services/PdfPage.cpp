#include "sandbox/services/PdfPage.h"

#include <QCoreApplication>
#include <QPageSize>

namespace segurdesk::sandbox {

PdfPage::PdfPage(const QString& title)
    : m_buffer(&m_bytes)
    , m_writer(&m_buffer)
    , m_y(mm(40))
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setResolution(300);
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("segurdesk-sandbox"));
    m_painter.begin(&m_writer);
    // Letterhead: a blue band with the agency's name.
    m_painter.fillRect(QRect(mm(15), mm(12), mm(180), mm(18)), QColor(0, 0, 145));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(14);
    font.setBold(true);
    m_painter.setFont(font);
    m_painter.setPen(Qt::white);
    m_painter.drawText(QRect(mm(20), mm(12), mm(170), mm(18)), Qt::AlignVCenter | Qt::AlignLeft,
                       QCoreApplication::translate("PdfPage", "Agence de services et de paiement — Ségur Numérique"));
    m_painter.setPen(Qt::black);
}

PdfPage::~PdfPage()
{
    if (m_painter.isActive())
        m_painter.end();
}

int PdfPage::mm(double millimetres) const
{
    return int(millimetres * 300 / 25.4);
}

void PdfPage::heading(const QString& text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(13);
    font.setBold(true);
    m_painter.setFont(font);
    const QRect box(mm(15), m_y, mm(180), mm(60));
    const QRect used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
    m_painter.drawText(box, Qt::TextWordWrap, text);
    m_y += used.height() + mm(3);
}

void PdfPage::paragraph(const QString& text)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    m_painter.setFont(font);
    const QRect box(mm(15), m_y, mm(180), mm(120));
    const QRect used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
    m_painter.drawText(box, Qt::TextWordWrap, text);
    m_y += used.height() + mm(2);
}

void PdfPage::line(const QString& label, const QString& value)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    font.setBold(true);
    m_painter.setFont(font);
    m_painter.drawText(QRect(mm(15), m_y, mm(70), mm(6)), Qt::AlignLeft, label);
    font.setBold(false);
    m_painter.setFont(font);
    m_painter.drawText(QRect(mm(85), m_y, mm(110), mm(6)), Qt::AlignLeft, value);
    m_y += mm(6);
}

void PdfPage::gap(int millimetres)
{
    m_y += mm(millimetres);
}

QByteArray PdfPage::finish()
{
    m_painter.end();
    m_buffer.close();
    return m_bytes;
}

} // namespace segurdesk::sandbox
