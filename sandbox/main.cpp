// segurdesk-sandbox: a local implementation of the Ségur Numérique portal API (docs/portal-api.yaml).
#include "core/i18n/Translations.h"
#include "core/storage/ApplicationIdentity.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxServices.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    // Captchas and PDFs are drawn with QPainter, which needs a QGuiApplication even headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    segurdesk::storage::setApplicationIdentity();
    segurdesk::installTranslations(app, QStringLiteral("fr"));

    QTextStream err(stderr);
    segurdesk::sandbox::SandboxOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments().mid(1), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    const auto services = segurdesk::sandbox::SandboxServices::create(options, &error);
    if (!services) {
        err << error << Qt::endl;
        return 1;
    }
    segurdesk::sandbox::SandboxServer server(*services);
    const quint16 port = server.listen(options.address, options.port);
    if (port == 0) {
        err << QCoreApplication::translate("sandbox", "Cannot listen on %1:%2.")
                   .arg(options.address.toString())
                   .arg(options.port)
            << Qt::endl;
        return 1;
    }
    // Scripts and tests read the URL from the first line, so it is flushed at once.
    const QByteArray url = "http://" + options.address.toString().toLocal8Bit() + ':' + QByteArray::number(port) + '\n';
    std::fputs(url.constData(), stdout);
    std::fflush(stdout);
    return app.exec();
}
