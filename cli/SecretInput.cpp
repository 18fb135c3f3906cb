#include "cli/SecretInput.h"

#include <QTextStream>

#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace segurdesk::cli {

namespace {

// Turns the terminal's echo off for its lifetime when stdin is a terminal.
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios silent = m_mode;
            silent.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#if defined(Q_OS_WIN)
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

    bool isActive() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode {};
#endif
};

} // namespace

std::optional<QString> SecretInput::read(const char* environmentVariable, const QString& prompt, QTextStream& err)
{
    QByteArray value = qgetenv(environmentVariable);
    if (!value.isEmpty()) {
        QString text = QString::fromUtf8(value);
        value.fill('\0');
        return text;
    }
    return readLine(prompt, err);
}

std::optional<QString> SecretInput::readLine(const QString& prompt, QTextStream& err)
{
    std::string line;
    bool ok = false;
    {
        const EchoOff echoOff;
        if (echoOff.isActive())
            err << prompt << Qt::flush;
        ok = bool(std::getline(std::cin, line));
        if (echoOff.isActive())
            err << Qt::endl;
    }
    if (!ok)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace segurdesk::cli
