#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// Runs the real segurdesk-cli (path compiled in as SEGURDESK_CLI_PATH) and collects what it
// printed. The timeout only stops a runaway process; results never depend on timing.
struct CliRun
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(SEGURDESK_CLI_PATH));
    process.setArguments(arguments);
    process.start();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
