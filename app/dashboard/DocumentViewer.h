#pragma once

#include <QByteArray>
#include <QDialog>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;

namespace segurdesk::dashboard {

// A document of a dossier as the portal gave it, shown in the app: a PDF (the ASP's decision
// letter) in a QPdfView, whose pages are rendered on a thread of Qt's (the document itself is read
// when the dialog opens: a letter takes no time, a scan of many pages a moment); a photo decoded
// and turned upright on a worker. "Save as…" writes the same bytes to a file of the user's choice, on a worker. The
// dialog deletes itself when closed. GUI thread.
class DocumentViewer : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewer)

public:
    DocumentViewer(const QString& fileName, const QString& contentType, const QByteArray& content,
                   QWidget* parent = nullptr);
    ~DocumentViewer() override;

    // The PDF shown, or nullptr for a photo.
    QPdfDocument* pdf() const { return m_pdf; }

signals:
    // The photo has been decoded and is shown (or cannot be: the message says so).
    void imageShown();

private:
    // The longest side a photo is shown at; "Save as…" keeps the file as it is.
    static constexpr int MaxShownPixels = 2000;

    void showPdf();
    void showImage();
    void saveAs();

    QString m_fileName;
    QByteArray m_content;
    QBuffer* m_buffer = nullptr;
    QPdfDocument* m_pdf = nullptr;
    QPdfView* m_pdfView = nullptr;
    QLabel* m_message;
    QLabel* m_image = nullptr;
};

} // namespace segurdesk::dashboard
