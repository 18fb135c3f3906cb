#include "core/storage/DossierCache.h"

#include "tests/core/storage/StorageFixtures.h"
#include "tests/support/FileSearch.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <gtest/gtest.h>

using namespace segurdesk::storage;
using namespace segurdesk::storage::testing;
using segurdesk::crypto::SecretKey;
using segurdesk::test::foundNothing;
using segurdesk::test::searchFiles;
using Kind = CachedObject::Kind;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

struct PortalRow
{
    const char* name;
    Kind kind;
    const char* json;
    const char* id;
    const char* parent;
    const char* number;
    const char* status;
    const char* at;
};

const PortalRow PortalRows[] = {
    {"enrollment", Kind::Enrollment,
     R"({"id":"e1","number":"ENR-2023-000001","status":"validated","received_at":"2023-03-01T10:00:00Z",
         "updated_at":"2023-03-05T08:00:00Z","company_name":"MSO"})",
     "e1", "", "ENR-2023-000001", "validated", "2023-03-05T08:00:00Z"},
    {"enrollment_without_update", Kind::Enrollment,
     R"({"id":"e2","status":"submitted","received_at":"2023-03-01T10:00:00Z"})", "e2", "", "", "submitted",
     "2023-03-01T10:00:00Z"},
    {"advance_request", Kind::AdvanceRequest,
     R"({"id":"a1","number":"AVA-2023-000007","enrollment_id":"e1","status":"decided","created_at":"2023-04-01T09:00:00Z",
         "decided_at":"2023-04-01T09:00:01Z"})",
     "a1", "e1", "AVA-2023-000007", "decided", "2023-04-01T09:00:01Z"},
    {"mail", Kind::Mail,
     R"({"id":"m1","kind":"credentials","subject":"Vos identifiants","to":"x@example.fr","sent_at":"2023-03-06T00:00:00Z",
         "enrollment_id":"e1","advance_request_id":null})",
     "m1", "e1", "", "", "2023-03-06T00:00:00Z"},
    {"payment", Kind::Payment,
     R"({"id":"p1","advance_request_id":"a1","enrollment_id":"e1","status":"paid","paid_at":"2023-05-01T00:00:00Z",
         "decided_at":"2023-04-01T09:00:01Z"})",
     "p1", "a1", "", "paid", "2023-05-01T00:00:00Z"},
    {"document_partial", Kind::Document, R"({"id":"d1","kind":"decision_letter"})", "d1", "", "", "", ""},
    {"garbage", Kind::Document, R"({"id":12,"status":["x"]})", "", "", "", "", ""},
};

class FromPortal : public ::testing::TestWithParam<PortalRow>
{
};

TEST_P(FromPortal, ExtractsTheListingFields)
{
    const PortalRow& row = GetParam();
    const CachedObject object = CachedObject::fromPortal(row.kind, json(row.json));
    EXPECT_EQ(object.id, QString::fromLatin1(row.id));
    EXPECT_EQ(object.parentId, QString::fromLatin1(row.parent));
    EXPECT_EQ(object.number, QString::fromLatin1(row.number));
    EXPECT_EQ(object.status, QString::fromLatin1(row.status));
    EXPECT_EQ(object.at.isValid() ? object.at.toUTC().toString(Qt::ISODate) : QString(), QString::fromLatin1(row.at));
}

INSTANTIATE_TEST_SUITE_P(Rows, FromPortal, ::testing::ValuesIn(PortalRows),
                         [](const auto& row) { return std::string(row.param.name); });

const QString Account = QStringLiteral("https://portail.example/api/v1\nOPE-0001");

class DossierCacheTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_FALSE(m_cache.open()); }
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    QTemporaryDir m_dir;
    SecretKey m_key = SecretKey::generate();
    DossierCache m_cache {path(), m_key, Account};
};

