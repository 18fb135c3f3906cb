#include "cli/OpenLocalData.h"

#include "core/crypto/SecretKey.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

Task<std::unique_ptr<services::LocalData>> openLocalData(int parts, QTextStream& err, const QString& cacheAccount)
{
    auto data = std::make_unique<services::LocalData>();
    QByteArray passphrase = qgetenv("SEGURDESK_PASSPHRASE");
    data->setPassphrase(QString::fromUtf8(passphrase));
    crypto::cleanse(passphrase);
    bool ok = false;
    Step opened;
    QObject::connect(data.get(), &services::LocalData::waiting, &opened, [&err](const QString& holder) {
        err << QCoreApplication::translate("cli", "Waiting for %1, which is using your Ségur Desk data…").arg(holder)
            << Qt::endl;
    });
    QObject::connect(data.get(), &services::LocalData::opened, &opened, [&] {
        ok = true;
        opened.done();
    });
    QObject::connect(data.get(), &services::LocalData::failed, &opened,
                     [&](services::LocalData::Failure failure, const QString& message) {
                         using Failure = services::LocalData::Failure;
                         if (failure == Failure::PassphraseNeeded)
                             err << QCoreApplication::translate("cli",
                                                                "Your drafts are protected by a passphrase: set it "
                                                                "in the SEGURDESK_PASSPHRASE environment variable.");
                         else
                             err << message;
                         if (failure == Failure::KeychainUnavailable)
                             err << '\n'
                                 << QCoreApplication::translate("cli",
                                                                "Without a keychain, choose a passphrase for your "
                                                                "drafts and set it in the SEGURDESK_PASSPHRASE "
                                                                "environment variable.");
                         err << Qt::endl;
                         opened.done();
                     });
    data->open(parts, cacheAccount);
    co_await opened;
    co_return ok ? std::move(data) : nullptr;
}

} // namespace segurdesk::cli
