#!/usr/bin/env bash
# Whole-process benchmark of `segurdesk-cli submit`: a full dossier (tiers déclarant, six
# documents of 4 MB each) sent to segurdesk-sandbox on loopback. Prints the wall time of each
# run and the client's peak RSS growth over the same submission with tiny documents, against
# the targets (<= 400 ms, growth <= 2 x the largest document).
# Usage: bench/submit/bench-submit.sh [BUILD_DIR] [RUNS]   (BUILD_DIR has cli/ and sandbox/)
set -euo pipefail
. "$(dirname "$(realpath "$0")")/../in-keyring.sh"
here=$(dirname "$(realpath "$0")")
build=${1:-build/bench}
runs=${2:-5}
cli=$(realpath "$build/bin/segurdesk-cli")
sandbox=$(realpath "$build/bin/segurdesk-sandbox")
doc_bytes=4000000
work=$(mktemp -d)
trap 'kill "$sandbox_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/data" "$work/home"
"$sandbox" --listen 127.0.0.1:0 --data "$work/data" --captcha-answer 4242 >"$work/url" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")

. "$here/dossier.sh"
make_docs "$work/big" "$doc_bytes"
make_docs "$work/small" 2000

submit() { # FILE -> "seconds max_rss_kb"
    HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
        QT_QPA_PLATFORM=offscreen \
        /usr/bin/time -f "%e %M" -o "$work/time" "$cli" --portal "$url" submit --captcha 4242 "$1" \
        >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    grep -q "ENR-" "$work/out" || { cat "$work/out" "$work/err" >&2; exit 1; }
    cat "$work/time"
}

# The first run creates the drafts key in the keychain, which is not what is measured.
dossier "$work/warm.json" "$work/small" "Banc warm-up"
submit "$work/warm.json" >/dev/null

echo "run  documents  seconds  peak_rss_kb"
small_rss=0
big_rss=0
best=999
for i in $(seq "$runs"); do
    dossier "$work/small-$i.json" "$work/small" "Banc petit $i"
    read -r s_sec s_rss < <(submit "$work/small-$i.json")
    dossier "$work/big-$i.json" "$work/big" "Banc gros $i"
    read -r b_sec b_rss < <(submit "$work/big-$i.json")
    echo "$i    tiny       $s_sec     $s_rss"
    echo "$i    6x4MB      $b_sec     $b_rss"
    [ "$s_rss" -gt "$small_rss" ] && small_rss=$s_rss
    [ "$b_rss" -gt "$big_rss" ] && big_rss=$b_rss
    best=$(echo "$b_sec $best" | awk '{print ($1 < $2) ? $1 : $2}')
done
growth=$((big_rss - small_rss))
echo "best end-to-end time, 6 x 4 MB: ${best} s (target <= 0.400 s)"
echo "peak RSS growth: ${growth} kB = $(awk "BEGIN {printf \"%.2f\", $growth * 1024 / $doc_bytes}") x the largest document (target <= 2)"
