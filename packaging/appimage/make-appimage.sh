#!/usr/bin/env bash
# Builds the Ségur Desk AppImage from BUILD_DIR (configured with SEGURDESK_APPIMAGE_RUNTIME=ON
# and built): an AppDir made of the install tree, the Qt libraries and plugins the app needs and
# everything they link but what the exclude list leaves to the host, then packed with mksquashfs
# behind the runtime. RUNTIME: the official type-2 runtime file if given, else the project's.
# Usage: packaging/appimage/make-appimage.sh BUILD_DIR DIST_DIR [RUNTIME]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1
dist=$2
runtime=${3:-$build/packaging/segurdesk-appimage-runtime}
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
appdir=$work/SegurDesk.AppDir
cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null

# Qt's plugins: the X11 platform and its OpenGL integrations, offscreen (tests, servers), input
# methods, image formats, the SVG icon engine, the SQLite driver, the TLS backends, printing.
qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so xcbglintegrations/ platforminputcontexts/ \
    imageformats/ iconengines/ sqldrivers/libqsqlite.so tls/ printsupport/; do
    mkdir -p "$appdir/usr/plugins/${plugin%/*}"
    cp -L "$qt_plugins/$plugin"* "$appdir/usr/plugins/${plugin%/*}/"
done
printf '[Paths]\nPrefix=..\nPlugins=plugins\n' >"$appdir/usr/bin/qt.conf"

# The libraries these need, and theirs, but the host's: what an excluded library needs comes from
# the host with it.
excluded=$(grep -v '^#' "$here/excludelist" | grep .)
mkdir -p "$appdir/usr/lib"
deploy() {
    local elf=$1 name path
    for name in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        grep -qxF "$name" <<<"$excluded" && continue
        [ -e "$appdir/usr/lib/$name" ] && continue
        path=$(ldd "$elf" | awk -v name="$name" '$1 == name && $2 == "=>" { print $3 }')
        [ -f "$path" ] || { echo "$elf: $name not found" >&2; exit 1; }
        cp -L "$path" "$appdir/usr/lib/$name"
        deploy "$appdir/usr/lib/$name"
    done
}
while read -r elf; do deploy "$elf"; done < <(find "$appdir/usr/bin" "$appdir/usr/plugins" -type f -not -name qt.conf)
# What Qt opens at run time, which no NEEDED entry names: OpenSSL's libssl for the TLS backend.
for name in $(grep -v '^#' "$here/loaded-at-run-time" | grep .); do
    # (awk reads to the end: a reader that leaves early would break the pipe under pipefail.)
    path=$(/sbin/ldconfig -p | awk -v name="$name" '!found && $1 == name && /x86-64/ { found = $NF } END { print found }')
    [ -f "$path" ] || { echo "$name is not installed" >&2; exit 1; }
    cp -L "$path" "$appdir/usr/lib/$name"
    deploy "$appdir/usr/lib/$name"
done

# Each file finds the libraries of the AppDir from where it lies.
for elf in "$appdir"/usr/bin/*; do
    [ "$(head -c 4 "$elf")" = $'\x7fELF' ] && patchelf --set-rpath '$ORIGIN/../lib' "$elf"
done
for library in "$appdir"/usr/lib/*.so*; do patchelf --set-rpath '$ORIGIN' "$library"; done
for plugin in "$appdir"/usr/plugins/*/*.so; do patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"; done

# The licences of what the AppImage carries: the GPL-3 the app is conveyed under, and the copyright
# file of each Debian package it takes a library or a plugin from, or the runtime links statically.
cp /usr/share/common-licenses/GPL-3 "$appdir/usr/share/doc/segurdesk/"
{
    for file in "$appdir"/usr/lib/*.so* "$appdir"/usr/plugins/*/*.so; do
        dpkg -S "*/$(basename "$file")" 2>/dev/null | grep -v '^diversion by' | sed -n '1s/:.*//p' || true
    done
    echo libsquashfuse0 libfuse3-3 libc6 zlib1g liblzma5 libzstd1 liblz4-1 liblzo2-2 | tr ' ' '\n'
} | sort -u | while read -r package; do
    mkdir -p "$appdir/usr/share/doc/$package"
    cp "/usr/share/doc/$package/copyright" "$appdir/usr/share/doc/$package/"
done

# What the app reads as it starts, in the order it reads it, for the runtime to decompress ahead
# of it (runtime/prefetch.h): the program and the libraries it links, in the loader's order, then
# the plugins Qt loads before the first window (X11, input methods, icons, images) and theirs.
startup_files() {
    local elf library
    for elf in usr/bin/segurdesk usr/plugins/platforms/libqxcb.so usr/plugins/platforminputcontexts/*.so \
        usr/plugins/iconengines/*.so usr/plugins/imageformats/*.so; do
        echo "$elf"
        ldd "$elf" | sed -n 's/^\t.* => \(.*\) (0x[0-9a-f]*)$/\1/p' | while IFS= read -r library; do
            library=$(realpath --relative-to=. "$library")
            [[ $library == ../* ]] || echo "$library" # the host's, on the exclude list
        done
    done | awk '!seen[$0]++'
}
(cd -P "$appdir" && startup_files) >"$appdir/.startup-files"

# The AppDir's own entry points: AppRun, the desktop entry and the icon.
install -m 755 "$here/AppRun" "$appdir/AppRun"
cp "$appdir/usr/share/applications/fr.segurdesk.SegurDesk.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/fr.segurdesk.SegurDesk.png" "$appdir/"
ln -s fr.segurdesk.SegurDesk.png "$appdir/.DirIcon"

# zstd: the runtime's squashfuse reads it, and it decompresses fast. Blocks of 128 KiB (the
# default): the loader faults pages in all over the libraries, and each fault decompresses a
# whole block; 1 MiB blocks made the AppImage 3 % smaller and its cold start 40 % slower.
mksquashfs "$appdir" "$work/image.squashfs" -root-owned -noappend -no-progress -quiet \
    -comp zstd -Xcompression-level 19
appimage=$dist/SegurDesk-$version-x86_64.AppImage
cat "$runtime" "$work/image.squashfs" >"$appimage"
chmod 755 "$appimage"
echo "$appimage: $(stat -c %s "$appimage") bytes"