TEST_F(DossierCacheTest, UpsertsListsLatestFirstAndFiltersByParent)
{
    ASSERT_FALSE(m_cache.upsert({
        CachedObject::fromPortal(Kind::Mail,
                                 json(R"({"id":"m1","enrollment_id":"e1","sent_at":"2023-03-01T00:00:00Z"})")),
        CachedObject::fromPortal(Kind::Mail,
                                 json(R"({"id":"m2","enrollment_id":"e1","sent_at":"2023-03-03T00:00:00Z"})")),
        CachedObject::fromPortal(Kind::Mail,
                                 json(R"({"id":"m3","enrollment_id":"e2","sent_at":"2023-03-02T00:00:00Z"})")),
    }));
    QStringList ids;
    for (const CachedObject& mail : m_cache.list(Kind::Mail))
        ids.append(mail.id);
    EXPECT_EQ(ids, QStringList({QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m1")}));
    EXPECT_EQ(m_cache.list(Kind::Mail, QStringLiteral("e2")).size(), 1);
    EXPECT_TRUE(m_cache.list(Kind::Enrollment).isEmpty());

    // Same id again: updated in place.
    ASSERT_FALSE(m_cache.upsert({CachedObject::fromPortal(
        Kind::Mail, json(R"({"id":"m1","enrollment_id":"e1","sent_at":"2023-03-09T00:00:00Z","subject":"new"})"))}));
    const QList<CachedObject> mails = m_cache.list(Kind::Mail);
    ASSERT_EQ(mails.size(), 3);
    EXPECT_EQ(mails.first().id, QStringLiteral("m1"));
    EXPECT_EQ(mails.first().json.value(QLatin1String("subject")).toString(), QStringLiteral("new"));

    CachedObject one;
    ASSERT_FALSE(m_cache.get(Kind::Mail, QStringLiteral("m3"), one));
    EXPECT_EQ(one.parentId, QStringLiteral("e2"));
    EXPECT_EQ(m_cache.get(Kind::Payment, QStringLiteral("m3"), one).code(), StorageError::NotFound);
    ASSERT_FALSE(m_cache.remove(Kind::Mail, QStringLiteral("m3")));
    EXPECT_EQ(m_cache.list(Kind::Mail).size(), 2);
}

TEST_F(DossierCacheTest, RebuildReplacesEverythingAtOnce)
{
    EXPECT_FALSE(m_cache.refreshedAt().isValid());
    ASSERT_FALSE(m_cache.upsert({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"old"})")),
                                 CachedObject::fromPortal(Kind::Payment, json(R"({"id":"p-old"})"))}));
    ASSERT_FALSE(
        m_cache.rebuild({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"new","status":"validated"})"))}));
    const QList<CachedObject> enrollments = m_cache.list(Kind::Enrollment);
    ASSERT_EQ(enrollments.size(), 1);
    EXPECT_EQ(enrollments.first().id, QStringLiteral("new"));
    EXPECT_TRUE(m_cache.list(Kind::Payment).isEmpty());
    EXPECT_TRUE(m_cache.refreshedAt().isValid());

    // A rebuild that fails half-way leaves the previous content.
    EXPECT_TRUE(m_cache.rebuild({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"x"})")),
                                 CachedObject::fromPortal(Kind::Enrollment, json(R"({"no_id":true})"))}));
    ASSERT_EQ(m_cache.list(Kind::Enrollment).size(), 1);
    EXPECT_EQ(m_cache.list(Kind::Enrollment).first().id, QStringLiteral("new"));

    ASSERT_FALSE(m_cache.clear());
    EXPECT_TRUE(m_cache.list(Kind::Enrollment).isEmpty());
}

