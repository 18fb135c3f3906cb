#include "sandbox/services/CaptchaImage.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

namespace segurdesk::sandbox {

QByteArray CaptchaImage::renderPng(const QString& text, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage glyphs(Width, Height, QImage::Format_RGB32);
    glyphs.fill(QColor(245, 246, 250));
    {
        QPainter painter(&glyphs);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(34);
        font.setBold(true);
        painter.setFont(font);
        const int step = (Width - 30) / qMax<int>(1, int(text.size()));
        for (qsizetype i = 0; i < text.size(); ++i) {
            painter.save();
            painter.translate(18 + int(i) * step, 48 + random.bounded(-6, 7));
            painter.rotate(random.bounded(-25, 26));
            painter.setPen(QColor(random.bounded(20, 90), random.bounded(20, 90), random.bounded(60, 140)));
            painter.drawText(0, 0, text.at(i));
            painter.restore();
        }
    }
    // Sine-wave displacement of every column and row.
    QImage image(Width, Height, QImage::Format_RGB32);
    const double phaseX = random.bounded(628) / 100.0;
    const double phaseY = random.bounded(628) / 100.0;
    for (int y = 0; y < Height; ++y) {
        for (int x = 0; x < Width; ++x) {
            const int sourceX = qBound(0, x + int(std::lround(3.0 * std::sin(y / 7.0 + phaseX))), Width - 1);
            const int sourceY = qBound(0, y + int(std::lround(4.0 * std::sin(x / 13.0 + phaseY))), Height - 1);
            image.setPixel(x, y, glyphs.pixel(sourceX, sourceY));
        }
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 6; ++i) {
        painter.setPen(QPen(QColor(random.bounded(80, 200), random.bounded(80, 200), random.bounded(80, 200)),
                            1 + random.bounded(2)));
        painter.drawLine(random.bounded(Width), random.bounded(Height), random.bounded(Width), random.bounded(Height));
    }
    for (int i = 0; i < 400; ++i) {
        painter.setPen(QColor(random.bounded(256), random.bounded(256), random.bounded(256)));
        painter.drawPoint(random.bounded(Width), random.bounded(Height));
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace segurdesk::sandbox
