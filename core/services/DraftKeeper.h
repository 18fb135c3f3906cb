#pragma once

#include "core/model/AttachmentSet.h"
#include "core/model/Dossier.h"
#include "core/services/DraftDossier.h"
#include "core/storage/Draft.h"

#include <QDateTime>
#include <QImage>
#include <QMap>
#include <QObject>
#include <QSize>

#include <optional>

namespace segurdesk::services {

// Keeps the dossier a front end edits (the app's wizard) as one encrypted draft
// (storage::DraftStore), so that nothing typed or attached is lost: the first save creates the
// draft, every later one rewrites it. A document given by its file is copied in, encrypted; a
// document of a draft that was resumed has no file and stays the draft's own copy.
//
// The local data is opened for each save and load, and let go as soon as it is done, so that
// segurdesk-cli can use it between two saves; the writing runs on a worker that keeps the data
// folder locked until it ends, should this object go away meanwhile.
//
// Asynchronous and used on the thread that owns it. Saves never overlap: a save asked while one
// runs waits, and only the newest content waiting is written. Each save ends in saved() or
// saveFailed(), from the event loop; isSaving() says whether another is still to come. A draft
// that is being or was submitted cannot change: saving the content it holds succeeds without
// writing, saving other content fails.
class DraftKeeper : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    struct Content
    {
        model::Dossier dossier;
        model::AttachmentSet attachments;
        int step = 0;
    };
    // A draft opened again: its dossier with every document inspected again (decrypted in memory
    // on the worker), and the document fields' thumbnails.
    struct Loaded
    {
        DraftDossier content;
        int step = 0;
        storage::Draft::State state = storage::Draft::State::Editing;
        QDateTime modifiedAt;
        QMap<model::DocumentKind, QImage> thumbnails;
    };

    explicit DraftKeeper(QObject* parent = nullptr);
    ~DraftKeeper() override;

    // In device pixels, as AttachmentCheck's.
    void setThumbnailSize(QSize size) { m_thumbnailSize = size; }

    // Opens draft `id`, which later saves rewrite: loaded() or loadFailed(). Before any save.
    void load(const QString& id);
    void save(const Content& content);

    // Empty until the first save has created the draft (or load() was asked).
    QString draftId() const { return m_id; }
    bool isSaving() const { return m_running || m_waiting.has_value(); }

signals:
    void loaded(const segurdesk::services::DraftKeeper::Loaded& draft);
    void loadFailed(const QString& message);
    // `at`: when the draft was last written.
    void saved(const QDateTime& at);
    void saveFailed(const QString& message);
    // Before saveFailed(), when the local data needs the drafts' passphrase: not given yet in this
    // session, or to be chosen (`choose`: no keychain answers). A save once it is given works.
    void passphraseNeeded(bool choose);

private:
    struct Written
    {
        QString id;
        QDateTime at;
        QString failure; // translated; empty once written
    };

    void startSave(const Content& content);
    void finishSave(const Written& written);

    QString m_id;
    QSize m_thumbnailSize {160, 160};
    bool m_running = false;
    std::optional<Content> m_waiting;
};

} // namespace segurdesk::services
