#include "core/storage/DraftStore.h"

#include "core/crypto/EncryptedStream.h"
#include "core/crypto/SecureRandom.h"
#include "core/crypto/Sha256.h"
#include "core/storage/StorageLog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace segurdesk::storage {

using crypto::CipherStatus;
using crypto::EncryptedStream;

namespace {

const QString DraftFileName = QStringLiteral("draft.sdef");
const QString RemovingPrefix = QStringLiteral(".removing-");

bool isDraftId(const QString& id)
{
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}

bool isStoredName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}\\.sdef$"));
    return pattern.match(name).hasMatch();
}

QByteArray dossierRole(const QString& id)
{
    return "segurdesk/draft/" + id.toLatin1() + "/dossier";
}

QByteArray attachmentRole(const QString& id, const QString& storedName)
{
    return "segurdesk/draft/" + id.toLatin1() + "/file/" + storedName.toLatin1();
}

StorageError fromCipher(CipherStatus status, const QString& detail)
{
    switch (status) {
    case CipherStatus::Ok:
        return {};
    case CipherStatus::Damaged:
        return {StorageError::Damaged, detail};
    case CipherStatus::UnsupportedVersion:
        return {StorageError::UnsupportedVersion, detail};
    case CipherStatus::ReadFailed:
        return {StorageError::ReadFailed, detail};
    case CipherStatus::WriteFailed:
    case CipherStatus::RandomFailed:
        break;
    }
    return {StorageError::WriteFailed, detail};
}

void restrictToOwner(const QString& path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

DraftStore::DraftStore(QString rootDir, const crypto::SecretKey& key)
    : m_root(std::move(rootDir))
    , m_key(key)
{ }

QString DraftStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::draftDir(const QString& id) const
{
    return m_root + QLatin1Char('/') + id;
}

StorageError DraftStore::create(const QJsonObject& dossier, Draft& draft)
{
    Draft created;
    created.m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    created.m_dossier = dossier;
    created.m_createdAt = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(draftDir(created.m_id)))
        return {StorageError::WriteFailed, QStringLiteral("cannot create the draft folder")};
    restrictToOwner(m_root);
    restrictToOwner(draftDir(created.m_id));
    if (StorageError error = writeDraft(created))
        return error;
    qCInfo(lcStorage) << "draft created" << created.m_id;
    draft = created;
    return {};
}

StorageError DraftStore::save(Draft& draft)
{
    if (!draft.isEditable())
        return {StorageError::DraftLocked};
    if (StorageError error = writeDraft(draft))
        return error;
    removeUnreferencedFiles(draft);
    return {};
}

StorageError DraftStore::writeDraft(Draft& draft) const
{
    if (!isDraftId(draft.m_id))
        return {StorageError::InvalidState, QStringLiteral("draft has no id")};
    Draft written = draft;
    written.m_modifiedAt = QDateTime::currentDateTimeUtc();
    const QByteArray sealed = EncryptedStream::sealBytes(m_key, dossierRole(written.m_id), written.serialize());
    if (sealed.isEmpty())
        return {StorageError::WriteFailed, QStringLiteral("encryption failed")};
    QSaveFile file(draftDir(written.m_id) + QLatin1Char('/') + DraftFileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed) != sealed.size() || !file.commit()) {
        qCWarning(lcStorage) << "draft not saved" << written.m_id << file.errorString();
        return {StorageError::WriteFailed, file.errorString()};
    }
    draft.m_modifiedAt = written.m_modifiedAt;
    return {};
}

StorageError DraftStore::attach(Draft& draft, const QString& slot, const QString& sourcePath)
{
    return attach(draft, QList<Source> {{slot, sourcePath}});
}

