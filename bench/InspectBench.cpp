// File inspector timings on files at the portal's limit: a ~4 MB PDF and JPEG made at start.
// Target: inspect of a 4 MB PDF, SHA-256 included, within 20 ms.
#include "core/crypto/Sha256.h"
#include "core/files/FileInspector.h"
#include "tests/core/files/FileFixtures.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

namespace {

using segurdesk::files::FileInspection;
using segurdesk::files::FileInspector;
using segurdesk::testing::FileFixtures;

constexpr qint64 kTargetBytes = 4'000'000;

struct Fixtures
{
    QTemporaryDir directory;
    QString pdf;
    QString jpeg;
    QByteArray jpegBytes;
};

Fixtures* g_fixtures = nullptr;

void requireAccepted(benchmark::State& state, const FileInspection& inspection)
{
    if (!inspection.accepted())
        state.SkipWithError(inspection.code().toUtf8().constData());
}

void inspectPdf(benchmark::State& state)
{
    const FileInspector inspector;
    for (auto _ : state) {
        FileInspection inspection = inspector.inspect(g_fixtures->pdf);
        benchmark::DoNotOptimize(inspection);
        requireAccepted(state, inspection);
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(g_fixtures->pdf).size());
}
BENCHMARK(inspectPdf)->Unit(benchmark::kMillisecond);

void inspectJpeg(benchmark::State& state)
{
    const FileInspector inspector;
    for (auto _ : state) {
        FileInspection inspection = inspector.inspect(g_fixtures->jpeg);
        benchmark::DoNotOptimize(inspection);
        requireAccepted(state, inspection);
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(g_fixtures->jpeg).size());
}
BENCHMARK(inspectJpeg)->Unit(benchmark::kMillisecond);

// What a full-resolution decode would cost, to compare with the 1/8-scale decode the
// inspector does (both entropy-decode every block).
void decodeJpegFullSize(benchmark::State& state)
{
    for (auto _ : state) {
        QBuffer buffer(&g_fixtures->jpegBytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        QImage image = reader.read();
        benchmark::DoNotOptimize(image);
    }
}
BENCHMARK(decodeJpegFullSize)->Unit(benchmark::kMillisecond);

void decodeJpegEighthScale(benchmark::State& state)
{
    for (auto _ : state) {
        QBuffer buffer(&g_fixtures->jpegBytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        reader.setQuality(0);
        reader.setScaledSize(reader.size() / 8);
        QImage image = reader.read();
        benchmark::DoNotOptimize(image);
    }
}
BENCHMARK(decodeJpegEighthScale)->Unit(benchmark::kMillisecond);

void sha256FourMegabytes(benchmark::State& state)
{
    QFile file(g_fixtures->pdf);
    file.open(QIODevice::ReadOnly);
    const QByteArray content = file.readAll();
    for (auto _ : state) {
        QByteArray digest = segurdesk::crypto::Sha256::hash(content);
        benchmark::DoNotOptimize(digest);
    }
    state.SetBytesProcessed(state.iterations() * content.size());
}
BENCHMARK(sha256FourMegabytes)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);

    Fixtures fixtures;
    const FileFixtures files(fixtures.directory.path());
    fixtures.pdf = files.write(QStringLiteral("noisy.pdf"), FileFixtures::noisyPdf(kTargetBytes));
    fixtures.jpegBytes = FileFixtures::noisyJpeg(kTargetBytes);
    fixtures.jpeg = files.write(QStringLiteral("noisy.jpg"), fixtures.jpegBytes);
    const QByteArray sizes = "fixtures: PDF " + QByteArray::number(QFileInfo(fixtures.pdf).size()) + " bytes, JPEG "
        + QByteArray::number(QFileInfo(fixtures.jpeg).size()) + " bytes\n";
    std::fputs(sizes.constData(), stderr);
    g_fixtures = &fixtures;

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
