#include "app/widgets/DocumentField.h"

#include "app/widgets/DocumentMaker.h"
#include "app/widgets/FileDialogs.h"
#include "app/widgets/SeverityColour.h"
#include "core/files/DataSize.h"
#include "core/i18n/Translations.h"
#include "core/services/AttachmentCheck.h"

#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace segurdesk::widgets {

namespace {

constexpr int ThumbnailSide = 72;

// The one local file a drag carries, or an empty string.
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

// Whether DocumentMaker can offer to make the refused file lighter. A file over the byte limit is
// refused from its size, unread: its name is then the only hint that it is a photo (the maker
// reads its content before making anything).
bool canBeMadeLighter(const QString& path, const files::FileInspection& inspection)
{
    if (inspection.verdict == files::FileVerdict::ImageTooManyPixels)
        return true;
    static const QStringList photoSuffixes {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")};
    return inspection.verdict == files::FileVerdict::TooLarge
        && photoSuffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

DocumentField::DocumentField(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_check(new services::AttachmentCheck(this))
    , m_maker(new DocumentMaker(this))
    , m_title(new QLabel(title, this))
    , m_hint(new QLabel(this))
    , m_thumbnail(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_details(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_chooseButton(new QPushButton(this))
    , m_previewButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_lighterButton(new QPushButton(this))
    , m_combineButton(new QPushButton(this))
{
    setAcceptDrops(true);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setBuddy(m_chooseButton);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_thumbnail->setObjectName(QStringLiteral("thumbnail"));
    m_thumbnail->setFixedSize(ThumbnailSide, ThumbnailSide);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_nameLabel->setObjectName(QStringLiteral("fileName"));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setFont(bold);
    m_details->setObjectName(QStringLiteral("details"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_chooseButton->setObjectName(QStringLiteral("chooseButton"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_lighterButton->setObjectName(QStringLiteral("lighterButton"));
    m_combineButton->setObjectName(QStringLiteral("combineButton"));

    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("dropArea"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_hint);
    text->addWidget(m_nameLabel);
    text->addWidget(m_details);
    text->addWidget(m_progress);
    text->addWidget(m_busy);
    auto* buttons = new QHBoxLayout;
    // Tab follows the buttons as they are laid out.
    QWidget* previous = nullptr;
    for (QWidget* button : {m_previewButton, m_chooseButton, m_lighterButton, m_combineButton, m_removeButton}) {
        buttons->addWidget(button);
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    auto* inside = new QHBoxLayout(frame);
    // As tall empty as with a thumbnail: a document checked, attached or removed changes no
    // height, so the page around it is neither laid out nor drawn again.
    inside->addStrut(ThumbnailSide);
    inside->addWidget(m_thumbnail, 0, Qt::AlignTop);
    inside->addLayout(text, 1);
    inside->setAlignment(text, Qt::AlignVCenter);
    inside->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(frame);
    layout->addWidget(m_message);

    connect(m_chooseButton, &QPushButton::clicked, this, &DocumentField::choose);
    connect(m_previewButton, &QPushButton::clicked, this, &DocumentField::preview);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (isChecking())
            return cancelCheck();
        remove();
    });
    connect(m_check, &services::AttachmentCheck::checked, this, &DocumentField::showChecked);
    connect(m_lighterButton, &QPushButton::clicked, this, [this] { m_maker->makeLighter(m_tooHeavyPhoto); });
    connect(m_combineButton, &QPushButton::clicked, m_maker, &DocumentMaker::combinePhotos);
    connect(m_maker, &DocumentMaker::started, this, [this](const QString& fileName) {
        m_check->cancel();
        m_checking.clear();
        m_making = fileName;
        m_refusal.clear();
        showState();
    });
    connect(m_maker, &DocumentMaker::made, this, &DocumentField::showMade);
    connect(m_maker, &DocumentMaker::failed, this, &DocumentField::showNotMade);
    // A link to the field (the missing list of a page) lands on the button that fills it.
    setFocusProxy(m_chooseButton);
    showState();
}

DocumentField::~DocumentField() = default;

void DocumentField::setTitle(const QString& title)
{
    m_title->setText(title);
    retranslate();
}

QString DocumentField::title() const
{
    return m_title->text();
}

void DocumentField::setLimits(const files::InspectionLimits& limits)
{
    m_check->setLimits(limits);
    m_maker->setLimits(limits);
    retranslate();
}

bool DocumentField::isChecking() const
{
    return m_check->isBusy() || m_maker->isBusy();
}

void DocumentField::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DocumentField::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    check(path);
}

void DocumentField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentField::choose()
{
    chooseFileToOpen(this, tr("Choose the file: %1").arg(m_title->text()),
                     tr("PDF documents and pictures (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
                     [this](const QString& path) { check(path); });
}

void DocumentField::check(const QString& path)
{
    m_maker->cancel();
    m_making.clear();
    m_tooHeavyPhoto.clear();
    m_checking = QFileInfo(path).fileName();
    m_refusal.clear();
    m_check->setThumbnailSize(thumbnailPixels(this));
    m_check->check(path);
    showState();
}

void DocumentField::showChecked(const QString& path, const files::FileInspection& inspection, const QImage& thumbnail)
{
    const QString fileName = QFileInfo(path).fileName();
    m_checking.clear();
    if (!inspection.accepted()) {
        if (canBeMadeLighter(path, inspection))
            m_tooHeavyPhoto = path;
        showRefusal(fileName, inspection.message);
        emit refused(path, inspection.message);
        return;
    }
    m_path = path;
    m_fileName = fileName;
    m_inspection = inspection;
    showThumbnail(thumbnail);
    showState();
    emit attached(m_path, m_inspection);
}

void DocumentField::showMade(const QString& path)
{
    m_making.clear();
    check(path);
}

void DocumentField::showNotMade(const QString& message)
{
    m_making.clear();
    m_refusal = hasDocument() ? tr("%1 The file attached before is kept.").arg(message) : message;
    showState();
}

void DocumentField::showRefusal(const QString& fileName, const QString& message)
{
    m_refusal = !hasDocument() ? tr("Refused: %1 — %2").arg(fileName, message)
                               : tr("Refused: %1 — %2 The file attached before is kept.").arg(fileName, message);
    showState();
}

QSize DocumentField::thumbnailPixels(const QWidget* widget)
{
    return QSize(ThumbnailSide, ThumbnailSide) * widget->devicePixelRatio();
}

void DocumentField::restore(const QString& path, const files::FileInspection& inspection)
{
    m_path = path;
    m_fileName = QFileInfo(path).fileName();
    m_inspection = inspection;
    m_refusal.clear();
    check(path);
}

void DocumentField::restoreKept(const QString& fileName, const files::FileInspection& inspection,
                                const QImage& thumbnail)
{
    cancelCheck();
    m_tooHeavyPhoto.clear();
    m_path.clear();
    m_fileName = fileName;
    m_inspection = inspection;
    m_refusal.clear();
    showThumbnail(thumbnail);
    showState();
}

void DocumentField::showThumbnail(const QImage& thumbnail)
{
    QPixmap pixmap = QPixmap::fromImage(thumbnail);
    pixmap.setDevicePixelRatio(devicePixelRatio());
    m_thumbnail->setPixmap(pixmap);
}

void DocumentField::cancelCheck()
{
    m_check->cancel();
    m_maker->cancel();
    m_checking.clear();
    m_making.clear();
    showState();
}

void DocumentField::remove()
{
    clear();
    emit removed();
}

void DocumentField::clear()
{
    m_path.clear();
    m_fileName.clear();
    m_inspection = {};
    m_refusal.clear();
    m_tooHeavyPhoto.clear();
    m_thumbnail->clear();
    showState();
}

void DocumentField::preview()
{
    // The system's viewer, on the file as the user chose it.
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
}

void DocumentField::showState()
{
    const bool busy = !m_checking.isEmpty() || !m_making.isEmpty();
    const bool hasFile = hasDocument();
    m_hint->setVisible(!hasFile && !busy);
    m_thumbnail->setVisible(hasFile);
    m_nameLabel->setVisible(hasFile);
    m_details->setVisible(hasFile);
    m_progress->setVisible(busy);
    m_busy->setVisible(busy);
    m_previewButton->setVisible(!m_path.isEmpty());
    m_removeButton->setVisible(hasFile || busy);
    m_lighterButton->setVisible(!m_tooHeavyPhoto.isEmpty() && !busy);
    m_combineButton->setVisible(!hasFile && !busy);
    m_message->setVisible(!busy && !m_refusal.isEmpty());
    retranslate();
}

void DocumentField::retranslate()
{
    const files::InspectionLimits& limits = m_check->limits();
    m_hint->setText(tr("PDF, JPEG or PNG — %1 maximum. Drop the file here or choose it.")
                        .arg(files::DataSize::ofLimit(limits.maxBytes)));
    m_chooseButton->setText(!hasDocument() ? tr("&Choose a file…") : tr("&Replace…"));
    m_previewButton->setText(tr("&Preview"));
    const bool busy = !m_checking.isEmpty() || !m_making.isEmpty();
    m_removeButton->setText(busy ? tr("&Cancel") : tr("Re&move"));
    m_lighterButton->setText(tr("Make the photo &lighter…"));
    m_combineButton->setText(tr("P&hotos into one PDF…"));
    m_combineButton->setToolTip(
        tr("Several photos, such as the front and back of an identity card, put into one PDF, a page each."));
    const QString title = m_title->text();
    m_chooseButton->setAccessibleName(!hasDocument() ? tr("Choose the file: %1").arg(title)
                                                     : tr("Replace the file: %1").arg(title));
    m_previewButton->setAccessibleName(tr("Preview the file: %1").arg(title));
    m_removeButton->setAccessibleName(!m_making.isEmpty() ? tr("Stop making the file: %1").arg(title)
                                          : busy          ? tr("Stop checking the file: %1").arg(title)
                                                          : tr("Remove the file: %1").arg(title));
    m_lighterButton->setAccessibleName(tr("Make the photo lighter: %1").arg(title));
    m_combineButton->setAccessibleName(tr("Put photos into one PDF: %1").arg(title));
    m_busy->setAccessibleName(m_making.isEmpty() ? tr("Checking the file") : tr("Making the file"));
    if (hasDocument()) {
        m_nameLabel->setText(m_fileName);
        const QString size = files::DataSize::ofFile(m_inspection.size);
        if (m_inspection.type == files::FileType::Pdf) {
            m_details->setText(tr("PDF document — %n page(s) — %1", "", m_inspection.pageCount).arg(size));
        } else {
            // "image PNG" is written to sit inside a sentence; here it starts one.
            QString kind = files::fileTypeDisplayName(m_inspection.type);
            kind.replace(0, 1, kind.left(1).toUpper());
            const QLocale locale = interfaceLocale();
            m_details->setText(tr("%1 — %2 × %3 px — %4")
                                   .arg(kind, locale.toString(m_inspection.pixelSize.width()),
                                        locale.toString(m_inspection.pixelSize.height()), size));
        }
        m_thumbnail->setAccessibleName(tr("Thumbnail of %1").arg(m_nameLabel->text()));
    }
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, severityColour(Severity::Error, this->palette()));
    m_message->setPalette(palette);
    m_message->setText(m_refusal);
    const bool refused = !busy && !m_refusal.isEmpty();
    m_progress->setText(m_making.isEmpty() ? tr("Checking %1…").arg(m_checking) : tr("Making %1…").arg(m_making));
    // A screen reader reads the refusal with the button that fixes it.
    m_chooseButton->setAccessibleDescription(refused ? m_refusal : QString());
}

} // namespace segurdesk::widgets
