// Fuzzes what the draft store reads back from disk. The first byte picks the mode:
// 't' (tamper): the rest is [chunk size, offset (2 bytes), XOR mask, cut, plaintext...]; the
//    plaintext is encrypted, one byte altered and the end cut as told, then decrypted: only the
//    untouched file may decrypt, and then to the same plaintext.
// 'j' (draft JSON): the rest is a decrypted draft document, read as the store reads it, then
//    its dossier as the wizard reads it; a draft that reads must write back to the same bytes.
// anything else: the rest is an encrypted file as found on disk, decrypted with the stream and
//    the whole-buffer forms, which must agree.
#include "core/crypto/EncryptedStream.h"
#include "core/model/DossierJson.h"
#include "core/storage/Draft.h"
#include "fuzz/FuzzSupport.h"

#include <QBuffer>

namespace {

using namespace segurdesk::crypto;
using segurdesk::fuzz::require;

const SecretKey& fuzzKey()
{
    static const SecretKey key = SecretKey::fromBytes(QByteArrayLiteral("segurdesk-fuzz-fixed-key-32bytes"));
    return key;
}

const QByteArray kAssociatedData = QByteArrayLiteral("draft:fuzz/draft.sdef");

void checkTampering(const QByteArray& input)
{
    if (input.size() < 5)
        return;
    // 2^10 to 2^13 bytes per chunk, so that short inputs span several chunks.
    const int chunkLog2 = 10 + static_cast<quint8>(input.at(0)) % 4;
    const auto offset
        = static_cast<qsizetype>((static_cast<quint8>(input.at(1)) << 8) | static_cast<quint8>(input.at(2)));
    const auto mask = static_cast<char>(input.at(3));
    const qsizetype cut = static_cast<quint8>(input.at(4)) % 32;
    QByteArray plaintext = input.mid(5);
    // Repeating the plaintext reaches multi-chunk files without huge inputs.
    while (!plaintext.isEmpty() && plaintext.size() < 3000)
        plaintext += plaintext;

    QBuffer in(&plaintext);
    in.open(QIODevice::ReadOnly);
    QByteArray sealed;
    QBuffer out(&sealed);
    out.open(QIODevice::WriteOnly);
    require(EncryptedStream::encrypt(fuzzKey(), kAssociatedData, in, out, chunkLog2) == CipherStatus::Ok,
            "encryption succeeds");
    out.close();

    const bool altered = mask != 0;
    if (altered)
        sealed[offset % sealed.size()] = static_cast<char>(sealed.at(offset % sealed.size()) ^ mask);
    sealed.chop(cut);

    QByteArray opened;
    const CipherStatus status = EncryptedStream::openBytes(fuzzKey(), kAssociatedData, sealed, opened);
    if (!altered && cut == 0) {
        require(status == CipherStatus::Ok, "an untouched file decrypts");
        require(opened == plaintext, "an untouched file decrypts to its plaintext");
    } else {
        require(status != CipherStatus::Ok, "an altered or truncated file never decrypts");
    }
}

void checkDecryption(const QByteArray& sealed)
{
    QByteArray opened;
    const CipherStatus whole = EncryptedStream::openBytes(fuzzKey(), kAssociatedData, sealed, opened);

    QByteArray source = sealed;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QByteArray streamed;
    QBuffer out(&streamed);
    out.open(QIODevice::WriteOnly);
    const CipherStatus stream = EncryptedStream::decrypt(fuzzKey(), kAssociatedData, in, out);
    require(whole == stream, "the stream and whole-buffer forms agree");
    if (whole == CipherStatus::Ok)
        require(opened == streamed, "the stream and whole-buffer forms decrypt alike");
}

void checkDraftDocument(const QByteArray& document)
{
    segurdesk::storage::Draft draft;
    if (!segurdesk::storage::Draft::deserialize(document, draft))
        return;
    const QByteArray written = draft.serialize();
    segurdesk::storage::Draft again;
    require(segurdesk::storage::Draft::deserialize(written, again), "a serialized draft reads back");
    require(again.serialize() == written, "a draft reads back to the same document");
    segurdesk::model::DossierJson::fromJson(draft.dossier(), segurdesk::model::DossierJson::Mode::PortalInput);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = segurdesk::fuzz::bytes(data + 1, size - 1);
    if (data[0] == 't')
        checkTampering(rest);
    else if (data[0] == 'j')
        checkDraftDocument(rest);
    else
        checkDecryption(rest);
    return 0;
}
