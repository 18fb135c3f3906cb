#include "cli/LocalStore.h"

#include "core/crypto/KeychainKeyProvider.h"
#include "core/crypto/PassphraseKeyProvider.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

namespace segurdesk::cli {

namespace {

crypto::SecretKey masterKey(QTextStream& err)
{
    const QString keyFile = QDir(LocalStore::dataDir()).filePath(QStringLiteral("drafts.key"));
    QByteArray passphrase = qgetenv("SEGURDESK_PASSPHRASE");
    crypto::KeyError error;
    crypto::SecretKey key;
    if (!passphrase.isEmpty() || crypto::PassphraseKeyProvider::keyFileExists(keyFile)) {
        if (passphrase.isEmpty()) {
            err << QCoreApplication::translate("cli",
                                               "Your drafts are protected by a passphrase: set it in the "
                                               "SEGURDESK_PASSPHRASE environment variable.")
                << Qt::endl;
            return {};
        }
        crypto::PassphraseKeyProvider provider(keyFile, QString::fromUtf8(passphrase));
        crypto::cleanse(passphrase);
        key = provider.masterKey(&error);
    } else {
        key = crypto::KeychainKeyProvider().masterKey(&error);
        if (error.code() == crypto::KeyError::KeychainUnavailable) {
            err << error.message() << '\n'
                << QCoreApplication::translate("cli",
                                               "Without a keychain, choose a passphrase for your drafts and set it in "
                                               "the SEGURDESK_PASSPHRASE environment variable.")
                << Qt::endl;
            return {};
        }
    }
    if (key.isNull())
        err << error.message() << Qt::endl;
    return key;
}

} // namespace

QString LocalStore::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<LocalStore> LocalStore::open(int parts, QTextStream& err, const QString& cacheAccount)
{
    if (!QDir().mkpath(dataDir())) {
        err << QCoreApplication::translate("cli", "The data folder %1 cannot be created.").arg(dataDir()) << Qt::endl;
        return nullptr;
    }
    std::unique_ptr<LocalStore> store(new LocalStore);
    store->m_lock = std::make_unique<storage::DataFolderLock>(dataDir());
    if (storage::StorageError error = store->m_lock->lock(); error.code() == storage::StorageError::DataFolderBusy) {
        err << QCoreApplication::translate("cli", "Waiting for %1, which is using your Ségur Desk data…")
                   .arg(error.detail())
            << Qt::endl;
        error = store->m_lock->lock(LockWait);
        if (error) {
            err << error.message() << Qt::endl;
            return nullptr;
        }
    } else if (error) {
        err << error.message() << Qt::endl;
        return nullptr;
    }
    store->m_key = masterKey(err);
    if (store->m_key.isNull())
        return nullptr;
    const QDir dir(dataDir());
    if (parts & Drafts)
        store->m_drafts = std::make_unique<storage::DraftStore>(storage::DraftStore::defaultRoot(), store->m_key);
    if (parts & Outbox) {
        store->m_outbox
            = std::make_unique<storage::Outbox>(dir.filePath(QStringLiteral("outbox.sqlite")), store->m_key);
        if (const storage::StorageError error = store->m_outbox->open()) {
            err << error.message() << Qt::endl;
            return nullptr;
        }
    }
    if (parts & Cache) {
        store->m_cache = std::make_unique<storage::DossierCache>(dir.filePath(QStringLiteral("cache.sqlite")),
                                                                 store->m_key, cacheAccount);
        if (const storage::StorageError error = store->m_cache->open()) {
            err << error.message() << Qt::endl;
            return nullptr;
        }
    }
    return store;
}

} // namespace segurdesk::cli
