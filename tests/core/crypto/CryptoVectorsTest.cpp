// Known-answer tests: AES-256-GCM against the GCM specification's AES-256 cases (McGrew & Viega,
// test cases 13 to 16, also in NIST's GCM validation suite) and scrypt against RFC 7914 section 12.
#include "core/crypto/Aes256Gcm.h"
#include "core/crypto/Scrypt.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace segurdesk::crypto;

namespace {

struct GcmVector
{
    const char* name;
    const char* key;
    const char* nonce;
    const char* plaintext;
    const char* aad;
    const char* ciphertext;
    const char* tag;
};

const char* const Key15 = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char* const Plain15 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
const char* const Cipher15 = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                             "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";
const char* const Plain16 = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
const char* const Cipher16 = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                             "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662";

const GcmVector GcmVectors[] = {
    {"case13_empty", "0000000000000000000000000000000000000000000000000000000000000000", "000000000000000000000000", "",
     "", "", "530f8afbc74536b9a963b4f1c4cb738b"},
    {"case14_one_zero_block", "0000000000000000000000000000000000000000000000000000000000000000",
     "000000000000000000000000", "00000000000000000000000000000000", "", "cea7403d4d606b6e074ec5d3baf39d18",
     "d0d1c8a799996bf0265b98b5d48ab919"},
    {"case15_four_blocks", Key15, "cafebabefacedbaddecaf888", Plain15, "", Cipher15,
     "b094dac5d93471bdec1a502270e3cc6c"},
    {"case16_partial_block_with_aad", Key15, "cafebabefacedbaddecaf888", Plain16,
     "feedfacedeadbeeffeedfacedeadbeefabaddad2", Cipher16, "76fc6ece0f4e1768cddf8853bb2d551b"},
};

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

class GcmKnownAnswer : public ::testing::TestWithParam<GcmVector>
{
};

TEST_P(GcmKnownAnswer, SealsToTheExpectedCiphertextAndTag)
{
    const GcmVector& v = GetParam();
    Aes256Gcm cipher(SecretKey::fromBytes(hex(v.key)));
    const QByteArray nonce = hex(v.nonce);
    const QByteArray plaintext = hex(v.plaintext);
    QByteArray ciphertext(plaintext.size(), '\0');
    QByteArray tag(Aes256Gcm::TagSize, '\0');
    ASSERT_TRUE(cipher.seal(reinterpret_cast<const unsigned char*>(nonce.constData()), {hex(v.aad)},
                            plaintext.constData(), plaintext.size(), ciphertext.data(),
                            reinterpret_cast<unsigned char*>(tag.data())));
    EXPECT_EQ(ciphertext.toHex(), QByteArray(v.ciphertext));
    EXPECT_EQ(tag.toHex(), QByteArray(v.tag));
}

TEST_P(GcmKnownAnswer, OpensTheExpectedPlaintextAndRejectsAnyAlteredTagByte)
{
    const GcmVector& v = GetParam();
    Aes256Gcm cipher(SecretKey::fromBytes(hex(v.key)));
    const QByteArray nonce = hex(v.nonce);
    const QByteArray ciphertext = hex(v.ciphertext);
    QByteArray tag = hex(v.tag);
    QByteArray plaintext(ciphertext.size(), '\0');
    const auto* n = reinterpret_cast<const unsigned char*>(nonce.constData());
    ASSERT_TRUE(cipher.open(n, {hex(v.aad)}, ciphertext.constData(), ciphertext.size(), plaintext.data(),
                            reinterpret_cast<const unsigned char*>(tag.constData())));
    EXPECT_EQ(plaintext.toHex(), QByteArray(v.plaintext));
    for (int i = 0; i < tag.size(); ++i) {
        QByteArray altered = tag;
        altered[i] = static_cast<char>(altered[i] ^ 0x01);
        EXPECT_FALSE(cipher.open(n, {hex(v.aad)}, ciphertext.constData(), ciphertext.size(), plaintext.data(),
                                 reinterpret_cast<const unsigned char*>(altered.constData())))
            << "tag byte " << i;
    }
    EXPECT_FALSE(cipher.open(n, {hex(v.aad), "x"}, ciphertext.constData(), ciphertext.size(), plaintext.data(),
                             reinterpret_cast<const unsigned char*>(tag.constData())))
        << "extra associated data";
}

INSTANTIATE_TEST_SUITE_P(SpecCases, GcmKnownAnswer, ::testing::ValuesIn(GcmVectors),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(Aes256Gcm, NullKeyRefusesToWork)
{
    Aes256Gcm cipher {SecretKey()};
    const unsigned char nonce[12] = {};
    unsigned char tag[16] = {};
    char out[4];
    EXPECT_FALSE(cipher.seal(nonce, {}, "abcd", 4, out, tag));
}

struct ScryptVector
{
    const char* name;
    const char* passphrase;
    const char* salt;
    quint8 logN;
    quint32 r;
    quint32 p;
    const char* derived;
};

// RFC 7914's fourth vector (N = 2^20, 1 GiB) is left out: it would take most of the machine's memory.
const ScryptVector ScryptVectors[] = {
    {"rfc7914_empty", "", "", 4, 1, 1,
     "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
     "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"},
    {"rfc7914_password_nacl", "password", "NaCl", 10, 8, 16,
     "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
     "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"},
    {"rfc7914_pleaseletmein", "pleaseletmein", "SodiumChloride", 14, 8, 1,
     "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
     "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"},
};

class ScryptKnownAnswer : public ::testing::TestWithParam<ScryptVector>
{
};

TEST_P(ScryptKnownAnswer, DerivesTheRfcOutput)
{
    const ScryptVector& v = GetParam();
    const ScryptParams params {v.logN, v.r, v.p};
    EXPECT_EQ(Scrypt::derive(QByteArray(v.passphrase), QByteArray(v.salt), params, 64).toHex(), QByteArray(v.derived));
}

INSTANTIATE_TEST_SUITE_P(Rfc7914, ScryptKnownAnswer, ::testing::ValuesIn(ScryptVectors),
                         [](const auto& row) { return std::string(row.param.name); });

struct ParamsRow
{
    const char* name;
    ScryptParams params;
    bool acceptable;
};

const ParamsRow ParamsRows[] = {
    {"defaults", {}, true},
    {"logN_zero", {0, 8, 1}, false},
    {"logN_25", {25, 8, 1}, false},
    {"r_zero", {14, 0, 1}, false},
    {"p_zero", {14, 8, 0}, false},
    {"memory_1GiB_plus_buffers", {20, 8, 1}, false},
    {"memory_512MiB", {19, 8, 1}, true},
    {"huge_p", {10, 8, 1000}, false},
};

class ScryptParamBounds : public ::testing::TestWithParam<ParamsRow>
{
};

TEST_P(ScryptParamBounds, AreEnforced)
{
    EXPECT_EQ(GetParam().params.isAcceptable(), GetParam().acceptable);
    if (!GetParam().acceptable) {
        EXPECT_TRUE(Scrypt::derive("pw", "salt", GetParam().params, 32).isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, ScryptParamBounds, ::testing::ValuesIn(ParamsRows),
                         [](const auto& row) { return std::string(row.param.name); });

} // namespace
