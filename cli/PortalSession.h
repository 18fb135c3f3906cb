#pragma once

#include "core/portal/EmbeddedSandbox.h"
#include "core/portal/PortalClient.h"
#include "core/portal/PortalRequest.h"

#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

class QTextStream;

namespace segurdesk::cli {

// The portal a command talks to: `--portal URL` (taken out of the arguments; also accepted
// before the command name), else the embedded sandbox started for the duration of the command
// (EmbeddedSandbox). `--timeout SECONDS` sets how long a call may stay silent.
class PortalSession
{
public:
    // Removes --portal and --timeout from `arguments`. On failure writes why to `err` and sets
    // `exitCode` (2 for bad arguments, 1 when the portal cannot be reached or started).
    static std::unique_ptr<PortalSession> open(QStringList& arguments, QTextStream& err, int& exitCode);

    portal::PortalClient& client() { return *m_client; }
    // The address given with --portal, or a fixed name for the embedded sandbox, whose port
    // changes at every start while its data stays.
    QString identity() const;

    // Starts the request and runs the event loop until it finishes.
    static void await(portal::PortalRequest& request);

private:
    PortalSession() = default;

    QNetworkAccessManager m_network;
    std::unique_ptr<portal::EmbeddedSandbox> m_sandbox;
    std::unique_ptr<portal::PortalClient> m_client;
};

} // namespace segurdesk::cli