StorageError DraftStore::attach(Draft& draft, const QList<Source>& sources)
{
    if (!draft.isEditable())
        return {StorageError::DraftLocked};
    Draft updated = draft;
    QStringList written;
    const auto discardWritten = [this, &draft, &written] {
        for (const QString& storedName : written)
            QFile::remove(draftDir(draft.m_id) + QLatin1Char('/') + storedName);
    };
    for (const Source& source : sources) {
        DraftAttachment stored;
        QFile input(source.path);
        if (!input.open(QIODevice::ReadOnly)) {
            discardWritten();
            return {StorageError::SourceUnreadable, input.errorString()};
        }
        if (StorageError error
            = storeAttachment(draft, source.slot, input, QFileInfo(source.path).fileName(), stored)) {
            discardWritten();
            return error;
        }
        written.append(stored.storedName);
        updated.m_attachments.removeIf([&source](const DraftAttachment& a) { return a.slot == source.slot; });
        updated.m_attachments.append(stored);
    }
    // The documents are on disk before the JSON that references them; a kill in between leaves
    // files no JSON points at, which removeUnreferencedFiles() deletes later.
    if (StorageError error = writeDraft(updated)) {
        discardWritten();
        return error;
    }
    draft = updated;
    removeUnreferencedFiles(draft);
    for (const DraftAttachment& attachment : draft.m_attachments) {
        if (written.contains(attachment.storedName))
            qCInfo(lcStorage) << "document attached to draft" << draft.m_id << "slot" << attachment.slot << "bytes"
                              << attachment.size;
    }
    return {};
}

StorageError DraftStore::storeAttachment(const Draft& draft, const QString& slot, QIODevice& input,
                                         const QString& fileName, DraftAttachment& stored) const
{
    if (slot.isEmpty())
        return {StorageError::InvalidState, QStringLiteral("empty slot")};

    const QString storedName = QString::fromLatin1(crypto::SecureRandom::bytes(16).toHex()) + QStringLiteral(".sdef");
    if (!isStoredName(storedName))
        return {StorageError::WriteFailed, QStringLiteral("no random name")};
    QSaveFile target(draftDir(draft.m_id) + QLatin1Char('/') + storedName);
    if (!target.open(QIODevice::WriteOnly))
        return {StorageError::WriteFailed, target.errorString()};
    // OpenSSL's SHA-256 uses the CPU's SHA extensions: several times faster than QCryptographicHash.
    crypto::Sha256 hash;
    qint64 size = 0;
    const CipherStatus status
        = EncryptedStream::encrypt(m_key, attachmentRole(draft.m_id, storedName), input, target,
                                   EncryptedStream::DefaultChunkLog2, [&hash, &size](QByteArrayView chunk) {
                                       hash.addData(chunk);
                                       size += chunk.size();
                                       return true;
                                   });
    if (status == CipherStatus::ReadFailed)
        return {StorageError::SourceUnreadable, input.errorString()};
    if (status != CipherStatus::Ok || !target.commit())
        return {StorageError::WriteFailed, target.errorString()};
    stored = {slot,       fileName,
              size,       QString::fromLatin1(hash.finalize().toHex()),
              storedName, QDateTime::currentDateTimeUtc()};
    return {};
}

StorageError DraftStore::detach(Draft& draft, const QString& slot)
{
    if (!draft.isEditable())
        return {StorageError::DraftLocked};
    Draft updated = draft;
    if (updated.m_attachments.removeIf([&slot](const DraftAttachment& a) { return a.slot == slot; }) == 0)
        return {};
    if (StorageError error = writeDraft(updated))
        return error;
    draft = updated;
    removeUnreferencedFiles(draft);
    return {};
}

void DraftStore::removeUnreferencedFiles(const Draft& draft) const
{
    // Leftovers of an interrupted attach (a document written, its JSON not) or of a kill during
    // a QSaveFile: only ever files that no committed draft JSON points at.
    QDir dir(draftDir(draft.m_id));
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (name == DraftFileName)
            continue;
        const bool referenced = std::any_of(draft.m_attachments.cbegin(), draft.m_attachments.cend(),
                                            [&name](const DraftAttachment& a) { return a.storedName == name; });
        if (!referenced)
            dir.remove(name);
    }
}

