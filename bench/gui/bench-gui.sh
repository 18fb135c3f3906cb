#!/usr/bin/env bash
# Whole-process benchmark of the app's GUI thread and memory (bench_gui, built from the app's own
# objects), on a real X server (Xvfb) with segurdesk-sandbox on loopback and a keychain:
#   - the longest GUI-thread stall while six 4 MB documents are attached (all at once, then one
#     every 100 ms) and the draft saved, then while the dossier is submitted (target: never over
#     16 ms, one frame);
#   - the peak resident memory of the main window with that draft resumed in the wizard, in a
#     fresh process (target <= 80 MB).
# Usage: bench/gui/bench-gui.sh [BUILD_DIR] [RUNS]   (BUILD_DIR has bin/ and bench/)
set -euo pipefail
. "$(dirname "$(realpath "$0")")/../in-keyring.sh"
here=$(dirname "$(realpath "$0")")
build=${1:-build/test}
runs=${2:-3}
bench=$(realpath "$build/bench/bench_gui")
sandbox=$(realpath "$build/bin/segurdesk-sandbox")
work=$(mktemp -d)
sandbox_pid=
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$sandbox_pid" "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

mkdir -p "$work/data"
"$sandbox" --listen 127.0.0.1:0 --data "$work/data" --captcha-answer 4242 >"$work/url" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")

. "$here/../submit/dossier.sh"
make_docs "$work/docs" 4000000

export DISPLAY=$display QT_QPA_PLATFORM=xcb
for run in $(seq "$runs"); do
    home="$work/home-$run"
    # All six at once, then one every 100 ms as a user picks them: each in a dossier of its own.
    for spacing in 0 100; do
        dossier "$work/dossier-$run-$spacing.json" "$work/docs" "Banc GUI $run $spacing"
        XDG_DATA_HOME="$home" "$bench" attach "$url" "$work/dossier-$run-$spacing.json" 4242 "$spacing" \
            >"$work/attach" 2>"$work/err" || { cat "$work/attach" "$work/err" >&2; exit 1; }
        grep -v '^draft ' "$work/attach" | sed "s/^/run $run: /"
        [ -z "${BENCH_GUI_TRACE:-}" ] || cat "$work/err"
    done
    draft=$(sed -n 's/^draft //p' "$work/attach")
    XDG_DATA_HOME="$home" "$bench" open "$url" "$draft" 2>"$work/err" | sed "s/^/run $run: /" \
        || { cat "$work/err" >&2; exit 1; }
done
echo "targets: longest stall <= 16 ms in each phase; peak resident memory <= 80 MB"
