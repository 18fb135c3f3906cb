#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace segurdesk::dashboard {

// A document of a dossier as the portal gave it, shown in the app: each page of a PDF (the ASP's
// decision letter), or a photo turned upright, drawn on a worker as wide as the dialog shows it.
// "Save as…" writes the bytes as the portal gave them, on a worker. The dialog deletes itself
// when closed. GUI thread.
class DocumentViewer : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewer)

public:
    // Pages drawn at most; the rest is read in the saved file.
    static constexpr int MaxPages = 30;

    DocumentViewer(const QString& fileName, const QByteArray& content, QWidget* parent = nullptr);
    ~DocumentViewer() override;

signals:
    // The pages are drawn and shown (`pages` of them), or the document cannot be (none).
    void shown(int pages);

private:
    void showPages();
    void saveAs();

    QString m_fileName;
    QByteArray m_content;
    QLabel* m_message;
    QVBoxLayout* m_pages;
};

} // namespace segurdesk::dashboard
