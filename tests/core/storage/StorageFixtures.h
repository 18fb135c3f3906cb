#pragma once

#include <QByteArray>
#include <QString>

namespace segurdesk::storage::testing {

// A one-page PDF written with QPdfWriter at path; returns its bytes.
QByteArray writePdf(const QString& path, const QString& text);
// A PNG of the given size written with QImage at path; returns its bytes.
QByteArray writePng(const QString& path, int width, int height);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace segurdesk::storage::testing
