#pragma once

#include "core/crypto/SecretKey.h"
#include "core/storage/Draft.h"
#include "core/storage/StorageError.h"

#include <QList>
#include <QString>

class QIODevice;

namespace segurdesk::storage {

// One entry of DraftStore::list(): a damaged draft is listed with its error so the user sees it.
struct DraftListEntry
{
    QString id;
    StorageError error;
    Draft draft; // valid only when error is None
};

// Encrypted drafts on disk: one folder per draft under the root, holding draft.sdef (the draft
// JSON) and one .sdef file per attached document, each in the EncryptedStream format under the
// master key, bound to its draft and role. Every write goes through QSaveFile, so a crash or a
// kill at any point leaves the old or the new version of each file; an attachment is written
// before the JSON that references it and its predecessor is removed only after, so the JSON
// never points at a missing file. Not meant for two processes writing one draft at once: a
// process holds the data folder's DataFolderLock while it uses the store.
class DraftStore
{
public:
    DraftStore(QString rootDir, const crypto::SecretKey& key);

    // QStandardPaths::AppDataLocation/drafts.
    static QString defaultRoot();
    QString rootDir() const { return m_root; }

    // A new draft in the Editing state, saved at once.
    StorageError create(const QJsonObject& dossier, Draft& draft);
    // Saves the dossier JSON (autosave). Refused with DraftLocked unless the draft is Editing.
    StorageError save(Draft& draft);
    // Copies sourcePath in (encrypted) as the document of slot, replacing any previous one, and
    // saves the draft. The original may be moved or deleted afterwards.
    StorageError attach(Draft& draft, const QString& slot, const QString& sourcePath);
    // The same for several documents, with one save of the draft after all of them are written:
    // either every one is attached or, on an error, none.
    struct Source
    {
        QString slot;
        QString path;
    };
    StorageError attach(Draft& draft, const QList<Source>& sources);
    StorageError detach(Draft& draft, const QString& slot);

    // Loads the draft and authenticates every attached file: a damaged part fails the whole load.
    StorageError load(const QString& id, Draft& draft) const;
    // The draft's JSON only, authenticated; its attachments are not read (as list() does).
    StorageError read(const QString& id, Draft& draft) const;
    // Every draft, newest first, with the JSON authenticated (attachments are checked by load()).
    QList<DraftListEntry> list() const;
    StorageError remove(const QString& id);
    // A new draft in the Editing state with the content of draft `id` (its dossier, step and
    // documents, each re-encrypted for the copy), whatever the state of the original: the start of
    // another request. A document that fails authentication fails the copy, which leaves nothing.
    StorageError duplicate(const QString& id, Draft& copy);

    // Decrypts an attachment into out. out receives authenticated chunks as they come; when an
    // error is returned it may hold a prefix that must be discarded (use a QSaveFile or QBuffer).
    StorageError readAttachment(const Draft& draft, const QString& slot, QIODevice& out) const;
    // Writes the decrypted attachment to path atomically.
    StorageError exportAttachment(const Draft& draft, const QString& slot, const QString& path) const;

    // Submission life cycle (see Outbox): Editing -> Submitting (frozen, with its key) ->
    // Submitted (with the portal's receipt); reopen() returns a refused draft to Editing.
    // markSubmitting() freezes the content whose payloadHash() the key was recorded for, and is
    // refused (InvalidState) when the draft holds other content by now.
    StorageError markSubmitting(const QString& id, const QString& idempotencyKey, const QString& payloadHash);
    StorageError markSubmitted(const QString& id, const SubmissionReceipt& receipt);
    StorageError reopen(const QString& id);

private:
    QString draftDir(const QString& id) const;
    StorageError writeDraft(Draft& draft) const;
    // Encrypts `input` (the file `fileName`) into a new file of the draft's folder, described in
    // `stored`.
    StorageError storeAttachment(const Draft& draft, const QString& slot, QIODevice& input, const QString& fileName,
                                 DraftAttachment& stored) const;
    StorageError verifyAttachment(const Draft& draft, const DraftAttachment& attachment) const;
    void removeUnreferencedFiles(const Draft& draft) const;

    QString m_root;
    crypto::SecretKey m_key;
};

} // namespace segurdesk::storage
