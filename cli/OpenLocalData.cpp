#include "cli/OpenLocalData.h"

#include "cli/StepLoop.h"
#include "core/crypto/SecretKey.h"

#include <QCoreApplication>
#include <QTextStream>

namespace segurdesk::cli {

std::unique_ptr<services::LocalData> openLocalData(int parts, QTextStream& err, const QString& cacheAccount)
{
    auto data = std::make_unique<services::LocalData>();
    QByteArray passphrase = qgetenv("SEGURDESK_PASSPHRASE");
    data->setPassphrase(QString::fromUtf8(passphrase));
    crypto::cleanse(passphrase);
    bool ok = false;
    StepLoop loop;
    QObject::connect(data.get(), &services::LocalData::waiting, &loop, [&err](const QString& holder) {
        err << QCoreApplication::translate("cli", "Waiting for %1, which is using your Ségur Desk data…").arg(holder)
            << Qt::endl;
    });
    QObject::connect(data.get(), &services::LocalData::opened, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(data.get(), &services::LocalData::failed, &loop,
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
                         loop.quit();
                     });
    data->open(parts, cacheAccount);
    loop.exec();
    return ok ? std::move(data) : nullptr;
}

} // namespace segurdesk::cli
