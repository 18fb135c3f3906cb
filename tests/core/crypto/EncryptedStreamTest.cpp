#include "core/crypto/EncryptedStream.h"

#include "core/crypto/SecureRandom.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace segurdesk::crypto;

namespace {

// 1 KiB chunks keep multi-chunk cases small.
constexpr int SmallChunkLog2 = 10;
constexpr qsizetype Chunk = 1 << SmallChunkLog2;

QByteArray seal(const SecretKey& key, QByteArrayView aad, const QByteArray& plaintext, int chunkLog2 = SmallChunkLog2)
{
    QByteArray input = plaintext;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray sealed;
    QBuffer out(&sealed);
    out.open(QIODevice::WriteOnly);
    EXPECT_EQ(EncryptedStream::encrypt(key, aad, in, out, chunkLog2), CipherStatus::Ok);
    return sealed;
}

CipherStatus open(const SecretKey& key, QByteArrayView aad, const QByteArray& sealed, QByteArray* plaintext = nullptr)
{
    QByteArray result;
    const CipherStatus status = EncryptedStream::openBytes(key, aad, sealed, result);
    if (plaintext)
        *plaintext = result;
    return status;
}

struct SizeRow
{
    const char* name;
    qsizetype size;
};

const SizeRow SizeRows[] = {
    {"empty", 0},
    {"one_byte", 1},
    {"chunk_minus_one", Chunk - 1},
    {"exactly_one_chunk", Chunk},
    {"chunk_plus_one", Chunk + 1},
    {"exactly_three_chunks", 3 * Chunk},
    {"odd_size", 5 * Chunk + 317},
};

class RoundTrip : public ::testing::TestWithParam<SizeRow>
{
};

TEST_P(RoundTrip, GivesBackTheSameBytesAndDetectsEveryTruncation)
{
    const SecretKey key = SecretKey::generate();
    const QByteArray plaintext = SecureRandom::bytes(GetParam().size);
    const QByteArray sealed = seal(key, "role/name", plaintext);
    const qsizetype chunks = qMax<qsizetype>(1, (GetParam().size + Chunk - 1) / Chunk);
    EXPECT_EQ(sealed.size(), EncryptedStream::HeaderSize + GetParam().size + chunks * 16);

    QByteArray opened;
    ASSERT_EQ(open(key, "role/name", sealed, &opened), CipherStatus::Ok);
    EXPECT_EQ(opened, plaintext);

    // Every cut point, including chunk boundaries, is detected, and nothing is returned.
    const qsizetype step = qMax<qsizetype>(1, sealed.size() / 97);
    for (qsizetype cut = 0; cut < sealed.size(); cut += step) {
        QByteArray partial = QByteArrayLiteral("unchanged");
        EXPECT_EQ(open(key, "role/name", sealed.left(cut), &partial), CipherStatus::Damaged) << "cut at " << cut;
        EXPECT_TRUE(partial.isEmpty());
    }
    for (qsizetype boundary = EncryptedStream::HeaderSize + Chunk + 16; boundary < sealed.size();
         boundary += Chunk + 16)
        EXPECT_EQ(open(key, "role/name", sealed.left(boundary)), CipherStatus::Damaged) << "chunk boundary";
}

INSTANTIATE_TEST_SUITE_P(Sizes, RoundTrip, ::testing::ValuesIn(SizeRows),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(EncryptedStream, EveryFlippedBitIsDetected)
{
    const SecretKey key = SecretKey::generate();
    const QByteArray sealed = seal(key, "draft/1/dossier", SecureRandom::bytes(2 * Chunk + 10));
    for (qsizetype bit = 0; bit < sealed.size() * 8; bit += 7) {
        QByteArray altered = sealed;
        altered[bit / 8] = static_cast<char>(altered[bit / 8] ^ (1 << (bit % 8)));
        const CipherStatus status = open(key, "draft/1/dossier", altered);
        EXPECT_TRUE(status == CipherStatus::Damaged || status == CipherStatus::UnsupportedVersion) << "bit " << bit;
    }
}

TEST(EncryptedStream, WrongKeyOrOtherRoleIsDamaged)
{
    const SecretKey key = SecretKey::generate();
    const QByteArray sealed = seal(key, "draft/1/file/a", "content");
    EXPECT_EQ(open(SecretKey::generate(), "draft/1/file/a", sealed), CipherStatus::Damaged);
    EXPECT_EQ(open(key, "draft/1/file/b", sealed), CipherStatus::Damaged);
    EXPECT_EQ(open(key, "draft/2/file/a", sealed), CipherStatus::Damaged);
    EXPECT_EQ(open(SecretKey(), "draft/1/file/a", sealed), CipherStatus::Damaged);
}

TEST(EncryptedStream, ReorderedDuplicatedOrAppendedChunksAreDamaged)
{
    const SecretKey key = SecretKey::generate();
    const QByteArray sealed = seal(key, "r", SecureRandom::bytes(3 * Chunk + 5));
    const qsizetype h = EncryptedStream::HeaderSize;
    const qsizetype c = Chunk + 16;
    const QByteArray header = sealed.left(h);
    const QByteArray first = sealed.mid(h, c);
    const QByteArray second = sealed.mid(h + c, c);
    const QByteArray rest = sealed.mid(h + 2 * c);
    EXPECT_EQ(open(key, "r", header + second + first + rest), CipherStatus::Damaged);
    EXPECT_EQ(open(key, "r", header + first + first + rest), CipherStatus::Damaged);
    EXPECT_EQ(open(key, "r", sealed + QByteArray(1, '\0')), CipherStatus::Damaged);
    EXPECT_EQ(open(key, "r", sealed + sealed.mid(h)), CipherStatus::Damaged);
}

TEST(EncryptedStream, SameContentEncryptsDifferentlyEachTime)
{
    const SecretKey key = SecretKey::generate();
    EXPECT_NE(seal(key, "r", "same"), seal(key, "r", "same"));
}

// A field is either set to a value or, for the random nonce (which may already hold any given
// value), has its bits flipped.
struct HeaderRow
{
    const char* name;
    int offset;
    char value;
    CipherStatus expected;
    bool flip = false;
};

const HeaderRow HeaderRows[] = {
    {"other_magic", 0, 'X', CipherStatus::Damaged},        {"future_version", 4, 2, CipherStatus::UnsupportedVersion},
    {"chunk_log2_too_small", 5, 9, CipherStatus::Damaged}, {"chunk_log2_too_large", 5, 21, CipherStatus::Damaged},
    {"reserved_byte_set", 6, 1, CipherStatus::Damaged},    {"nonce_changed", 12, 0x55, CipherStatus::Damaged, true},
};

class HeaderField : public ::testing::TestWithParam<HeaderRow>
{
};

TEST_P(HeaderField, IsChecked)
{
    const SecretKey key = SecretKey::generate();
    QByteArray sealed = seal(key, "r", "content");
    const HeaderRow& row = GetParam();
    sealed[row.offset] = row.flip ? static_cast<char>(sealed[row.offset] ^ row.value) : row.value;
    EXPECT_EQ(open(key, "r", sealed), row.expected);
}

INSTANTIATE_TEST_SUITE_P(Rows, HeaderField, ::testing::ValuesIn(HeaderRows),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(EncryptedStream, DefaultChunkSizeRoundTripsAFourMegabyteDocument)
{
    const SecretKey key = SecretKey::generate();
    const QByteArray document = SecureRandom::bytes(qsizetype {4} * 1024 * 1024);
    const QByteArray sealed = seal(key, "file", document, EncryptedStream::DefaultChunkLog2);
    QByteArray opened;
    ASSERT_EQ(open(key, "file", sealed, &opened), CipherStatus::Ok);
    EXPECT_EQ(opened, document);
    EXPECT_EQ(sealed.size() - document.size(), EncryptedStream::HeaderSize + qsizetype {64} * 16);
}

} // namespace
