// Draft storage timings for a full dossier with six 4 MB documents (the portal's limit), on the
// real disk (QSaveFile fsyncs each file). Target: draft save and load within 60 ms each.
//   draftAttachSix   first save of the documents: six copies encrypted in (what attaching costs)
//   draftAutosave    saving the dossier JSON of that draft (what every edit costs)
//   draftLoad        load with every document authenticated (24 MB decrypted, nothing kept)
//   draftLoadAndRead load and decrypt the six documents into memory
//   seal4MB/<log2>   the encrypted format alone on 4 MB in memory, by chunk size
#include "core/crypto/EncryptedStream.h"
#include "core/crypto/SecureRandom.h"
#include "core/storage/DraftStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using segurdesk::crypto::CipherStatus;
using segurdesk::crypto::EncryptedStream;
using segurdesk::crypto::SecretKey;
using segurdesk::crypto::SecureRandom;
using segurdesk::storage::Draft;
using segurdesk::storage::DraftStore;

constexpr qsizetype DocumentBytes = qsizetype {4} * 1024 * 1024;
const char* const Slots[]
    = {"referencing_certificate", "operator_contract", "kbis", "representative_identity", "rib", "vat_exemption"};

struct Fixtures
{
    QTemporaryDir directory {QStringLiteral("draft-bench-XXXXXX")};
    SecretKey key = SecretKey::generate();
    QStringList documents;
    QJsonObject dossier;
};

Fixtures* g_fixtures = nullptr;

QJsonObject fullDossier()
{
    return QJsonDocument::fromJson(R"({
      "referencing": {"number": "REF-MSS-2023-0042", "dsr": "MSS Opérateurs", "solution_name": "Messagerie Santé Ouest"},
      "applicant": {"siret": "73282932000074", "company_name": "MSO SAS", "trade_name": "Messagerie Santé Ouest",
        "address": {"line1": "12 rue des Lilas", "postal_code": "35000", "city": "Rennes", "country": "FR"},
        "is_legal_representative": false},
      "representative": {"last_name": "Lefèvre", "first_name": "Anaïs", "email": "anais.lefevre@example.fr",
        "phone": "+33 6 12 34 56 78", "identity_document_type": "cni"},
      "depositor": {"last_name": "Martin", "first_name": "Paul", "email": "paul.martin@example.fr",
        "phone": "+33 2 99 00 00 00", "identity_document_type": "passport", "third_party_role": "accountant"},
      "bank": {"iban": "FR7630006000011234567890189", "bic": "AGRIFRPPXXX", "holder": "MSO SAS"},
      "vat_rate": "exempt",
      "declarations": {"cgu": true, "article_441_7": true, "authenticity": true}})")
        .object();
}

Draft attachAll(DraftStore& store, benchmark::State& state)
{
    Draft draft;
    if (store.create(g_fixtures->dossier, draft))
        state.SkipWithError("create failed");
    for (int i = 0; i < 6; ++i) {
        if (store.attach(draft, QString::fromLatin1(Slots[i]), g_fixtures->documents.at(i)))
            state.SkipWithError("attach failed");
    }
    return draft;
}

void draftAttachSix(benchmark::State& state)
{
    DraftStore store(g_fixtures->directory.filePath(QStringLiteral("attach")), g_fixtures->key);
    for (auto _ : state) {
        Draft draft = attachAll(store, state);
        state.PauseTiming();
        if (store.remove(draft.id()))
            state.SkipWithError("the draft could not be removed");
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * 6 * DocumentBytes);
}
BENCHMARK(draftAttachSix)->Unit(benchmark::kMillisecond)->UseRealTime();

void draftAutosave(benchmark::State& state)
{
    DraftStore store(g_fixtures->directory.filePath(QStringLiteral("save")), g_fixtures->key);
    Draft draft = attachAll(store, state);
    int edit = 0;
    for (auto _ : state) {
        QJsonObject dossier = g_fixtures->dossier;
        dossier.insert(QStringLiteral("edit"), ++edit);
        draft.setDossier(dossier);
        if (store.save(draft))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(draftAutosave)->Unit(benchmark::kMillisecond)->UseRealTime();

void draftLoad(benchmark::State& state)
{
    DraftStore store(g_fixtures->directory.filePath(QStringLiteral("load")), g_fixtures->key);
    const QString id = attachAll(store, state).id();
    for (auto _ : state) {
        Draft loaded;
        if (store.load(id, loaded))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(state.iterations() * 6 * DocumentBytes);
}
BENCHMARK(draftLoad)->Unit(benchmark::kMillisecond)->UseRealTime();

void draftLoadAndRead(benchmark::State& state)
{
    DraftStore store(g_fixtures->directory.filePath(QStringLiteral("read")), g_fixtures->key);
    const QString id = attachAll(store, state).id();
    for (auto _ : state) {
        Draft loaded;
        if (store.load(id, loaded))
            state.SkipWithError("load failed");
        for (const char* slot : Slots) {
            QByteArray content;
            content.reserve(DocumentBytes);
            QBuffer buffer(&content);
            buffer.open(QIODevice::WriteOnly);
            if (store.readAttachment(loaded, QString::fromLatin1(slot), buffer))
                state.SkipWithError("read failed");
            benchmark::DoNotOptimize(content);
        }
    }
    state.SetBytesProcessed(state.iterations() * 6 * DocumentBytes);
}
BENCHMARK(draftLoadAndRead)->Unit(benchmark::kMillisecond)->UseRealTime();

void seal4MB(benchmark::State& state)
{
    QByteArray plaintext = SecureRandom::bytes(DocumentBytes);
    for (auto _ : state) {
        QBuffer in(&plaintext);
        in.open(QIODevice::ReadOnly);
        QByteArray sealed;
        sealed.reserve(DocumentBytes + 8192);
        QBuffer out(&sealed);
        out.open(QIODevice::WriteOnly);
        if (EncryptedStream::encrypt(g_fixtures->key, "bench", in, out, static_cast<int>(state.range(0)))
            != CipherStatus::Ok)
            state.SkipWithError("encrypt failed");
    }
    state.SetBytesProcessed(state.iterations() * DocumentBytes);
}
BENCHMARK(seal4MB)->Arg(12)->Arg(16)->Arg(18)->Arg(20)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("segurdesk.storage.info=false"));
    Fixtures fixtures;
    for (int i = 0; i < 6; ++i) {
        const QString path = fixtures.directory.filePath(QStringLiteral("document-%1.pdf").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(SecureRandom::bytes(DocumentBytes)) != DocumentBytes)
            return 1;
        fixtures.documents.append(path);
    }
    fixtures.dossier = fullDossier();
    g_fixtures = &fixtures;

    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
