#pragma once

#include <QString>
#include <QUrl>

namespace segurdesk::settings {

// What the user chose in the settings dialog, kept with QSettings in the user's configuration
// folder: the portal's address (empty: the demonstration portal on this computer) and the
// interface language (one of interfaceLanguages()).
struct Preferences
{
    QUrl portal;
    QString language = QStringLiteral("fr");

    // The stored choices. Read once, before the first window, from a file of a few bytes.
    static Preferences stored();
    // Writes the choices; returns why they could not be, translated, or an empty string. Disk
    // work: called off the GUI thread.
    static QString store(const Preferences& preferences);

    // What the application starts with: these choices, each overridden by its environment
    // variable when set (SEGURDESK_PORTAL, SEGURDESK_LANG: for administrators and tests), which
    // is never stored.
    Preferences withEnvironment() const;

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace segurdesk::settings
