#include "core/storage/DraftStore.h"

#include "tests/core/storage/StorageFixtures.h"
#include "tests/support/FileSearch.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace segurdesk::storage;
using namespace segurdesk::storage::testing;
using segurdesk::crypto::SecretKey;
using segurdesk::test::foundNothing;
using segurdesk::test::searchFiles;

namespace {

const QString TestIban = QStringLiteral("FR7630006000011234567890189");

QJsonObject sampleDossier()
{
    return QJsonDocument::fromJson(R"({"referencing":{"number":"REF-2023-0042"},
        "applicant":{"siret":"73282932000074","trade_name":"Messagerie Santé Ouest"},
        "representative":{"last_name":"Lefèvre","first_name":"Anaïs","email":"anais.lefevre@example.fr"},
        "bank":{"iban":"FR7630006000011234567890189","bic":"AGRIFRPPXXX","holder":"MSO SAS"},
        "vat_rate":"20"})")
        .object();
}

class DraftStoreTest : public ::testing::Test
{
protected:
    QString root() const { return m_dir.filePath(QStringLiteral("drafts")); }
    QString source(const QString& name) const { return m_dir.filePath(name); }
    QString draftFile(const Draft& draft, const QString& name) const
    {
        return root() + QLatin1Char('/') + draft.id() + QLatin1Char('/') + name;
    }

    QTemporaryDir m_dir;
    SecretKey m_key = SecretKey::generate();
    DraftStore m_store {root(), m_key};
};

TEST_F(DraftStoreTest, RoundTripsADossierWithAttachedPdfAndPng)
{
    const QByteArray pdf = writePdf(source(QStringLiteral("kbis.pdf")), QStringLiteral("Kbis"));
    const QByteArray png = writePng(source(QStringLiteral("rib.png")), 300, 200);
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    ASSERT_FALSE(m_store.attach(draft, QStringLiteral("kbis"), source(QStringLiteral("kbis.pdf"))));
    ASSERT_FALSE(m_store.attach(draft, QStringLiteral("rib"), source(QStringLiteral("rib.png"))));

    // The originals may go away: the draft keeps its own copies.
    QFile::remove(source(QStringLiteral("kbis.pdf")));
    QFile::rename(source(QStringLiteral("rib.png")), source(QStringLiteral("moved.png")));

    Draft loaded;
    ASSERT_FALSE(DraftStore(root(), m_key).load(draft.id(), loaded));
    EXPECT_EQ(loaded.dossier(), sampleDossier());
    EXPECT_TRUE(loaded.isEditable());
    ASSERT_EQ(loaded.attachments().size(), 2);
    const DraftAttachment* kbis = loaded.attachment(QStringLiteral("kbis"));
    ASSERT_NE(kbis, nullptr);
    EXPECT_EQ(kbis->fileName, QStringLiteral("kbis.pdf"));
    EXPECT_EQ(kbis->size, pdf.size());
    EXPECT_EQ(kbis->sha256.size(), 64);

    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_FALSE(m_store.readAttachment(loaded, QStringLiteral("kbis"), buffer));
    EXPECT_EQ(content, pdf);
    const QString exported = source(QStringLiteral("exported.png"));
    ASSERT_FALSE(m_store.exportAttachment(loaded, QStringLiteral("rib"), exported));
    EXPECT_EQ(readAll(exported), png);
}

TEST_F(DraftStoreTest, NothingPersonalIsStoredInPlaintext)
{
    const QByteArray png = writePng(source(QStringLiteral("id.png")), 64, 64);
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    ASSERT_FALSE(m_store.attach(draft, QStringLiteral("identity"), source(QStringLiteral("id.png"))));
    // The draft and its document, which is at least as large as the image it encrypts.
    EXPECT_TRUE(foundNothing(searchFiles(root(),
                                         {TestIban.toUtf8(), QByteArray("Lefèvre"), QByteArray("anais.lefevre"),
                                          QByteArray("73282932000074"), QByteArray("IHDR"), QByteArray("id.png")}),
                             2, png.size()));
}

