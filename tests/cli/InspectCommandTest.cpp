// `segurdesk-cli inspect` as scripts use it: the real executable on real files made at test
// time, text and JSON output, --max-bytes and exit codes.
#include "tests/cli/CliRun.h"
#include "tests/core/files/FileFixtures.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <optional>

namespace {

using segurdesk::testing::FileFixtures;

// The fixture files every row may name, by their short name.
class InspectCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_directory.isValid());
        m_files.write(QStringLiteral("three.pdf"), FileFixtures::pdf(3));
        m_files.write(QStringLiteral("photo.png"), FileFixtures::image("png", {120, 80}));
        m_files.write(QStringLiteral("photo.jpg"), FileFixtures::image("jpeg", {64, 32}));
        m_files.write(QStringLiteral("renamed.png"), FileFixtures::gif());
        m_files.write(QStringLiteral("cut.pdf"), FileFixtures::pdf(2).left(400));
        m_files.write(QStringLiteral("empty.pdf"), {});
    }

    QString path(const char* name) const { return m_files.path(QLatin1String(name)); }

    QJsonArray runJson(const QStringList& arguments, int expectedExit)
    {
        const CliRun run = runCli(QStringList {QStringLiteral("inspect"), QStringLiteral("--json")} + arguments);
        EXPECT_FALSE(run.crashed);
        EXPECT_EQ(run.exitCode, expectedExit) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(document.isArray());
        return document.array();
    }

    QTemporaryDir m_directory;
    FileFixtures m_files {m_directory.path()};
};

struct JsonRow
{
    const char* name;
    const char* file;
    bool accepted;
    const char* type;
    const char* code;
    std::optional<int> pages;
    std::optional<QSize> pixels;
    bool hashed;
};

const JsonRow kJsonRows[] = {
    {"pdf_three_pages", "three.pdf", true, "pdf", "file.ok", 3, {}, true},
    {"png", "photo.png", true, "png", "file.ok", {}, QSize(120, 80), true},
    {"jpeg", "photo.jpg", true, "jpeg", "file.ok", {}, QSize(64, 32), true},
    {"gif_renamed_png", "renamed.png", false, "gif", "file.type_not_allowed", {}, {}, false},
    {"truncated_pdf", "cut.pdf", false, "pdf", "file.pdf_corrupt", {}, {}, true},
    {"empty", "empty.pdf", false, "unknown", "file.empty", {}, {}, false},
    {"missing", "missing.pdf", false, "unknown", "file.unreadable", {}, {}, false},
};

class InspectJsonRows : public InspectCommandTest, public ::testing::WithParamInterface<JsonRow>
{
};

