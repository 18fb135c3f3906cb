#include "tests/core/portal/TestDocuments.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

namespace segurdesk::portal::test {

QString writePdf(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    painter.drawText(200, 200, text);
    painter.end();
    return path;
}

QString writeNoisePng(const QTemporaryDir& dir, const QString& name, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    const QString path = dir.filePath(name);
    image.save(path, "PNG");
    return path;
}

} // namespace segurdesk::portal::test