TEST_F(DraftStoreTest, ReplacingAndDetachingKeepsOnlyReferencedFiles)
{
    writePdf(source(QStringLiteral("a.pdf")), QStringLiteral("first"));
    const QByteArray second = writePdf(source(QStringLiteral("b.pdf")), QStringLiteral("second version"));
    Draft draft;
    ASSERT_FALSE(m_store.create({}, draft));
    ASSERT_FALSE(m_store.attach(draft, QStringLiteral("contract"), source(QStringLiteral("a.pdf"))));
    ASSERT_FALSE(m_store.attach(draft, QStringLiteral("contract"), source(QStringLiteral("b.pdf"))));
    ASSERT_EQ(draft.attachments().size(), 1);
    EXPECT_EQ(draft.attachments().first().fileName, QStringLiteral("b.pdf"));
    QDir folder(root() + QLatin1Char('/') + draft.id());
    EXPECT_EQ(folder.entryList(QDir::Files).size(), 2); // the JSON and one document

    Draft loaded;
    ASSERT_FALSE(m_store.load(draft.id(), loaded));
    QByteArray content;
    QBuffer buffer(&content);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_FALSE(m_store.readAttachment(loaded, QStringLiteral("contract"), buffer));
    EXPECT_EQ(content, second);

    ASSERT_FALSE(m_store.detach(loaded, QStringLiteral("contract")));
    EXPECT_EQ(folder.entryList(QDir::Files), QStringList {QStringLiteral("draft.sdef")});
}

TEST_F(DraftStoreTest, UnreadableSourceIsReportedAndChangesNothing)
{
    Draft draft;
    ASSERT_FALSE(m_store.create({}, draft));
    EXPECT_EQ(m_store.attach(draft, QStringLiteral("kbis"), source(QStringLiteral("missing.pdf"))).code(),
              StorageError::SourceUnreadable);
    EXPECT_TRUE(draft.attachments().isEmpty());
}

TEST_F(DraftStoreTest, SeveralDocumentsAreAttachedTogetherOrNotAtAll)
{
    writePdf(source(QStringLiteral("kbis.pdf")), QStringLiteral("Kbis"));
    writePng(source(QStringLiteral("rib.png")), 300, 200);
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    const QDir folder(root() + QLatin1Char('/') + draft.id());

    // One source missing in the middle: nothing attached, nothing left in the draft's folder.
    EXPECT_EQ(m_store
                  .attach(draft,
                          {{QStringLiteral("kbis"), source(QStringLiteral("kbis.pdf"))},
                           {QStringLiteral("contract"), source(QStringLiteral("missing.pdf"))},
                           {QStringLiteral("rib"), source(QStringLiteral("rib.png"))}})
                  .code(),
              StorageError::SourceUnreadable);
    EXPECT_TRUE(draft.attachments().isEmpty());
    EXPECT_EQ(folder.entryList(QDir::Files), QStringList {QStringLiteral("draft.sdef")});

    ASSERT_FALSE(m_store.attach(draft,
                                {{QStringLiteral("kbis"), source(QStringLiteral("kbis.pdf"))},
                                 {QStringLiteral("rib"), source(QStringLiteral("rib.png"))}}));
    Draft loaded;
    ASSERT_FALSE(DraftStore(root(), m_key).load(draft.id(), loaded));
    ASSERT_EQ(loaded.attachments().size(), 2);
    EXPECT_EQ(loaded.attachment(QStringLiteral("kbis"))->fileName, QStringLiteral("kbis.pdf"));
    EXPECT_EQ(loaded.attachment(QStringLiteral("rib"))->fileName, QStringLiteral("rib.png"));
    EXPECT_EQ(folder.entryList(QDir::Files).size(), 3);
}

TEST_F(DraftStoreTest, ListsDraftsNewestFirstAndRemovesThem)
{
    Draft first, second;
    ASSERT_FALSE(m_store.create(QJsonObject {{QStringLiteral("n"), 1}}, first));
    ASSERT_FALSE(m_store.create(QJsonObject {{QStringLiteral("n"), 2}}, second));
    // Times are kept to the millisecond: the save must come in a later one to be the newest.
    const QDateTime created = second.modifiedAt();
    while (QDateTime::currentDateTimeUtc() <= created) { }
    second.setDossier(QJsonObject {{QStringLiteral("n"), 3}});
    ASSERT_FALSE(m_store.save(second));
    const QList<DraftListEntry> entries = m_store.list();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.first().id, second.id());
    EXPECT_EQ(entries.first().draft.dossier().value(QLatin1String("n")).toInt(), 3);

    ASSERT_FALSE(m_store.remove(first.id()));
    EXPECT_EQ(m_store.list().size(), 1);
    Draft gone;
    EXPECT_EQ(m_store.load(first.id(), gone).code(), StorageError::NotFound);
    EXPECT_EQ(m_store.remove(first.id()).code(), StorageError::NotFound);
}

