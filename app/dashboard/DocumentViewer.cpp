#include "app/dashboard/DocumentViewer.h"

#include "app/widgets/FileDialogs.h"
#include "app/widgets/SaveInBackground.h"
#include "app/widgets/SeverityColour.h"
#include "core/services/AttachmentCheck.h"
#include "core/services/Worker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace segurdesk::dashboard {

DocumentViewer::DocumentViewer(const QString& fileName, const QByteArray& content, QWidget* parent)
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
    m_message->setText(tr("Opening the document…"));
    layout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    auto* sheets = new QWidget(scroll);
    sheets->setObjectName(QStringLiteral("documentPages"));
    sheets->setAccessibleName(tr("Document %1").arg(fileName));
    m_pages = new QVBoxLayout(sheets);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setWidget(sheets);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    layout->addWidget(scroll);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("viewerSaveButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(save, &QPushButton::clicked, this, &DocumentViewer::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const int character = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    resize(90 * character, 110 * character);
    showPages();
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::showPages()
{
    // As wide as the dialog shows a page, in device pixels so that text is sharp on any screen.
    const qreal ratio = devicePixelRatioF();
    const int pixels = qRound((width() - 8 * fontMetrics().horizontalAdvance(QLatin1Char('0'))) * ratio);
    services::runOnWorker(
        this,
        [content = m_content, bounds = QSize(pixels, 4 * pixels)] {
            return services::documentPages(content, bounds, MaxPages);
        },
        [this, ratio](const services::DocumentPages& pages) {
            if (pages.images.isEmpty()) {
                widgets::showProblem(*m_message, nullptr,
                                     tr("This document cannot be shown: save it and open it with another program."));
                emit shown(0);
                return;
            }
            int number = 0;
            for (const QImage& image : pages.images) {
                QPixmap sheet = QPixmap::fromImage(image);
                sheet.setDevicePixelRatio(ratio);
                auto* page = new QLabel(m_pages->parentWidget());
                page->setObjectName(QStringLiteral("page%1").arg(++number));
                page->setAccessibleName(tr("Page %1 of %2").arg(number).arg(pages.total));
                page->setPixmap(sheet);
                m_pages->addWidget(page);
            }
            if (pages.total > pages.images.size())
                m_message->setText(tr("The first %1 pages of %2 are shown: save the document to read it whole.")
                                       .arg(pages.images.size())
                                       .arg(pages.total));
            else
                m_message->hide();
            emit shown(int(pages.images.size()));
        });
}

void DocumentViewer::saveAs()
{
    widgets::chooseFileToSave(this, tr("Save the document"), QString(), m_fileName, [this](const QString& path) {
        m_message->setPalette(palette());
        m_message->setText(tr("Writing %1…").arg(path));
        m_message->show();
        widgets::saveInBackground(this, path, m_content, [this](const QString& message, bool saved) {
            if (saved)
                m_message->setText(message);
            else
                widgets::showProblem(*m_message, nullptr, message);
        });
    });
}

} // namespace segurdesk::dashboard
