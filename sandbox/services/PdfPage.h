#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace segurdesk::sandbox {

// A one-page A4 PDF with the ASP letterhead, written top to bottom: a tiny layout helper
// shared by the decision letter and the model documents.
class PdfPage
{
public:
    explicit PdfPage(const QString& title);
    ~PdfPage();
    PdfPage(const PdfPage&) = delete;
    PdfPage& operator=(const PdfPage&) = delete;

    void heading(const QString& text);
    void paragraph(const QString& text);
    void line(const QString& label, const QString& value);
    void gap(int millimetres = 4);
    QByteArray finish();

private:
    int mm(double millimetres) const;

    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfWriter m_writer;
    QPainter m_painter;
    int m_y = 0;
};

} // namespace segurdesk::sandbox
