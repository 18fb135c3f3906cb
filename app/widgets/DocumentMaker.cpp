#include "app/widgets/DocumentMaker.h"

#include "app/widgets/FileDialogs.h"
#include "core/files/DataSize.h"
#include "core/files/PhotoDocuments.h"
#include "core/services/Worker.h"
#include "core/storage/SavedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QWidget>

namespace segurdesk::widgets {

namespace {

// No camera makes a photo this heavy; a file over it is not read into memory.
constexpr qint64 MaxPhotoBytes = qint64 {100} * 1024 * 1024;

} // namespace

DocumentMaker::DocumentMaker(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{ }

DocumentMaker::~DocumentMaker() = default;

void DocumentMaker::makeLighter(const QString& photo)
{
    const QFileInfo original(photo);
    const QString suggested = original.dir().filePath(
        tr("%1-lighter.jpg", "file name of a photo made lighter").arg(original.completeBaseName()));
    chooseFileToSave(m_dialogParent, tr("Save the lighter photo"), tr("JPEG photos (*.jpg *.jpeg)"), suggested,
                     [this, photo](const QString& target) { make(Kind::Lighter, {photo}, target); });
}

void DocumentMaker::combinePhotos()
{
    chooseFilesToOpen(
        m_dialogParent, tr("Choose the photos, one per page, in their order"), tr("Photos (*.jpg *.jpeg *.png)"),
        [this](const QStringList& photos) {
            if (photos.isEmpty())
                return;
            const QString suggested
                = QFileInfo(photos.first()).dir().filePath(tr("photos.pdf", "file name of photos put into a PDF"));
            chooseFileToSave(m_dialogParent, tr("Save the PDF of the photos"), tr("PDF documents (*.pdf)"), suggested,
                             [this, photos](const QString& target) { make(Kind::Pdf, photos, target); });
        });
}

void DocumentMaker::cancel()
{
    ++m_generation;
    m_busy = false;
}

files::PhotoDocuments::Made DocumentMaker::makeContent(bool lighter, const QStringList& photos, const QString& target,
                                                       const files::InspectionLimits& limits)
{
    const QString targetFile = QFileInfo(target).canonicalFilePath();
    QList<QByteArray> contents;
    for (const QString& photo : photos) {
        const QString name = QFileInfo(photo).fileName();
        if (!targetFile.isEmpty() && QFileInfo(photo).canonicalFilePath() == targetFile)
            return {{}, tr("Choose another name for the new file: %1 itself stays as it is.").arg(name)};
        QFile file(photo);
        if (!file.open(QIODevice::ReadOnly))
            return {{}, tr("%1 cannot be read: %2").arg(name, file.errorString())};
        if (file.size() > MaxPhotoBytes)
            return {{},
                    tr("%1 weighs more than %2: it is not a photo that can be made lighter.")
                        .arg(name, files::DataSize::ofLimit(MaxPhotoBytes))};
        contents.append(file.readAll());
    }
    return lighter ? files::PhotoDocuments::fitPhoto(contents.value(0), limits)
                   : files::PhotoDocuments::photosToPdf(contents, limits);
}

void DocumentMaker::make(Kind kind, const QStringList& photos, const QString& target)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    emit started(QFileInfo(target).fileName());
    services::runOnWorker(
        this,
        [lighter = kind == Kind::Lighter, photos, target, limits = m_limits] {
            return makeContent(lighter, photos, target, limits);
        },
        [this, generation, target](const files::PhotoDocuments::Made& made) {
            // Written only while it is still wanted: a request given up never writes over the
            // file a newer one made.
            if (generation != m_generation)
                return;
            if (!made.ok())
                return finish(generation, made.failure, target);
            services::runOnWorker(
                this, [target, content = made.content] { return storage::saveFile(target, content); },
                [this, generation, target](const QString& error) {
                    finish(generation,
                           error.isEmpty() ? QString() : tr("The new file could not be saved: %1").arg(error), target);
                });
        });
}

void DocumentMaker::finish(quint64 generation, const QString& failure, const QString& target)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    if (failure.isEmpty())
        emit made(target);
    else
        emit failed(failure);
}

} // namespace segurdesk::widgets