TEST_F(DraftStoreTest, KeepsTheStepTheUserWasOn)
{
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    EXPECT_EQ(draft.step(), 0);
    const QString hashBefore = draft.payloadHash();
    draft.setStep(3);
    ASSERT_FALSE(m_store.save(draft));
    // Where the user was is not part of what a submission sends.
    EXPECT_EQ(draft.payloadHash(), hashBefore);

    Draft read;
    ASSERT_FALSE(m_store.read(draft.id(), read));
    EXPECT_EQ(read.step(), 3);
    EXPECT_EQ(read.dossier(), sampleDossier());
}

TEST_F(DraftStoreTest, ADuplicateIsAnEditableCopyWithItsOwnDocuments)
{
    const QByteArray pdf = writePdf(source(QStringLiteral("kbis.pdf")), QStringLiteral("Kbis"));
    const QByteArray png = writePng(source(QStringLiteral("rib.png")), 120, 80);
    Draft original;
    ASSERT_FALSE(m_store.create(sampleDossier(), original));
    original.setStep(4);
    ASSERT_FALSE(m_store.attach(original,
                                {{QStringLiteral("kbis"), source(QStringLiteral("kbis.pdf"))},
                                 {QStringLiteral("rib"), source(QStringLiteral("rib.png"))}}));
    ASSERT_FALSE(m_store.markSubmitting(original.id(), QStringLiteral("key-1"), original.payloadHash()));

    Draft copy;
    ASSERT_FALSE(m_store.duplicate(original.id(), copy));
    EXPECT_NE(copy.id(), original.id());
    EXPECT_TRUE(copy.isEditable());
    EXPECT_TRUE(copy.idempotencyKey().isEmpty());
    EXPECT_EQ(copy.step(), 4);
    EXPECT_EQ(copy.dossier(), sampleDossier());

    // The copy stands alone: the original may go, the copy's documents read back whole.
    ASSERT_FALSE(m_store.remove(original.id()));
    Draft loaded;
    ASSERT_FALSE(m_store.load(copy.id(), loaded));
    ASSERT_EQ(loaded.attachments().size(), 2);
    EXPECT_EQ(loaded.attachment(QStringLiteral("kbis"))->fileName, QStringLiteral("kbis.pdf"));
    QBuffer kbis, rib;
    kbis.open(QIODevice::WriteOnly);
    rib.open(QIODevice::WriteOnly);
    ASSERT_FALSE(m_store.readAttachment(loaded, QStringLiteral("kbis"), kbis));
    ASSERT_FALSE(m_store.readAttachment(loaded, QStringLiteral("rib"), rib));
    EXPECT_EQ(kbis.data(), pdf);
    EXPECT_EQ(rib.data(), png);
}

TEST_F(DraftStoreTest, ADuplicateOfADamagedDraftLeavesNothing)
{
    writePdf(source(QStringLiteral("kbis.pdf")), QStringLiteral("Kbis"));
    Draft original;
    ASSERT_FALSE(m_store.create(sampleDossier(), original));
    ASSERT_FALSE(m_store.attach(original, QStringLiteral("kbis"), source(QStringLiteral("kbis.pdf"))));
    QFile stored(draftFile(original, original.attachment(QStringLiteral("kbis"))->storedName));
    ASSERT_TRUE(stored.open(QIODevice::ReadWrite));
    stored.seek(stored.size() - 5);
    stored.write("XXXXX");
    stored.close();

    Draft copy;
    EXPECT_EQ(m_store.duplicate(original.id(), copy).code(), StorageError::Damaged);
    EXPECT_EQ(m_store.list().size(), 1);
}

struct BadIdRow
{
    const char* name;
    const char* id;
};

const BadIdRow BadIdRows[] = {
    {"empty", ""},
    {"parent_folder", ".."},
    {"path", "../drafts/x"},
    {"braced_uuid", "{6f1c2a52-7e0b-4c36-9d6c-3b0f2d1e4a55}"},
    {"unknown_uuid", "6f1c2a52-7e0b-4c36-9d6c-3b0f2d1e4a55"},
};

