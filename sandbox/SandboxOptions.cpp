#include "sandbox/SandboxOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace segurdesk::sandbox {

bool SandboxOptions::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("SandboxOptions", "Local implementation of the Ségur Numérique portal API."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QCoreApplication::translate("SandboxOptions", "Data folder."), QStringLiteral("DIR"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("SandboxOptions", "Address and port (port 0: any free port)."),
        QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QCoreApplication::translate("SandboxOptions", "JSON configuration file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed-demo"), QCoreApplication::translate("SandboxOptions", "Create demonstration dossiers."));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"), QCoreApplication::translate("SandboxOptions", "Enable the /sandbox endpoints."));
    const QCommandLineOption captchaOption(
        QStringLiteral("captcha-answer"),
        QCoreApplication::translate("SandboxOptions", "Fixed answer of every captcha."), QStringLiteral("CODE"));
    parser.addOptions({dataOption, listenOption, configOption, seedOption, adminOption, captchaOption});
    if (!parser.parse(QStringList {QStringLiteral("segurdesk-sandbox")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *error = parser.helpText();
        return false;
    }
    dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox"));
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint parsedPort = listen.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !portOk || parsedPort > 65535 || !address.setAddress(listen.left(colon))) {
        *error = QCoreApplication::translate("SandboxOptions", "Invalid --listen value \"%1\": use ADDRESS:PORT.")
                     .arg(listen);
        return false;
    }
    port = quint16(parsedPort);
    configPath = parser.value(configOption);
    seedDemo = parser.isSet(seedOption);
    admin = parser.isSet(adminOption);
    captchaAnswer = parser.value(captchaOption);
    return true;
}

} // namespace segurdesk::sandbox