TEST_P(InspectJsonRows, OneObjectWithEveryKey)
{
    const JsonRow& row = GetParam();
    const QString file = path(row.file);
    const QJsonArray results = runJson({file}, row.accepted ? 0 : 1);
    ASSERT_EQ(results.size(), 1);
    const QJsonObject object = results.first().toObject();

    const QStringList keys
        = {QStringLiteral("file"),  QStringLiteral("accepted"), QStringLiteral("type"),   QStringLiteral("size"),
           QStringLiteral("pages"), QStringLiteral("width"),    QStringLiteral("height"), QStringLiteral("sha256"),
           QStringLiteral("code"),  QStringLiteral("reason")};
    for (const QString& key : keys)
        EXPECT_TRUE(object.contains(key)) << key.toStdString();
    EXPECT_EQ(object.size(), keys.size());

    EXPECT_EQ(object.value(QStringLiteral("file")).toString(), file);
    EXPECT_TRUE(object.value(QStringLiteral("accepted")).isBool());
    EXPECT_EQ(object.value(QStringLiteral("accepted")).toBool(), row.accepted);
    EXPECT_EQ(object.value(QStringLiteral("type")).toString().toStdString(), row.type);
    EXPECT_EQ(object.value(QStringLiteral("code")).toString().toStdString(), row.code);
    EXPECT_EQ(object.value(QStringLiteral("reason")).toString().isEmpty(), row.accepted);

    if (row.pages) {
        EXPECT_EQ(object.value(QStringLiteral("pages")).toInt(-1), *row.pages);
    } else {
        EXPECT_TRUE(object.value(QStringLiteral("pages")).isNull());
    }
    if (row.pixels) {
        EXPECT_EQ(object.value(QStringLiteral("width")).toInt(-1), row.pixels->width());
        EXPECT_EQ(object.value(QStringLiteral("height")).toInt(-1), row.pixels->height());
    } else {
        EXPECT_TRUE(object.value(QStringLiteral("width")).isNull());
        EXPECT_TRUE(object.value(QStringLiteral("height")).isNull());
    }

    QFile content(file);
    if (content.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = content.readAll();
        EXPECT_EQ(object.value(QStringLiteral("size")).toInteger(-1), bytes.size());
        if (row.hashed) {
            EXPECT_EQ(object.value(QStringLiteral("sha256")).toString().toLatin1(),
                      QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
    } else {
        EXPECT_TRUE(object.value(QStringLiteral("size")).isNull());
    }
    if (!row.hashed) {
        EXPECT_TRUE(object.value(QStringLiteral("sha256")).isNull());
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, InspectJsonRows, ::testing::ValuesIn(kJsonRows),
                         [](const ::testing::TestParamInfo<JsonRow>& row) { return row.param.name; });

TEST_F(InspectCommandTest, JsonKeepsTheOrderOfTheFilesAndExitsOneOnAnyRejection)
{
    const QJsonArray all = runJson({path("three.pdf"), path("photo.png"), path("photo.jpg")}, 0);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(1).toObject().value(QStringLiteral("file")).toString(), path("photo.png"));

    const QJsonArray mixed = runJson({path("three.pdf"), path("renamed.png"), path("missing.pdf")}, 1);
    ASSERT_EQ(mixed.size(), 3);
    EXPECT_TRUE(mixed.at(0).toObject().value(QStringLiteral("accepted")).toBool());
    EXPECT_FALSE(mixed.at(2).toObject().value(QStringLiteral("accepted")).toBool());
}

TEST_F(InspectCommandTest, MaxBytesMovesTheLimitToTheExactByte)
{
    const qint64 size = QFileInfo(path("photo.png")).size();
    for (const auto& [limit, exitCode] : {std::pair {size, 0}, std::pair {size - 1, 1}}) {
        const QJsonArray spaced
            = runJson({QStringLiteral("--max-bytes"), QString::number(limit), path("photo.png")}, exitCode);
        const QJsonArray attached = runJson({QStringLiteral("--max-bytes=%1").arg(limit), path("photo.png")}, exitCode);
        ASSERT_EQ(spaced.size(), 1);
        EXPECT_EQ(spaced, attached);
        EXPECT_EQ(spaced.first().toObject().value(QStringLiteral("code")).toString(),
                  exitCode == 0 ? QStringLiteral("file.ok") : QStringLiteral("file.too_large"));
    }
}

TEST_F(InspectCommandTest, TextOutputHasOneLinePerFile)
{
    const CliRun run = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("inspect"),
                               path("three.pdf"), path("renamed.png")});
    ASSERT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 1);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();

    const QByteArray hash = QCryptographicHash::hash(FileFixtures::pdf(3), QCryptographicHash::Sha256).toHex();
    EXPECT_TRUE(lines.at(0).startsWith(path("three.pdf").toUtf8() + ": accepted, PDF document, "))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(0).contains("pages: 3")) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(0).contains("sha256 ")) << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).contains(": rejected, GIF image, 43 bytes [file.type_not_allowed] "))
        << lines.at(1).toStdString();
}

TEST_F(InspectCommandTest, FrenchIsTheDefaultLanguage)
{
    const CliRun run = runCli({QStringLiteral("inspect"), path("renamed.png")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("image GIF"))) << run.out.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("Seuls les fichiers PDF, JPEG et PNG")))
        << run.out.toStdString();
}

struct UsageRow
{
    const char* name;
    QStringList arguments;
};

const UsageRow kUsageRows[] = {
    {"no_file", {}},
    {"only_json", {QStringLiteral("--json")}},
    {"max_bytes_without_value", {QStringLiteral("a.pdf"), QStringLiteral("--max-bytes")}},
    {"max_bytes_not_a_number", {QStringLiteral("--max-bytes"), QStringLiteral("4Mo"), QStringLiteral("a.pdf")}},
    {"max_bytes_zero", {QStringLiteral("--max-bytes=0"), QStringLiteral("a.pdf")}},
    {"max_bytes_negative", {QStringLiteral("--max-bytes"), QStringLiteral("-5"), QStringLiteral("a.pdf")}},
    {"max_bytes_empty", {QStringLiteral("--max-bytes="), QStringLiteral("a.pdf")}},
    {"unknown_option", {QStringLiteral("--jsonn"), QStringLiteral("a.pdf")}},
};

class InspectUsageRows : public ::testing::TestWithParam<UsageRow>
{
};

TEST_P(InspectUsageRows, ExitTwoWithAReasonOnStandardError)
{
    const CliRun run = runCli(QStringList {QStringLiteral("inspect")} + GetParam().arguments);
    ASSERT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_FALSE(run.err.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Rows, InspectUsageRows, ::testing::ValuesIn(kUsageRows),
                         [](const ::testing::TestParamInfo<UsageRow>& row) { return row.param.name; });

TEST_F(InspectCommandTest, DoubleDashLetsAFileStartWithDashes)
{
    m_files.write(QStringLiteral("--json"), FileFixtures::pdf(1));
    const CliRun run = runCli({QStringLiteral("inspect"), QStringLiteral("--"), path("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
}

} // namespace
