#!/usr/bin/env bash
# Cold start of the app as packaged: from the .deb's tree (its programs over the system's Qt, as
# installed) and from the AppImage (its own Qt, mounted over FUSE; extracted first where FUSE is
# missing). Prints both medians and their ratio against the target (AppImage <= 1.5 x .deb):
# warm (the files already in the kernel's page cache, as when the app was started not long ago)
# and, when run as root, cold too (the page cache emptied before each run, as after a boot).
# Usage: bench/startup/bench-packages.sh [DIST_DIR] [RUNS]   (scripts/package fills dist/)
set -euo pipefail
here=$(dirname "$0")
dist=${1:-dist}
runs=${2:-21}
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$(echo "$dist"/segurdesk_*.deb)" "$tree"

median() { "$here/bench-startup.sh" "$1" "$runs" | tee /dev/stderr | sed -n 's/^median .*: \([0-9]*\) ms.*/\1/p'; }
compare() {
    local deb appimage
    deb=$(median "$tree/usr/bin/segurdesk")
    appimage=$(median "$(echo "$dist"/SegurDesk-*-x86_64.AppImage)")
    echo "$1 start, median of $runs: .deb $deb ms, AppImage $appimage ms," \
        "ratio $(awk -v a="$appimage" -v d="$deb" 'BEGIN { printf "%.2f", a / d }') (target <= 1.5)"
}
results=$(SEGURDESK_BENCH_DROP_CACHES=0 compare warm)
if [ "$(id -u)" = 0 ]; then
    results+=$'\n'$(SEGURDESK_BENCH_DROP_CACHES=1 compare cold)
fi
echo "$results"
