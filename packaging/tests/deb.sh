#!/usr/bin/env bash
# The Debian package: its metadata, lintian, its size, then apt installs it into a fresh Debian
# 12 with no Qt, the CLI, the sandbox and the app run, and the purge leaves nothing behind.
# Usage: packaging/tests/deb.sh DIST_DIR
set -euo pipefail
here=$(dirname "$0")
deb=$(echo "$1"/segurdesk_*.deb)

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT # until the Debian root's cleanup takes the trap over
dpkg-deb -x "$deb" "$tree"
desktop-file-validate "$tree"/usr/share/applications/fr.segurdesk.SegurDesk.desktop
appstreamcli validate --no-net "$tree"/usr/share/metainfo/fr.segurdesk.SegurDesk.metainfo.xml
# The version is the project's (CMakeLists.txt) everywhere it is written.
version=$(dpkg-deb -f "$deb" Version)
changelog=$(zcat "$tree/usr/share/doc/segurdesk/changelog.gz" | sed -n '1s/^segurdesk (\([^)]*\)).*/\1/p')
release=$(grep -o '<release version="[^"]*"' "$tree"/usr/share/metainfo/*.xml | sed -n '1s/.*"\(.*\)"/\1/p')
manual=$(zcat "$tree/usr/share/man/man1/segurdesk.1.gz" | sed -n '1s/.*"Ségur Desk \([^"]*\)".*/\1/p')
[ "$changelog" = "$version" ] && [ "$release" = "$version" ] && [ "$manual" = "$version" ] || {
    echo "version $version, but the changelog says $changelog, the metainfo $release, the man page $manual" >&2
    exit 1
}
rm -rf "$tree"
lintian --fail-on error,warning "$deb"
size=$(stat -c %s "$deb")
echo ".deb: $size bytes (target <= 5 MB)"
[ "$size" -le $((5 * 1024 * 1024)) ]

source "$here/support/debian-root.sh"
cp "$deb" "$root/tmp/segurdesk.deb"
run_in_root deb.sh