StorageError DraftStore::read(const QString& id, Draft& draft) const
{
    if (!isDraftId(id))
        return {StorageError::NotFound};
    QFile file(draftDir(id) + QLatin1Char('/') + DraftFileName);
    if (!file.exists())
        return {StorageError::NotFound};
    if (!file.open(QIODevice::ReadOnly))
        return {StorageError::ReadFailed, file.errorString()};
    QByteArray json;
    const CipherStatus status = EncryptedStream::openBytes(m_key, dossierRole(id), file.readAll(), json);
    if (status != CipherStatus::Ok)
        return fromCipher(status, QStringLiteral("draft JSON"));
    Draft parsed;
    bool newer = false;
    const bool ok = Draft::deserialize(json, parsed, &newer);
    crypto::cleanse(json);
    if (!ok)
        return {newer ? StorageError::UnsupportedVersion : StorageError::Damaged, QStringLiteral("draft JSON")};
    if (parsed.m_id != id)
        return {StorageError::Damaged, QStringLiteral("draft id mismatch")};
    for (const DraftAttachment& attachment : parsed.m_attachments) {
        if (!isStoredName(attachment.storedName))
            return {StorageError::Damaged, QStringLiteral("bad attachment name")};
    }
    draft = parsed;
    return {};
}

StorageError DraftStore::verifyAttachment(const Draft& draft, const DraftAttachment& attachment) const
{
    QFile file(draftDir(draft.m_id) + QLatin1Char('/') + attachment.storedName);
    if (!file.open(QIODevice::ReadOnly))
        return {file.exists() ? StorageError::ReadFailed : StorageError::Damaged, QStringLiteral("attachment missing")};
    qint64 size = 0;
    const CipherStatus status = EncryptedStream::decrypt(m_key, attachmentRole(draft.m_id, attachment.storedName), file,
                                                         [&size](QByteArrayView chunk) {
                                                             size += chunk.size();
                                                             return true;
                                                         });
    if (status != CipherStatus::Ok)
        return fromCipher(status, QStringLiteral("attachment"));
    if (size != attachment.size)
        return {StorageError::Damaged, QStringLiteral("attachment size mismatch")};
    return {};
}

StorageError DraftStore::load(const QString& id, Draft& draft) const
{
    Draft loaded;
    if (StorageError error = read(id, loaded)) {
        if (error.code() == StorageError::Damaged)
            qCWarning(lcStorage) << "draft damaged" << id << error.detail();
        return error;
    }
    for (const DraftAttachment& attachment : loaded.m_attachments) {
        if (StorageError error = verifyAttachment(loaded, attachment)) {
            qCWarning(lcStorage) << "draft attachment damaged" << id << attachment.slot << error.detail();
            return error;
        }
    }
    draft = loaded;
    return {};
}

QList<DraftListEntry> DraftStore::list() const
{
    QList<DraftListEntry> entries;
    QDir root(m_root);
    for (const QString& name : root.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name.startsWith(RemovingPrefix)) {
            QDir(root.filePath(name)).removeRecursively();
            continue;
        }
        // A folder without its JSON is a draft whose creation was interrupted: nothing to show.
        if (!isDraftId(name) || !QFileInfo::exists(root.filePath(name) + QLatin1Char('/') + DraftFileName))
            continue;
        DraftListEntry entry;
        entry.id = name;
        entry.error = read(name, entry.draft);
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const DraftListEntry& a, const DraftListEntry& b) {
        return a.draft.modifiedAt() > b.draft.modifiedAt();
    });
    return entries;
}

StorageError DraftStore::remove(const QString& id)
{
    if (!isDraftId(id) || !QFileInfo::exists(draftDir(id)))
        return {StorageError::NotFound};
    // Renamed first so that a kill half-way through never leaves a half-deleted draft in the list.
    const QString doomed = m_root + QLatin1Char('/') + RemovingPrefix + id;
    if (!QDir().rename(draftDir(id), doomed))
        return {StorageError::WriteFailed, QStringLiteral("cannot rename the draft folder")};
    QDir(doomed).removeRecursively();
    qCInfo(lcStorage) << "draft removed" << id;
    return {};
}

