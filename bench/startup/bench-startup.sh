#!/usr/bin/env bash
# Whole-process benchmark of the desktop app's cold start: from exec to the first frame of the
# main window drawn, on a real X server (Xvfb), with the default configuration (no portal
# configured: the embedded sandbox starts only after that frame). The app says when it drew
# the frame on the segurdesk.startup logging category; each run is then ended, sandbox included.
# Prints each run and the median against the target (<= 60 ms), and the part of it from main()
# (what the process does once the system has loaded it and its libraries). From a build folder,
# the app takes turns with bench_bare_wizard, a one-page QWizard linked with Qt Widgets alone,
# whose medians are printed too: the least a Qt Widgets window takes on this machine at this
# moment, against which a slow run can be told from a slow machine.
# SEGURDESK_BENCH_DROP_CACHES=1 (root only): the kernel's page cache is emptied before each run,
# so that every file the app reads comes from the disk, as at the first start after a boot.
# Usage: bench/startup/bench-startup.sh [BUILD_DIR|PROGRAM] [RUNS]   (BUILD_DIR has bin/segurdesk;
# PROGRAM: an executable file, such as an AppImage)
set -euo pipefail
# A desktop session has a D-Bus session bus, which Qt's accessibility bridge joins as the window
# is built; without one, every start would launch a bus of its own (dbus-launch), which no user
# waits for.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- "$0" "$@"
fi
build=${1:-build/test}
runs=${2:-21}
bare_wizard=
if [ -f "$build" ]; then
    app=$(realpath "$build")
else
    app=$(realpath "$build/bin/segurdesk")
    if [ -x "$build/bench/bench_bare_wizard" ]; then
        bare_wizard=$(realpath "$build/bench/bench_bare_wizard")
    else
        echo "bench-startup.sh: no $build/bench/bench_bare_wizard, the app is measured alone" >&2
    fi
fi
if [ "${SEGURDESK_BENCH_DROP_CACHES:-}" = 1 ] && [ "$(id -u)" != 0 ]; then
    echo "bench-startup.sh: SEGURDESK_BENCH_DROP_CACHES=1 empties the page cache, which needs root" >&2
    exit 2
fi
work=$(mktemp -d)
display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

# Start $2 of $1: sets `total`, the time from exec to the first painted window, and `from_main`,
# the part of it from main().
start_once() {
    # A log of its own: the child empties a shared one only once it runs, and the wait below would
    # find the previous start's frame in it meanwhile.
    local log="$work/$(basename "$1")-$2.log" start pid painted entered
    if [ "${SEGURDESK_BENCH_DROP_CACHES:-}" = 1 ]; then
        sync
        echo 3 >/proc/sys/vm/drop_caches
        # The tools of this loop come back from the disk before the clock starts.
        date +%s%3N >/dev/null; grep -q x /dev/null || true; sed -n 1p /dev/null
    fi
    start=$(date +%s%3N)
    # Its own session, so that ending it ends the sandbox it may have started too.
    DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_DATA_HOME="$work/home" XDG_CONFIG_HOME="$work/home" \
        QT_LOGGING_RULES="segurdesk.startup.info=true" setsid "$1" 2>"$log" &
    pid=$!
    for _ in $(seq 200); do grep -q "first window painted" "$log" && break; sleep 0.05; done
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # The sandbox the app may have started ends too before the next start.
    for _ in $(seq 200); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.01; done
    painted=$(sed -n 's/.*first window painted at \([0-9]*\) ms.*/\1/p' "$log")
    [ -n "$painted" ] || { echo "$1, start $2: no frame drawn" >&2; cat "$log" >&2; exit 1; }
    entered=$(sed -n 's/.*main() entered at \([0-9]*\) ms.*/\1/p' "$log")
    [ -n "$entered" ] || { echo "$1, start $2: main() did not say when it was entered" >&2; cat "$log" >&2; exit 1; }
    total=$((painted - start))
    from_main=$((painted - entered))
}

# Taking turns, each first every other run: neither is always the one that follows the other.
measure_app() {
    start_once "$app" "$run"
    times+=("$total") inside+=("$from_main")
}
measure_bare_wizard() {
    start_once "$bare_wizard" "$run"
    bare_times+=("$total") bare_inside+=("$from_main")
}
times=() inside=() bare_times=() bare_inside=()
for run in $(seq "$runs"); do
    if [ -z "$bare_wizard" ]; then
        measure_app
        echo "run $run: ${times[-1]} ms, from main(): ${inside[-1]} ms"
        continue
    fi
    if [ $((run % 2)) = 1 ]; then measure_app; measure_bare_wizard; else measure_bare_wizard; measure_app; fi
    echo "run $run: ${times[-1]} ms, from main(): ${inside[-1]} ms;" \
        "bare QWizard: ${bare_times[-1]} ms, from main(): ${bare_inside[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "median of $runs cold starts to the first painted window: $(median "${times[@]}") ms (target <= 60 ms)"
echo "of which from main(): $(median "${inside[@]}") ms"
if [ -n "$bare_wizard" ]; then
    echo "a bare QWizard, started in turn with it: $(median "${bare_times[@]}") ms, of which from main():" \
        "$(median "${bare_inside[@]}") ms"
fi
