#!/usr/bin/env bash
# The MSI, read back with msiinfo (a structural check; the shippable MSI is built on Windows):
# per-machine, x64, the fixed UpgradeCode with a major upgrade and a downgrade refused in the
# product's language, the three programs and the licence installed, the Start-menu shortcut.
# Usage: packaging/tests/msi.sh DIST_DIR
set -euo pipefail
fail() { echo "$*" >&2; exit 1; }
upgrade_code='{6F0B7E2C-5D1A-4C8E-9B3F-2A7D4E6C8B10}'

# msiinfo exports tables with Windows line ends.
table() { msiinfo export "$1" "$2" | tr -d '\r'; }

check() {
    local msi=$1 language=$2 downgrade=$3
    local property upgrade
    property=$(table "$msi" Property)
    grep -qxP "ALLUSERS\t1" <<<"$property" || fail "$msi: not per-machine"
    grep -qxP "UpgradeCode\t\Q$upgrade_code\E" <<<"$property" || fail "$msi: another UpgradeCode"
    grep -qxP "ProductLanguage\t$language" <<<"$property" || fail "$msi: not in language $language"
    upgrade=$(table "$msi" Upgrade)
    grep -qP "^\Q$upgrade_code\E\t\t[0-9.]+\t.*WIX_UPGRADE_DETECTED" <<<"$upgrade" || fail "$msi: no major upgrade"
    grep -qP "^\Q$upgrade_code\E\t[0-9.]+\t.*WIX_DOWNGRADE_DETECTED" <<<"$upgrade" || fail "$msi: downgrades not detected"
    table "$msi" LaunchCondition | grep -qP "^NOT WIX_DOWNGRADE_DETECTED\t$downgrade" ||
        fail "$msi: no downgrade message in its language"
    local files
    files=$(table "$msi" File | cut -f3)
    for file in segurdesk.exe segurdesk-cli.exe segurdesk-sandbox.exe LICENSE copyright; do
        grep -qxF "$file" <<<"$files" || fail "$msi: $file is not installed"
    done
    table "$msi" Shortcut | grep -qP '^SegurDeskShortcut\tProgramMenuFolder\tSégur Desk\t\w+\t\[INSTALLDIR\]bin\\segurdesk.exe\t' ||
        fail "$msi: no Start-menu shortcut to the app"
    # (wixl writes 1033 as the summary's language whatever Package/@Languages says; WiX does not.)
    msiinfo suminfo "$msi" | grep -q '^Template: x64;' || fail "$msi: not an x64 package"
}
check "$(echo "$1"/SegurDesk-*-x64-fr.structural-check.msi)" 1036 "Une version plus récente"
check "$(echo "$1"/SegurDesk-*-x64-en.structural-check.msi)" 1033 "A newer version"
echo "both MSIs have their tables"
