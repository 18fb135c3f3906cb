# Inside a Debian 12 root with no Qt and no /dev/fuse: the AppImage, called through links named
# after the three programs, runs each of them, and leaves nothing in /tmp.
set -euo pipefail
source /tmp/smoke.sh
appimage=$1

bin=$(mktemp -d)
for program in segurdesk segurdesk-cli segurdesk-sandbox; do ln -s "$appimage" "$bin/$program"; done
smoke_test "$bin"
left=$(find /tmp -maxdepth 1 \( -name 'appimage_extracted_*' -o -name '.mount_*' \))
[ -z "$left" ] || { echo "left in /tmp: $left"; exit 1; }
echo "the AppImage ran without Qt on the system and left nothing behind"
