#pragma once

#include "E2eEnvironment.h"

#include <QString>
#include <QStringList>

#include <array>

namespace segurdesk::e2e {

// SIGKILLs of `segurdesk-cli submit` drawn over the whole of each run, in time: the delay of
// each kill is uniform between the start and the run's expected end, estimated from the
// progress lines of the runs before it (start-up, re-checking a dossier already sent, sending a
// new one). Each kill is filed by where it landed, from the last progress line the run printed.
class KilledRuns
{
public:
    enum Point {
        Starting, // no progress line yet: start-up, data folder, key
        BeforeSending, // checking a dossier, re-checking one already sent, resuming one
        DuringUpload, // "sending" printed, no answer yet
        AfterAnswer, // the receipt came; the next dossier has not started
        RunEnded, // the run ended before its kill
        PointCount
    };

    explicit KilledRuns(const E2eEnvironment& environment);

    // One run of segurdesk-cli `arguments`, whose dossier files are `sent` dossiers already on
    // the portal and `unsent` others, killed at a random point. Returns what went wrong when it
    // could not be started or did not end, else an empty string.
    QString killOne(const QStringList& arguments, int sent, int unsent, quint32 seed);

    int count(Point point) const { return m_counts.at(point); }
    // "before any dossier 3, before sending 5, ..." for the test's output.
    QString distribution() const;

private:
    const E2eEnvironment& m_environment;
    std::array<int, PointCount> m_counts {};
    // A running mean, in ms, that starts from a prior counted as one sample.
    struct Mean
    {
        double value;
        int samples = 1;
        void add(double sample) { value += (sample - value) / ++samples; }
    };
    Mean m_startup {1000};
    Mean m_recheck {30};
    Mean m_upload {150};
};

} // namespace segurdesk::e2e