class DraftStoreBadId : public DraftStoreTest, public ::testing::WithParamInterface<BadIdRow>
{
};

TEST_P(DraftStoreBadId, IsNotFound)
{
    Draft draft;
    EXPECT_EQ(m_store.load(QString::fromLatin1(GetParam().id), draft).code(), StorageError::NotFound);
    EXPECT_EQ(m_store.remove(QString::fromLatin1(GetParam().id)).code(), StorageError::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Rows, DraftStoreBadId, ::testing::ValuesIn(BadIdRows),
                         [](const auto& row) { return std::string(row.param.name); });

// How a draft on disk gets damaged, and what load() must say.
struct DamageRow
{
    const char* name;
    std::function<void(const QString& draftJson, const QString& document, const QString& otherDraftJson)> damage;
};

void flipByte(const QString& path, qsizetype offset)
{
    QByteArray bytes = readAll(path);
    offset = offset < 0 ? bytes.size() + offset : offset;
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x20);
    writeAll(path, bytes);
}

void truncateTo(const QString& path, qsizetype size)
{
    writeAll(path, readAll(path).left(size));
}

const DamageRow DamageRows[] = {
    {"json_bit_flip_in_header",
     [](const QString& j, const QString&, const QString&) {
         flipByte(j, 14);
     }},
    {"json_bit_flip_in_body",
     [](const QString& j, const QString&, const QString&) {
         flipByte(j, 40);
     }},
    {"json_bit_flip_in_tag",
     [](const QString& j, const QString&, const QString&) {
         flipByte(j, -1);
     }},
    {"json_truncated",
     [](const QString& j, const QString&, const QString&) {
         truncateTo(j, 60);
     }},
    {"json_emptied",
     [](const QString& j, const QString&, const QString&) {
         truncateTo(j, 0);
     }},
    {"json_of_another_draft",
     [](const QString& j, const QString&, const QString& other) {
         writeAll(j, readAll(other));
     }},
    {"document_bit_flip",
     [](const QString&, const QString& d, const QString&) {
         flipByte(d, 70000);
     }},
    {"document_truncated_at_chunk",
     [](const QString&, const QString& d, const QString&) {
         truncateTo(d, 20 + 65536 + 16);
     }},
    {"document_last_byte_dropped",
     [](const QString&, const QString& d, const QString&) {
         truncateTo(d, readAll(d).size() - 1);
     }},
    {"document_appended",
     [](const QString&, const QString& d, const QString&) {
         writeAll(d, readAll(d) + "x");
     }},
    {"document_deleted",
     [](const QString&, const QString& d, const QString&) {
         QFile::remove(d);
     }},
};

class DraftStoreDamage : public DraftStoreTest, public ::testing::WithParamInterface<DamageRow>
{
};

TEST_P(DraftStoreDamage, IsReportedAsDamagedNeverHalfLoaded)
{
    writePng(source(QStringLiteral("big.png")), 700, 700);
    Draft draft, other;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    ASSERT_FALSE(m_store.create(sampleDossier(), other));
    ASSERT_FALSE(m_store.attach(draft, QStringLiteral("rib"), source(QStringLiteral("big.png"))));
    ASSERT_GT(draft.attachments().first().size, 70000);

    GetParam().damage(draftFile(draft, QStringLiteral("draft.sdef")),
                      draftFile(draft, draft.attachments().first().storedName),
                      draftFile(other, QStringLiteral("draft.sdef")));

    Draft loaded;
    loaded.setDossier(QJsonObject {{QStringLiteral("untouched"), true}});
    const StorageError error = m_store.load(draft.id(), loaded);
    EXPECT_EQ(error.code(), StorageError::Damaged) << error.detail().toStdString();
    EXPECT_FALSE(error.message().isEmpty());
    EXPECT_EQ(loaded.dossier(), QJsonObject({{QStringLiteral("untouched"), true}}));
}

INSTANTIATE_TEST_SUITE_P(Rows, DraftStoreDamage, ::testing::ValuesIn(DamageRows),
                         [](const auto& row) { return std::string(row.param.name); });

