#!/usr/bin/env bash
# Whether precompiled Qt headers or a unity build would shorten CI's two Debug/fuzz builds on
# this machine. Builds the core libraries (segurdesk_core, segurdesk_portal) in the sanitizer
# configuration (GCC, Debug, ASan+UBSan) and the fuzz configuration (Clang, RelWithDebInfo,
# libFuzzer): without ccache plain, with precompiled headers and as a unity build; then through
# ccache, plain and with precompiled headers, once into an empty cache ("cold") and once more
# from another build folder ("warm", CI's case after a session built the same sources). Prints
# the wall time of each (or that it does not compile) and ccache's hits.
# Usage: bench/build/compare-modes.sh [WORK_DIR [CONFIG...]]
#   WORK_DIR defaults to /tmp/segurdesk-build-modes; CONFIG is sanitize and/or fuzz (both by default).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-/tmp/segurdesk-build-modes}
shift || true
configs=("$@")
[ ${#configs[@]} -gt 0 ] || configs=(sanitize fuzz)
mkdir -p "$work"
targets=(segurdesk_core segurdesk_portal)
# A cache of this script's own, emptied for each configuration: the user's is left alone.
export CCACHE_DIR=$work/ccache
# What ccache needs to reuse objects compiled with a precompiled header.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime

configure() { # name compiler-env... -- cmake args...
    local name=$1
    shift
    rm -rf "${work:?}/$name"
    local env=()
    while [ "$1" != "--" ]; do env+=("$1"); shift; done
    shift
    env "${env[@]}" cmake -S . -B "$work/$name" -G Ninja -DSEGURDESK_BUILD_TESTS=OFF -DSEGURDESK_BUILD_BENCH=OFF \
        "$@" >/dev/null
}

build() { # name
    local started=$SECONDS
    ccache -z >/dev/null
    if cmake --build "$work/$1" --target "${targets[@]}" --parallel "$(nproc)" >"$work/$1.log" 2>&1; then
        echo "$1: $((SECONDS - started)) s ($(ccache -s | grep -m1 -E '^ *Hits' | tr -s ' '))"
    else
        echo "$1: does not compile ($(grep -m1 'error:' "$work/$1.log"))"
    fi
}

sanitize=(CC=gcc CXX=g++ -- -DCMAKE_BUILD_TYPE=Debug -DSEGURDESK_SANITIZE=address,undefined)
fuzz=(CC=clang CXX=clang++ -- -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSEGURDESK_FUZZ=ON -DSEGURDESK_WERROR=OFF)
pch=(-DCMAKE_PROJECT_INCLUDE="$PWD/bench/build/precompiled-qt.cmake")
for config in "${configs[@]}"; do
    declare -n args=$config
    configure "$config-plain" "${args[@]}" -DSEGURDESK_CCACHE=OFF
    build "$config-plain"
    configure "$config-pch" "${args[@]}" -DSEGURDESK_CCACHE=OFF "${pch[@]}"
    build "$config-pch"
    configure "$config-unity" "${args[@]}" -DSEGURDESK_CCACHE=OFF -DCMAKE_UNITY_BUILD=ON
    build "$config-unity"
    for mode in ccache pch-ccache; do
        extra=()
        [ "$mode" = ccache ] || extra=("${pch[@]}")
        rm -rf "$CCACHE_DIR"
        for pass in cold warm; do
            configure "$config-$mode-$pass" "${args[@]}" "${extra[@]}"
            build "$config-$mode-$pass"
        done
    done
done
