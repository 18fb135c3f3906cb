#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace segurdesk::sandbox {

// Command-line options of segurdesk-sandbox (also filled by tests that run it in-process).
struct SandboxOptions
{
    QString dataDir;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString configPath;
    bool seedDemo = false;
    bool admin = false;
    QString captchaAnswer;

    // Parses `arguments` (without the program name). Returns false with `error` set.
    bool parse(const QStringList& arguments, QString* error);
};

} // namespace segurdesk::sandbox
