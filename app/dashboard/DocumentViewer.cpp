#include "app/dashboard/DocumentViewer.h"

#include "app/widgets/FileDialogs.h"
#include "app/widgets/SeverityColour.h"
#include "core/services/Worker.h"
#include "core/storage/SavedFile.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace segurdesk::dashboard {

DocumentViewer::DocumentViewer(const QString& fileName, const QString& contentType, const QByteArray& content,
                               QWidget* parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_content(content)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("documentViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(fileName);
    auto* layout = new QVBoxLayout(this);
    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    if (contentType == QLatin1String("application/pdf"))
        showPdf();
    else
        showImage();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("viewerSaveButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(save, &QPushButton::clicked, this, &DocumentViewer::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int character = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    resize(90 * character, 110 * character);
}

DocumentViewer::~DocumentViewer()
{
    // The view's pages are drawn on a thread of Qt's from the document, which reads the buffer:
    // the view goes first, then the document, before the buffer.
    delete m_pdfView;
    delete m_pdf;
}

void DocumentViewer::showPdf()
{
    m_buffer = new QBuffer(this);
    m_buffer->setData(m_content);
    m_buffer->open(QIODevice::ReadOnly);
    m_pdf = new QPdfDocument(this);
    auto* view = m_pdfView = new QPdfView(this);
    view->setObjectName(QStringLiteral("pdfView"));
    view->setAccessibleName(tr("Document %1").arg(m_fileName));
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    view->setDocument(m_pdf);
    layout()->addWidget(view);
    m_pdf->load(m_buffer);
    if (m_pdf->error() != QPdfDocument::Error::None)
        widgets::showProblem(*m_message, view,
                             tr("This PDF cannot be shown: save it and open it with another reader."));
}

void DocumentViewer::showImage()
{
    auto* scroll = new QScrollArea(this);
    m_image = new QLabel(scroll);
    m_image->setObjectName(QStringLiteral("imageView"));
    m_image->setAccessibleName(tr("Document %1").arg(m_fileName));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setText(tr("Opening the document…"));
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    layout()->addWidget(scroll);
    // A photo as the camera held it (turned upright), no larger than a screen shows it.
    services::runOnWorker(
        this,
        [content = m_content] {
            QBuffer bytes;
            bytes.setData(content);
            QImageReader reader(&bytes);
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            return image.width() > MaxShownPixels || image.height() > MaxShownPixels
                ? image.scaled(MaxShownPixels, MaxShownPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                : image;
        },
        [this](const QImage& image) {
            if (image.isNull()) {
                m_image->clear();
                widgets::showProblem(*m_message, m_image,
                                     tr("This document cannot be shown: save it and open it with another program."));
            } else {
                m_image->setPixmap(QPixmap::fromImage(image));
            }
            emit imageShown();
        });
}

void DocumentViewer::saveAs()
{
    widgets::chooseFileToSave(this, tr("Save the document"), QString(), m_fileName, [this](const QString& path) {
        m_message->setPalette(palette());
        m_message->setText(tr("Writing %1…").arg(path));
        m_message->show();
        services::runOnWorker(
            this, [path, content = m_content] { return storage::saveFile(path, content); },
            [this, path](const QString& problem) {
                if (problem.isEmpty())
                    m_message->setText(tr("Saved to %1.").arg(path));
                else
                    widgets::showProblem(*m_message, nullptr, tr("%1 cannot be written: %2").arg(path, problem));
            });
    });
}

} // namespace segurdesk::dashboard
