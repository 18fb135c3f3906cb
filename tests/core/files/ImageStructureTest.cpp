// PNG chunk and JPEG marker walking: every prefix of a real file is incomplete, the whole is
// complete, and headers give the size without the rest of the file.
#include "core/files/JpegStructure.h"
#include "core/files/PngStructure.h"
#include "tests/core/files/FileFixtures.h"

#include <gtest/gtest.h>

namespace segurdesk::files {
namespace {

using testing::FileFixtures;

struct StructureRow
{
    const char* name;
    QByteArray file;
    QSize size;
};

const StructureRow kPngRows[] = {
    {"png_plain", FileFixtures::image("png", {40, 30}), {40, 30}},
    {"png_noise", FileFixtures::image("png", {17, 9}, true), {17, 9}},
    {"png_one_pixel", FileFixtures::image("png", {1, 1}), {1, 1}},
};

const StructureRow kJpegRows[] = {
    {"jpeg_plain", FileFixtures::image("jpeg", {40, 30}), {40, 30}},
    {"jpeg_noise_low_quality", FileFixtures::image("jpeg", {17, 9}, true, 10), {17, 9}},
    {"jpeg_noise_best_quality", FileFixtures::image("jpeg", {64, 64}, true, 100), {64, 64}},
};

class PngStructureTest : public ::testing::TestWithParam<StructureRow>
{
};

TEST_P(PngStructureTest, OnlyTheWholeFileIsComplete)
{
    const StructureRow& row = GetParam();
    EXPECT_EQ(PngStructure::headerSize(row.file), row.size);
    EXPECT_TRUE(PngStructure::isComplete(row.file));
    EXPECT_TRUE(PngStructure::isComplete(row.file + "junk after IEND"));
    for (qsizetype length = 0; length < row.file.size(); ++length)
        EXPECT_FALSE(PngStructure::isComplete(row.file.left(length))) << "prefix of " << length << " bytes";
    // Header alone: the size is known from the first 29 bytes, before the IHDR CRC.
    EXPECT_EQ(PngStructure::headerSize(row.file.left(29)), row.size);
    EXPECT_FALSE(PngStructure::headerSize(row.file.left(28)).has_value());
}

TEST_P(PngStructureTest, AnyFlippedByteAfterTheSignatureIsCaught)
{
    const StructureRow& row = GetParam();
    for (qsizetype at = 8; at < row.file.size(); ++at) {
        QByteArray damaged = row.file;
        damaged[at] = char(damaged.at(at) ^ 0x01);
        EXPECT_FALSE(PngStructure::isComplete(damaged)) << "byte " << at;
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, PngStructureTest, ::testing::ValuesIn(kPngRows),
                         [](const ::testing::TestParamInfo<StructureRow>& row) { return row.param.name; });

class JpegStructureTest : public ::testing::TestWithParam<StructureRow>
{
};

TEST_P(JpegStructureTest, OnlyTheWholeFileIsComplete)
{
    const StructureRow& row = GetParam();
    EXPECT_EQ(JpegStructure::headerSize(row.file), row.size);
    EXPECT_TRUE(JpegStructure::isComplete(row.file));
    EXPECT_TRUE(JpegStructure::isComplete(row.file + "trailer appended by a phone"));
    for (qsizetype length = 0; length < row.file.size(); ++length)
        EXPECT_FALSE(JpegStructure::isComplete(row.file.left(length))) << "prefix of " << length << " bytes";
}

INSTANTIATE_TEST_SUITE_P(Rows, JpegStructureTest, ::testing::ValuesIn(kJpegRows),
                         [](const ::testing::TestParamInfo<StructureRow>& row) { return row.param.name; });

struct MalformedRow
{
    const char* name;
    QByteArray bytes;
};

const MalformedRow kMalformedJpegs[] = {
    {"soi_only", QByteArray("\xFF\xD8", 2)},
    {"soi_then_eoi", QByteArray("\xFF\xD8\xFF\xD9", 4)},
    {"segment_longer_than_file", QByteArray("\xFF\xD8\xFF\xE0\xFF\xFF\0\0", 8)},
    {"segment_length_below_two", QByteArray("\xFF\xD8\xFF\xE0\x00\x01\xFF\xD9", 8)},
    {"zero_width_frame", QByteArray("\xFF\xD8\xFF\xC0\x00\x0B\x08\x00\x10\x00\x00\x01\x01\x11\x00\xFF\xD9", 17)},
    {"scan_before_frame", QByteArray("\xFF\xD8\xFF\xDA\x00\x02\x12\x34\xFF\xD9", 10)},
    {"garbage_between_segments", QByteArray("\xFF\xD8\xFF\xE0\x00\x02XYZ\xFF\xD9", 11)},
};

class MalformedJpegTest : public ::testing::TestWithParam<MalformedRow>
{
};

TEST_P(MalformedJpegTest, IsNeverComplete)
{
    EXPECT_FALSE(JpegStructure::isComplete(GetParam().bytes));
}

INSTANTIATE_TEST_SUITE_P(Rows, MalformedJpegTest, ::testing::ValuesIn(kMalformedJpegs),
                         [](const ::testing::TestParamInfo<MalformedRow>& row) { return row.param.name; });

TEST(PngStructure, ReadsAHugeDeclaredSizeFromTheHeaderAlone)
{
    const QByteArray bomb = FileFixtures::pngClaiming({50000, 50000});
    EXPECT_EQ(PngStructure::headerSize(bomb), QSize(50000, 50000));
    EXPECT_TRUE(PngStructure::isComplete(bomb));
}

} // namespace
} // namespace segurdesk::files
