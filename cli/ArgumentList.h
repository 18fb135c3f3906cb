#pragma once

#include <QStringList>

#include <optional>

namespace segurdesk::cli {

// Takes options out of a command's arguments, so that what is left are its operands (or
// unknown options to report). Stops at "--".
class ArgumentList
{
public:
    explicit ArgumentList(QStringList arguments)
        : m_arguments(std::move(arguments))
    { }

    // The value of `--name VALUE` or `--name=VALUE`, removed; nullopt when absent. A trailing
    // `--name` without its value is removed and recorded (missingValue()).
    std::optional<QString> takeValue(const QString& name);
    // True when the flag was there (removed).
    bool takeFlag(const QString& name);

    bool missingValue() const { return m_missingValue; }
    // The first remaining argument that looks like an option, empty when none.
    QString unknownOption() const;
    const QStringList& rest() const { return m_arguments; }

private:
    QStringList m_arguments;
    bool m_missingValue = false;
};

} // namespace segurdesk::cli
