#pragma once

// Helpers shared by the libFuzzer targets. A violated invariant calls abort() so that
// libFuzzer records the input as a finding, exactly like a sanitizer report.

#include <QByteArray>
#include <QGuiApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace segurdesk::fuzz {

// A deep copy, so that the code under test sees an ordinary NUL-terminated QByteArray and
// ASan still reports any read past the input's end.
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)};
}

// QImage plugins, QtPdf and font handling need a QGuiApplication; it lives for the whole run.
inline void ensureGuiApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    if (QCoreApplication::instance() != nullptr)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(argc, argv);
}

// Stops the run on a broken contract, naming it: libFuzzer then saves the input.
inline void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fputs("fuzz invariant violated: ", stderr);
    std::fputs(what, stderr);
    std::fputc('\n', stderr);
    std::abort();
}

} // namespace segurdesk::fuzz
