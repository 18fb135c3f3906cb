#pragma once

#include "cli/Task.h"
#include "core/portal/PortalClient.h"
#include "core/portal/PortalRequest.h"
#include "core/services/PortalConnection.h"

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
    static Task<std::unique_ptr<PortalSession>> open(QStringList& arguments, QTextStream& err, int& exitCode);

    portal::PortalClient& client() { return *m_connection.client(); }
    QString identity() const { return m_connection.identity(); }

    // Starts the request; done when it has finished, with whether it succeeded.
    static Task<bool> send(portal::PortalRequest& request);

private:
    PortalSession() = default;

    services::PortalConnection m_connection;
};

} // namespace segurdesk::cli