TEST_F(DraftStoreTest, AnotherKeyCannotOpenADraft)
{
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    Draft loaded;
    EXPECT_EQ(DraftStore(root(), SecretKey::generate()).load(draft.id(), loaded).code(), StorageError::Damaged);
    const QList<DraftListEntry> entries = DraftStore(root(), SecretKey::generate()).list();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.first().error.code(), StorageError::Damaged);
}

// A key is recorded for the content the sender read; content saved since must not be frozen under it.
TEST_F(DraftStoreTest, OnlyTheContentTheKeyWasRecordedForIsFrozen)
{
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    const QString readHash = draft.payloadHash();
    QJsonObject changed = sampleDossier();
    changed.insert(QStringLiteral("vat_rate"), QStringLiteral("10"));
    draft.setDossier(changed);
    ASSERT_FALSE(m_store.save(draft));
    ASSERT_NE(draft.payloadHash(), readHash);

    EXPECT_EQ(m_store.markSubmitting(draft.id(), QStringLiteral("key-1"), readHash).code(), StorageError::InvalidState);
    Draft stillEditable;
    ASSERT_FALSE(m_store.load(draft.id(), stillEditable));
    EXPECT_TRUE(stillEditable.isEditable());
}

TEST_F(DraftStoreTest, SubmissionFreezesTheDraftUntilReceiptOrReopen)
{
    writePdf(source(QStringLiteral("a.pdf")), QStringLiteral("a"));
    Draft draft;
    ASSERT_FALSE(m_store.create(sampleDossier(), draft));
    const QString hashBefore = draft.payloadHash();
    ASSERT_FALSE(m_store.markSubmitting(draft.id(), QStringLiteral("key-1"), draft.payloadHash()));
    ASSERT_FALSE(
        m_store.markSubmitting(draft.id(), QStringLiteral("key-1"), draft.payloadHash())); // a resend after restart
    EXPECT_EQ(m_store.markSubmitting(draft.id(), QStringLiteral("key-2"), draft.payloadHash()).code(),
              StorageError::InvalidState);

    Draft frozen;
    ASSERT_FALSE(m_store.load(draft.id(), frozen));
    EXPECT_EQ(frozen.state(), Draft::State::Submitting);
    EXPECT_EQ(frozen.idempotencyKey(), QStringLiteral("key-1"));
    EXPECT_EQ(frozen.payloadHash(), hashBefore);
    frozen.setDossier({});
    EXPECT_EQ(m_store.save(frozen).code(), StorageError::DraftLocked);
    EXPECT_EQ(m_store.attach(frozen, QStringLiteral("k"), source(QStringLiteral("a.pdf"))).code(),
              StorageError::DraftLocked);

    ASSERT_FALSE(m_store.reopen(draft.id()));
    ASSERT_FALSE(m_store.markSubmitting(draft.id(), QStringLiteral("key-3"), draft.payloadHash()));
    const SubmissionReceipt receipt {QStringLiteral("42"), QStringLiteral("ENR-2023-000042"),
                                     QDateTime(QDate(2023, 3, 1), QTime(10, 0), Qt::UTC)};
    EXPECT_EQ(m_store.markSubmitted(draft.id(), {}).code(), StorageError::InvalidState);
    ASSERT_FALSE(m_store.markSubmitted(draft.id(), receipt));
    ASSERT_FALSE(m_store.markSubmitted(draft.id(), receipt));
    EXPECT_EQ(m_store.reopen(draft.id()).code(), StorageError::AlreadySubmitted);

    Draft submitted;
    ASSERT_FALSE(m_store.load(draft.id(), submitted));
    EXPECT_EQ(submitted.state(), Draft::State::Submitted);
    EXPECT_EQ(submitted.receipt(), receipt);
    EXPECT_EQ(submitted.dossier(), sampleDossier());
}

TEST(DraftPayloadHash, DependsOnContentOnly)
{
    Draft a, b;
    a.setDossier(QJsonDocument::fromJson(R"({"x":1,"y":"z"})").object());
    b.setDossier(QJsonDocument::fromJson(R"({"y":"z","x":1})").object());
    EXPECT_EQ(a.payloadHash(), b.payloadHash());
    b.setDossier(QJsonDocument::fromJson(R"({"y":"z","x":2})").object());
    EXPECT_NE(a.payloadHash(), b.payloadHash());
}

} // namespace