TEST_F(DossierCacheTest, PersonalDataIsEncryptedAndSurvivesReopening)
{
    ASSERT_FALSE(m_cache.upsert({CachedObject::fromPortal(
        Kind::Enrollment, json(R"({"id":"e1","number":"ENR-1","dossier":{"bank":{"iban":"FR7630006000011234567890189"}},
                 "company_name":"Messagerie Santé Ouest"})"))}));
    EXPECT_TRUE(foundNothing(searchFiles(m_dir.path(), {"FR7630006000011234567890189", "Messagerie"}), 1, 1));

    DossierCache reopened(path(), m_key, Account);
    ASSERT_FALSE(reopened.open());
    CachedObject object;
    ASSERT_FALSE(reopened.get(Kind::Enrollment, QStringLiteral("e1"), object));
    EXPECT_EQ(object.number, QStringLiteral("ENR-1"));
    EXPECT_EQ(object.json.value(QLatin1String("company_name")).toString(), QStringLiteral("Messagerie Santé Ouest"));

    DossierCache otherKey(path(), SecretKey::generate(), Account);
    ASSERT_FALSE(otherKey.open());
    StorageError error;
    EXPECT_TRUE(otherKey.list(Kind::Enrollment, {}, &error).isEmpty());
    EXPECT_EQ(error.code(), StorageError::Damaged);
}

TEST_F(DossierCacheTest, AccountsSharingTheFileNeverSeeEachOthersObjects)
{
    DossierCache other(path(), m_key, QStringLiteral("https://portail.example/api/v1\nOPE-0002"));
    ASSERT_FALSE(other.open());
    ASSERT_FALSE(
        m_cache.rebuild({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"e1","number":"ENR-1"})"))}));
    ASSERT_FALSE(other.rebuild({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"e1","number":"ENR-9"})")),
                                CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"e2"})"))}));

    // The same id at two accounts is two objects, and one account's rebuild keeps the other's.
    const QList<CachedObject> mine = m_cache.list(Kind::Enrollment);
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine.first().number, QStringLiteral("ENR-1"));
    EXPECT_EQ(other.list(Kind::Enrollment).size(), 2);
    EXPECT_TRUE(m_cache.refreshedAt().isValid());

    ASSERT_FALSE(other.clear());
    EXPECT_FALSE(other.refreshedAt().isValid());
    EXPECT_EQ(m_cache.list(Kind::Enrollment).size(), 1);
    EXPECT_TRUE(m_cache.refreshedAt().isValid());

    // Only a digest of the account name is stored.
    EXPECT_TRUE(foundNothing(searchFiles(m_dir.path(), {"OPE-0001"}), 1, 1));
}

TEST_F(DossierCacheTest, ListsTheOtherAccountsKeptByNameWithoutStoringNamesInClear)
{
    const QString second = QStringLiteral("https://portail.example/api/v1\nOPE-0002");
    const QString elsewhere = QStringLiteral("embedded-sandbox\ndemo");
    DossierCache other(path(), m_key, second);
    DossierCache third(path(), m_key, elsewhere);
    ASSERT_FALSE(other.open());
    ASSERT_FALSE(third.open());
    // Objects upserted without a rebuild make no copy: that account is not listed yet.
    ASSERT_FALSE(third.upsert({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"e3"})"))}));
    EXPECT_TRUE(m_cache.otherAccounts().isEmpty());

    ASSERT_FALSE(m_cache.rebuild({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"e1"})"))}));
    ASSERT_FALSE(other.rebuild({}));
    ASSERT_FALSE(third.rebuild({}));
    int damaged = -1;
    StorageError error;
    QStringList others = m_cache.otherAccounts(&damaged, &error);
    ASSERT_FALSE(error) << error.detail().toStdString();
    EXPECT_EQ(damaged, 0);
    others.sort();
    EXPECT_EQ(others, QStringList({elsewhere, second}));
    QStringList seenByOther = other.otherAccounts();
    seenByOther.sort();
    EXPECT_EQ(seenByOther, QStringList({elsewhere, Account}));
    EXPECT_TRUE(foundNothing(searchFiles(m_dir.path(), {"OPE-0001", "OPE-0002", "embedded-sandbox"}), 1, 1));

    // A profile forgotten is no longer listed.
    ASSERT_FALSE(third.clear());
    EXPECT_EQ(m_cache.otherAccounts(), QStringList {second});

    // An account kept under another key is left out and counted; the others are still listed.
    DossierCache otherKey(path(), SecretKey::generate(), QStringLiteral("https://portail.example/api/v1\nOPE-0003"));
    ASSERT_FALSE(otherKey.open());
    ASSERT_FALSE(otherKey.rebuild({}));
    EXPECT_EQ(m_cache.otherAccounts(&damaged, &error), QStringList {second});
    EXPECT_FALSE(error);
    EXPECT_EQ(damaged, 1);
}

TEST_F(DossierCacheTest, ACacheWithoutAccountsIsDroppedNotMisread)
{
    const QString oldPath = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-cache"));
        db.setDatabaseName(oldPath);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE objects (kind TEXT NOT NULL, id TEXT NOT NULL, "
                                              "payload BLOB NOT NULL, PRIMARY KEY (kind, id))")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO objects VALUES ('enrollment', 'e1', x'00')")));
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO meta VALUES ('refreshed_at', '2023-03-01T00:00:00Z')")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-cache"));

    DossierCache upgraded(oldPath, m_key, Account);
    ASSERT_FALSE(upgraded.open());
    StorageError error;
    EXPECT_TRUE(upgraded.list(Kind::Enrollment, {}, &error).isEmpty());
    EXPECT_FALSE(error);
    EXPECT_FALSE(upgraded.refreshedAt().isValid());
    ASSERT_FALSE(upgraded.rebuild({CachedObject::fromPortal(Kind::Enrollment, json(R"({"id":"e1"})"))}));
    EXPECT_EQ(upgraded.list(Kind::Enrollment).size(), 1);
}

} // namespace
