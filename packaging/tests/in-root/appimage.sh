# Inside a Debian 12 root with no Qt and no /dev/fuse: the AppImage, called through links named
# after the three programs, runs each of them, and leaves nothing in /tmp.
set -euo pipefail
source /tmp/smoke.sh
appimage=$1

bin=/opt/segurdesk-links
mkdir -p "$bin"
for program in segurdesk segurdesk-cli segurdesk-sandbox; do ln -s "$appimage" "$bin/$program"; done
as_user bash -c 'source /tmp/smoke.sh && smoke_test "$1"' smoke "$bin"
# TLS: the system has no OpenSSL; the AppImage's Qt must find the libssl it carries (loaded at run
# time, so no check of linked libraries sees it missing).
! compgen -G "/usr/lib/*/libssl.so.3" >/dev/null || { echo "the root has OpenSSL"; exit 1; }
# Nothing listens on port 9: with TLS working, the request fails on the connection, not before.
tls=$(as_user env SEGURDESK_PASSWORD=x "$bin/segurdesk-cli" --lang en --portal https://127.0.0.1:9 login --login x 2>&1 || true)
[[ $tls == *"The portal could not be reached"* ]] && ! grep -qiE "tls|ssl" <<<"$tls" ||
    { echo "no TLS from the AppImage: $tls"; exit 1; }
left=$(find /tmp -maxdepth 1 \( -name 'appimage_extracted_*' -o -name '.mount_*' \))
[ -z "$left" ] || { echo "left in /tmp: $left"; exit 1; }
echo "the AppImage ran without Qt on the system and left nothing behind"
