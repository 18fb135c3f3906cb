// SHA-256 on OpenSSL against the FIPS 180-4 example vectors and Qt's own implementation.
#include "core/crypto/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace segurdesk::crypto {
namespace {

struct VectorRow
{
    const char* name;
    QByteArray input;
    const char* hex;
};

const VectorRow kVectors[] = {
    {"empty", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {"two_blocks", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {"million_a", QByteArray(1000000, 'a'), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

class Sha256Vectors : public ::testing::TestWithParam<VectorRow>
{
};

TEST_P(Sha256Vectors, OneShotChunkedAndFromDeviceAgree)
{
    const VectorRow& row = GetParam();
    EXPECT_EQ(Sha256::toHex(Sha256::hash(row.input)), QByteArray(row.hex));

    Sha256 chunked;
    for (qsizetype at = 0; at < row.input.size(); at += 7919)
        chunked.addData(QByteArrayView(row.input).sliced(at, qMin<qsizetype>(7919, row.input.size() - at)));
    EXPECT_EQ(Sha256::toHex(chunked.finalize()), QByteArray(row.hex));

    QBuffer device;
    device.setData(row.input);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const auto fromDevice = Sha256::hash(device);
    ASSERT_TRUE(fromDevice.has_value());
    EXPECT_EQ(Sha256::toHex(*fromDevice), QByteArray(row.hex));
}

INSTANTIATE_TEST_SUITE_P(Fips180, Sha256Vectors, ::testing::ValuesIn(kVectors),
                         [](const ::testing::TestParamInfo<VectorRow>& row) { return row.param.name; });

TEST(Sha256, MatchesQtOnRandomBuffersOfEveryLengthAroundTheBlockSize)
{
    QRandomGenerator random(42);
    for (int length = 0; length < 200; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char& c : data)
            c = char(random.bounded(256));
        EXPECT_EQ(Sha256::hash(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256)) << length;
    }
}

TEST(Sha256, ReportsAFailedRead)
{
    QBuffer closed;
    EXPECT_FALSE(Sha256::hash(closed).has_value());
}

} // namespace
} // namespace segurdesk::crypto
