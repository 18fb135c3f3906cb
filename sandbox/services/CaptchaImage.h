#pragma once

#include <QByteArray>
#include <QString>

namespace segurdesk::sandbox {

// Draws a captcha answer as a PNG: tilted glyphs on a wave-distorted band, crossed by noise
// lines and dots, so that it reads for people and not trivially for OCR.
class CaptchaImage
{
public:
    static constexpr int Width = 220;
    static constexpr int Height = 70;
    static QByteArray renderPng(const QString& text, quint32 seed);
};

} // namespace segurdesk::sandbox
