# Sourced by the packaging tests: a throwaway Debian 12 (minbase: no Qt, no X11) to install and
# run Ségur Desk in. Needs root (debootstrap, chroot, mount) and a Debian mirror
# (SEGURDESK_DEBIAN_MIRROR, else deb.debian.org). Sets $root; removes it when the test exits.

root=$(mktemp -d /tmp/segurdesk-debian.XXXXXX)
chmod 755 "$root" # apt downloads as _apt
remove_debian_root() {
    # Whatever a failed test left running in the root goes first.
    local process
    for process in /proc/[0-9]*; do
        [ "$(readlink "$process/root" 2>/dev/null)" = "$root" ] && kill -KILL "${process#/proc/}" 2>/dev/null
    done
    umount "$root/proc" 2>/dev/null || true
    rm -rf --one-file-system "$root"
}
trap remove_debian_root EXIT
debootstrap --variant=minbase bookworm "$root" "${SEGURDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
    >"$root.debootstrap.log" 2>&1 || { cat "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"
if compgen -G "$root/usr/lib/*/libQt6Core.so*" >/dev/null; then
    echo "the Debian root already has Qt" >&2
    exit 1
fi

# Runs a packaging/tests/in-root script inside the root, beside smoke.sh, which they all source:
# a clean environment, no display (Qt's offscreen platform).
run_in_root() {
    local script=$1 in_root
    shift
    in_root=$(dirname "${BASH_SOURCE[0]}")/../in-root
    cp "$in_root/$script" "$in_root/smoke.sh" "$root/tmp/"
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen bash "/tmp/$script" "$@"
}
