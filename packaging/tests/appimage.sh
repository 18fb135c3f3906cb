#!/usr/bin/env bash
# The AppImage: the type-2 magic and the image's offset, the image listed by unsquashfs, an
# extracted tree that carries what Qt loads at run time, takes from the host only what the
# exclude list allows and needs no glibc newer than Debian 12's; the CLI run over FUSE where this
# machine has it; the drafts' key kept in the host's Secret Service; then the CLI (TLS included),
# the sandbox and the app run from it in a Debian 12 with no Qt, no OpenSSL and no FUSE (the
# runtime extracts and runs), leaving nothing in /tmp.
# Usage: packaging/tests/appimage.sh DIST_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
appimage=$(realpath "$(echo "$1"/SegurDesk-*-x86_64.AppImage)")
fail() { echo "$*" >&2; exit 1; }

size=$(stat -c %s "$appimage")
echo "AppImage: $size bytes (target <= 45 MB)"
[ "$size" -le $((45 * 1024 * 1024)) ] || fail "the AppImage is over 45 MB"
[ "$(od -An -tx1 -j8 -N3 "$appimage" | tr -d ' ')" = 414902 ] || fail "no AppImage type-2 magic at offset 8"
offset=$("$appimage" --appimage-offset)
[ "$(od -An -c -j "$offset" -N4 "$appimage" | tr -d ' ')" = hsqs ] || fail "no squashfs at offset $offset"
listing=$(unsquashfs -o "$offset" -l "$appimage")
for path in AppRun .DirIcon fr.segurdesk.SegurDesk.desktop usr/bin/segurdesk usr/bin/segurdesk-cli \
    usr/bin/segurdesk-sandbox usr/bin/qt.conf usr/plugins/platforms/libqxcb.so usr/plugins/sqldrivers/libqsqlite.so; do
    grep -qxF "squashfs-root/$path" <<<"$listing" || fail "the image lacks $path"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Over FUSE, as on a desktop: served, then unmounted.
if [ -e /dev/fuse ]; then
    served=$("$appimage" cli check iban "FR76 3000 6000 0112 3456 7890 189" 2>&1)
    [[ $served == *$'\tvalid\t'* && $served != *"FUSE is not available"* ]] || fail "over FUSE: $served"
    ! grep -q segurdesk-appimage /proc/mounts || fail "the image is still mounted"
    echo "the CLI ran over FUSE"
    # The app, whose libraries the runtime decompresses ahead of it: it draws its window, then
    # ends with its session, and the image with it.
    log=$work/app.log
    QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="segurdesk.startup.info=true" XDG_DATA_HOME="$work/app" \
        XDG_CONFIG_HOME="$work/app" setsid "$appimage" 2>"$log" &
    app=$!
    for _ in $(seq 300); do grep -q "first window painted" "$log" && break; sleep 0.1; done
    painted=$(grep -c "first window painted" "$log" || true)
    kill -TERM -- "-$app" 2>/dev/null || true
    # The runtime ends with the app, unmounting the image, within seconds.
    for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
    ! kill -0 "$app" 2>/dev/null || fail "the AppImage's runtime is still running 10 s after the app ended"
    wait "$app" || true
    [ "$painted" = 1 ] || fail "over FUSE, the app drew no window: $(cat "$log")"
    ! grep -q segurdesk-appimage /proc/mounts || fail "the image is still mounted after the app"
    echo "the app ran over FUSE"
else
    echo "SKIPPED: no /dev/fuse here, the AppImage runs only extracted in this test"
fi

# The keychain, as on a desktop: the AppImage's qtkeychain finds the host's Secret Service (a
# private D-Bus session with gnome-keyring here), keeps the drafts' key there and reads it back;
# SEGURDESK_REQUIRE_KEYCHAIN makes a missing keychain an error instead of a passphrase.
mkdir "$work/keychain"
kept=$(SEGURDESK_REQUIRE_KEYCHAIN=1 XDG_DATA_HOME="$work/keychain" dbus-run-session -- bash -c '
    printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    gdbus wait --session --timeout 20 org.freedesktop.secrets
    "$1" cli draft new >/dev/null && "$1" cli draft list
    gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets/collection/login \
        --method org.freedesktop.DBus.Properties.Get org.freedesktop.Secret.Collection Items' keychain "$appimage" 2>&1)
[[ $kept == *$'\tbrouillon\t'* && $kept == *"collection/login/"* ]] || fail "keychain: $kept"
echo "the drafts' key went to the Secret Service and came back"
(cd "$work" && "$appimage" --appimage-extract >/dev/null)
tree=$work/squashfs-root
excluded=$(grep -v '^#' "$here/../appimage/excludelist" | grep .)
host_libraries=$work/host-libraries
: >"$host_libraries"
while read -r elf; do
    resolved=$(ldd "$elf")
    ! grep -q 'not found' <<<"$resolved" || fail "$elf lacks a library: $resolved"
    for name in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        [ -e "$tree/usr/lib/$name" ] && continue
        grep -qxF "$name" <<<"$excluded" || fail "$elf takes $name from the host"
        echo "$name" >>"$host_libraries"
    done
done < <(find "$tree/usr" -type f -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print)
echo "every library is in the AppImage or on the exclude list"
for name in $(grep -v '^#' "$here/../appimage/loaded-at-run-time" | grep .); do
    [ -f "$tree/usr/lib/$name" ] || fail "the AppImage lacks $name, which Qt loads at run time"
done
# The runtime decompresses these ahead of the app: each names a file of the image, the program first.
[ "$(head -1 "$tree/.startup-files")" = usr/bin/segurdesk ] || fail ".startup-files does not start with the program"
grep -qxF usr/lib/libQt6Core.so.6 "$tree/.startup-files" || fail ".startup-files lacks the libraries the program links"
while read -r name; do
    [ -f "$tree/$name" ] && [ ! -L "$tree/$name" ] || fail ".startup-files names $name, not a file of the image"
done <"$tree/.startup-files"
echo "the $(wc -l <"$tree/.startup-files") files read at start are in the image"
# Debian 12's glibc (2.36) is the oldest the AppImage runs on, as the README says.
newest=$(find "$tree/usr" -type f -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print0 |
    xargs -0 -n1 sh -c 'objdump -T "$0" 2>/dev/null || true' | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1)
[ "$(printf '%s\n' "$newest" GLIBC_2.36 | sort -t. -k2 -n | tail -1)" = GLIBC_2.36 ] ||
    fail "the AppImage needs $newest, newer than Debian 12's glibc"
echo "the newest glibc it needs: $newest"

# A Debian 12 with what a desktop provides (the exclude list's libraries the AppImage uses) and
# no Qt.
host_packages=$(sort -u "$host_libraries" | while read -r name; do
    dpkg -S "*/$name" | grep -v -- '-dev:' | sed -n '1s/:.*//p'
done | sort -u | tr '\n' ' ')
rm -rf "$work" # the Debian root's cleanup takes over the exit trap
source "$here/support/debian-root.sh"
chroot "$root" apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -q --no-install-recommends $host_packages \
    >"$root/tmp/apt.log" 2>&1 || { cat "$root/tmp/apt.log"; exit 1; }
! compgen -G "$root/usr/lib/*/libQt6Core.so*" >/dev/null || fail "the host libraries brought Qt"
cp "$appimage" "$root/opt/SegurDesk.AppImage"
run_in_root appimage.sh /opt/SegurDesk.AppImage
