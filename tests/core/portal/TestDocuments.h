#pragma once

#include <QString>
#include <QTemporaryDir>

namespace segurdesk::portal::test {

// Real files made at test time: a PDF drawn with QPdfWriter, and a PNG of random noise (so that
// it does not compress: about 3 bytes per pixel).
QString writePdf(const QTemporaryDir& dir, const QString& name, const QString& text);
QString writeNoisePng(const QTemporaryDir& dir, const QString& name, int width, int height);

} // namespace segurdesk::portal::test
