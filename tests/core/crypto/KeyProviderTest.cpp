#include "core/crypto/KeychainKeyProvider.h"
#include "core/crypto/PassphraseKeyProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace segurdesk::crypto;

namespace {

// Cheap parameters keep the tests fast; the stored parameters are what unlocking uses.
const ScryptParams FastParams {10, 8, 1};

class PassphraseProvider : public ::testing::Test
{
protected:
    QString keyFile() const { return m_dir.filePath(QStringLiteral("drafts.key")); }

    QTemporaryDir m_dir;
};

TEST_F(PassphraseProvider, CreatesAKeyOnceAndUnlocksItAgain)
{
    KeyError error;
    const SecretKey created
        = PassphraseKeyProvider(keyFile(), QStringLiteral("correct horse"), FastParams).masterKey(&error);
    ASSERT_FALSE(created.isNull()) << error.detail().toStdString();
    ASSERT_TRUE(PassphraseKeyProvider::keyFileExists(keyFile()));
    EXPECT_EQ(QFile(keyFile()).size(), 90);
    EXPECT_EQ(QFile::permissions(keyFile()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    // Other parameters given later do not matter: the file carries its own.
    const SecretKey again
        = PassphraseKeyProvider(keyFile(), QStringLiteral("correct horse"), ScryptParams {12, 8, 1}).masterKey(&error);
    EXPECT_FALSE(error.isError());
    EXPECT_TRUE(again == created);
}

TEST_F(PassphraseProvider, KeyFileNeverHoldsTheKeyInPlaintext)
{
    const SecretKey key = PassphraseKeyProvider(keyFile(), QStringLiteral("pw"), FastParams).masterKey(nullptr);
    QFile file(keyFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(QByteArray(reinterpret_cast<const char*>(key.data()), SecretKey::Size)));
}

struct UnlockRow
{
    const char* name;
    const char* passphrase;
    KeyError::Code expected;
};

const UnlockRow UnlockRows[] = {
    {"right", "Mot de passe très long", KeyError::None},
    {"wrong", "Mot de passe tres long", KeyError::WrongPassphrase},
    {"trailing_space", "Mot de passe très long ", KeyError::WrongPassphrase},
    {"empty", "", KeyError::PassphraseRequired},
};

class PassphraseUnlock : public PassphraseProvider, public ::testing::WithParamInterface<UnlockRow>
{
};

TEST_P(PassphraseUnlock, GivesTheKeyOnlyForTheRightPassphrase)
{
    const SecretKey created
        = PassphraseKeyProvider(keyFile(), QStringLiteral("Mot de passe très long"), FastParams).masterKey(nullptr);
    ASSERT_FALSE(created.isNull());
    KeyError error;
    const SecretKey key
        = PassphraseKeyProvider(keyFile(), QString::fromUtf8(GetParam().passphrase), FastParams).masterKey(&error);
    EXPECT_EQ(error.code(), GetParam().expected);
    EXPECT_EQ(key.isNull(), GetParam().expected != KeyError::None);
    if (!key.isNull()) {
        EXPECT_TRUE(key == created);
    }
    if (error.isError()) {
        EXPECT_FALSE(error.message().isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, PassphraseUnlock, ::testing::ValuesIn(UnlockRows),
                         [](const auto& row) { return std::string(row.param.name); });

TEST_F(PassphraseProvider, UnicodeNormalisationDoesNotChangeThePassphrase)
{
    const QString composed = QStringLiteral("caf\u00e9");
    const QString decomposed = QStringLiteral("cafe\u0301");
    const SecretKey created = PassphraseKeyProvider(keyFile(), composed, FastParams).masterKey(nullptr);
    const SecretKey unlocked = PassphraseKeyProvider(keyFile(), decomposed, FastParams).masterKey(nullptr);
    ASSERT_FALSE(created.isNull());
    EXPECT_TRUE(unlocked == created);
}

TEST_F(PassphraseProvider, ChangingThePassphraseKeepsTheSameKey)
{
    PassphraseKeyProvider provider(keyFile(), QStringLiteral("old"), FastParams);
    const SecretKey created = provider.masterKey(nullptr);
    KeyError error;
    ASSERT_TRUE(provider.changePassphrase(QStringLiteral("new"), &error)) << error.detail().toStdString();
    EXPECT_TRUE(PassphraseKeyProvider(keyFile(), QStringLiteral("new")).masterKey(nullptr) == created);
    EXPECT_EQ((PassphraseKeyProvider(keyFile(), QStringLiteral("old")).masterKey(&error), error.code()),
              KeyError::WrongPassphrase);
    EXPECT_FALSE(provider.changePassphrase(QString(), &error));
    EXPECT_EQ(error.code(), KeyError::PassphraseRequired);
}

TEST_F(PassphraseProvider, ChangingThePassphraseNeedsTheCurrentOne)
{
    ASSERT_FALSE(PassphraseKeyProvider(keyFile(), QStringLiteral("right"), FastParams).masterKey(nullptr).isNull());
    PassphraseKeyProvider intruder(keyFile(), QStringLiteral("guess"), FastParams);
    KeyError error;
    EXPECT_FALSE(intruder.changePassphrase(QStringLiteral("mine"), &error));
    EXPECT_EQ(error.code(), KeyError::WrongPassphrase);
    EXPECT_FALSE(PassphraseKeyProvider(keyFile(), QStringLiteral("right")).masterKey(nullptr).isNull());
}

struct TamperRow
{
    const char* name;
    int offset; // negative: truncate the file to -offset bytes
    char value;
    KeyError::Code expected;
};

const TamperRow TamperRows[] = {
    {"magic", 0, 'X', KeyError::KeyFileUnreadable},    {"future_version", 4, 9, KeyError::KeyFileUnsupported},
    {"lowered_cost", 5, 9, KeyError::WrongPassphrase}, {"hostile_cost", 5, 30, KeyError::KeyFileUnreadable},
    {"r_changed", 9, 9, KeyError::WrongPassphrase},    {"salt", 20, 0x11, KeyError::WrongPassphrase},
    {"nonce", 32, 0x11, KeyError::WrongPassphrase},    {"wrapped_key", 50, 0x11, KeyError::WrongPassphrase},
    {"tag", 89, 0x11, KeyError::WrongPassphrase},      {"truncated", -60, 0, KeyError::KeyFileUnreadable},
    {"empty", -1, 0, KeyError::KeyFileUnreadable},
};

class PassphraseTamper : public PassphraseProvider, public ::testing::WithParamInterface<TamperRow>
{
};

TEST_P(PassphraseTamper, IsRefusedWithoutAKey)
{
    ASSERT_FALSE(PassphraseKeyProvider(keyFile(), QStringLiteral("pw"), FastParams).masterKey(nullptr).isNull());
    QFile file(keyFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    if (GetParam().offset < 0)
        content.truncate(-GetParam().offset - 1);
    else
        content[GetParam().offset] = static_cast<char>(content[GetParam().offset] ^ GetParam().value);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();

    KeyError error;
    EXPECT_TRUE(PassphraseKeyProvider(keyFile(), QStringLiteral("pw"), FastParams).masterKey(&error).isNull());
    EXPECT_EQ(error.code(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rows, PassphraseTamper, ::testing::ValuesIn(TamperRows),
                         [](const auto& row) { return std::string(row.param.name); });

TEST_F(PassphraseProvider, UnwritableLocationIsReported)
{
    KeyError error;
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/drafts.key"));
    EXPECT_TRUE(PassphraseKeyProvider(path, QStringLiteral("pw"), FastParams).masterKey(&error).isNull());
    EXPECT_EQ(error.code(), KeyError::KeyFileWriteFailed);
}

// The key the keychain gives back, and the error with it: each call answers from the event loop.
std::pair<SecretKey, KeyError> fetch(KeychainKeyProvider& provider)
{
    QSignalSpy ready(&provider, &KeychainKeyProvider::masterKeyReady);
    provider.fetchMasterKey();
    EXPECT_EQ(ready.count(), 0);
    if (!ready.wait(30000))
        return {{}, KeyError(KeyError::KeychainFailed, QStringLiteral("no answer within 30 s"))};
    return {ready.first().at(0).value<SecretKey>(), ready.first().at(1).value<KeyError>()};
}

KeyError forget(KeychainKeyProvider& provider)
{
    QSignalSpy forgotten(&provider, &KeychainKeyProvider::forgotten);
    provider.forget();
    if (!forgotten.wait(30000))
        return KeyError(KeyError::KeychainFailed, QStringLiteral("no answer within 30 s"));
    return forgotten.first().at(0).value<KeyError>();
}

// Talks to the real Secret Service. scripts/test provides one (gnome-keyring in a private D-Bus
// session) and sets SEGURDESK_REQUIRE_KEYCHAIN, so there a missing service is a failure.
TEST(KeychainProvider, StoresOneKeyInTheSecretServiceAndForgetsIt)
{
    KeychainKeyProvider provider(QStringLiteral("Ségur Desk tests"),
                                 QStringLiteral("key-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    const auto [created, error] = fetch(provider);
    if (error.code() == KeyError::KeychainUnavailable) {
        if (qEnvironmentVariableIsSet("SEGURDESK_REQUIRE_KEYCHAIN"))
            FAIL() << "no Secret Service answered although scripts/test should provide one: "
                   << error.detail().toStdString();
        GTEST_SKIP() << "no Secret Service on this session bus: " << error.detail().toStdString();
    }
    ASSERT_FALSE(created.isNull()) << error.detail().toStdString();
    EXPECT_FALSE(error.isError());

    const auto [again, againError] = fetch(provider);
    EXPECT_FALSE(againError.isError()) << againError.detail().toStdString();
    EXPECT_TRUE(again == created);

    const KeyError forgotten = forget(provider);
    ASSERT_FALSE(forgotten.isError()) << forgotten.detail().toStdString();
    const auto [replaced, replacedError] = fetch(provider);
    ASSERT_FALSE(replaced.isNull()) << replacedError.detail().toStdString();
    EXPECT_FALSE(replaced == created);
    EXPECT_FALSE(forget(provider).isError());
}

// A reader gone while the keychain answers it (a window closed as its drafts are listed): the
// answer is dropped, and the next reader gets the key.
TEST(KeychainProvider, OneGoneBeforeTheAnswerLeavesTheNextOneItsKey)
{
    const QString account = QStringLiteral("key-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    {
        KeychainKeyProvider gone(QStringLiteral("Ségur Desk tests"), account);
        gone.fetchMasterKey();
        // qtkeychain starts the job from the event loop; the answer comes later, over D-Bus.
        QCoreApplication::processEvents();
    }
    KeychainKeyProvider next(QStringLiteral("Ségur Desk tests"), account);
    const auto [key, error] = fetch(next);
    if (error.code() == KeyError::KeychainUnavailable && !qEnvironmentVariableIsSet("SEGURDESK_REQUIRE_KEYCHAIN"))
        GTEST_SKIP() << "no Secret Service on this session bus: " << error.detail().toStdString();
    EXPECT_FALSE(key.isNull()) << error.detail().toStdString();
    EXPECT_FALSE(forget(next).isError());
}

} // namespace
