#pragma once

#include <QFile>

namespace segurdesk::bench {

// A line of /proc/self/status in KiB ("VmHWM", "VmRSS"); -1 where /proc cannot tell.
inline qint64 statusKiB(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

// The process's peak resident memory so far, in KiB.
inline qint64 peakResidentKiB()
{
    return statusKiB("VmHWM");
}

// The process's resident memory now, in KiB.
inline qint64 residentKiB()
{
    return statusKiB("VmRSS");
}

} // namespace segurdesk::bench