StorageError DraftStore::duplicate(const QString& id, Draft& copy)
{
    Draft original;
    if (StorageError error = read(id, original))
        return error;
    Draft created;
    if (StorageError error = create(original.m_dossier, created))
        return error;
    created.m_step = original.m_step;
    const auto abandon = [this, &created](StorageError error) {
        // The error that stopped the copy is the one to tell; a copy left half-removed is not
        // listed (list() finishes removing it).
        static_cast<void>(remove(created.m_id));
        return error;
    };
    // One document in memory at a time: each is at most the portal's upload limit.
    for (const DraftAttachment& attachment : original.m_attachments) {
        QByteArray plaintext;
        QBuffer buffer(&plaintext);
        buffer.open(QIODevice::WriteOnly);
        if (StorageError error = readAttachment(original, attachment.slot, buffer))
            return abandon(error);
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        DraftAttachment stored;
        const StorageError error = storeAttachment(created, attachment.slot, buffer, attachment.fileName, stored);
        crypto::cleanse(plaintext);
        if (error)
            return abandon(error);
        created.m_attachments.append(stored);
    }
    if (StorageError error = writeDraft(created))
        return abandon(error);
    qCInfo(lcStorage) << "draft duplicated" << id << "as" << created.m_id;
    copy = created;
    return {};
}

StorageError DraftStore::readAttachment(const Draft& draft, const QString& slot, QIODevice& out) const
{
    const DraftAttachment* attachment = draft.attachment(slot);
    if (!attachment)
        return {StorageError::NotFound, QStringLiteral("no such attachment")};
    QFile file(draftDir(draft.m_id) + QLatin1Char('/') + attachment->storedName);
    if (!file.open(QIODevice::ReadOnly))
        return {file.exists() ? StorageError::ReadFailed : StorageError::Damaged, QStringLiteral("attachment missing")};
    return fromCipher(EncryptedStream::decrypt(m_key, attachmentRole(draft.m_id, attachment->storedName), file, out),
                      QStringLiteral("attachment"));
}

StorageError DraftStore::exportAttachment(const Draft& draft, const QString& slot, const QString& path) const
{
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return {StorageError::WriteFailed, target.errorString()};
    if (StorageError error = readAttachment(draft, slot, target)) {
        target.cancelWriting();
        return error;
    }
    if (!target.commit())
        return {StorageError::WriteFailed, target.errorString()};
    return {};
}

StorageError DraftStore::markSubmitting(const QString& id, const QString& idempotencyKey, const QString& payloadHash)
{
    Draft draft;
    if (StorageError error = read(id, draft))
        return error;
    // The caller recorded the key for the content it read: other content must not be frozen under it.
    if (draft.payloadHash() != payloadHash)
        return {StorageError::InvalidState, QStringLiteral("changed since it was read")};
    if (draft.m_state == Draft::State::Submitting && draft.m_idempotencyKey == idempotencyKey)
        return {};
    if (draft.m_state != Draft::State::Editing)
        return {StorageError::InvalidState, QStringLiteral("not editing")};
    draft.m_state = Draft::State::Submitting;
    draft.m_idempotencyKey = idempotencyKey;
    return writeDraft(draft);
}

StorageError DraftStore::markSubmitted(const QString& id, const SubmissionReceipt& receipt)
{
    Draft draft;
    if (StorageError error = read(id, draft))
        return error;
    if (draft.m_state == Draft::State::Submitted && draft.m_receipt == receipt)
        return {};
    if (draft.m_state != Draft::State::Submitting || !receipt.isValid())
        return {StorageError::InvalidState, QStringLiteral("not submitting")};
    draft.m_state = Draft::State::Submitted;
    draft.m_receipt = receipt;
    qCInfo(lcStorage) << "draft submitted" << id;
    return writeDraft(draft);
}

StorageError DraftStore::reopen(const QString& id)
{
    Draft draft;
    if (StorageError error = read(id, draft))
        return error;
    if (draft.m_state == Draft::State::Editing)
        return {};
    if (draft.m_state != Draft::State::Submitting)
        return {StorageError::AlreadySubmitted};
    draft.m_state = Draft::State::Editing;
    draft.m_idempotencyKey.clear();
    return writeDraft(draft);
}

} // namespace segurdesk::storage
