#!/usr/bin/env bash
# Whole-process benchmark of segurdesk-sandbox on loopback:
#  1. status polling: GET /api/v1/enrollments/{id} with a bearer token, measured by wrk
#     (targets: >= 5000 requests/s and p99 <= 20 ms on 2 cores);
#  2. one 4 MB enrollment upload (multipart, curl without Expect: 100-continue), end to end
#     including validation and the PDF integrity check (target: <= 50 ms).
# Usage: bench/sandbox/run.sh [path/to/segurdesk-sandbox]   (default: the newest build under build/)
# Env: DURATION (wrk seconds, default 10), CONNECTIONS (default 32), UPLOADS (default 5).
set -euo pipefail
cd "$(dirname "$0")/../.."

exe=${1:-$(ls -t build/*/bin/segurdesk-sandbox 2>/dev/null | head -1)}
[[ -x "$exe" ]] || { echo "segurdesk-sandbox not found: build it or pass its path" >&2; exit 2; }
for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
uploads=${UPLOADS:-5}
answer=BENCH7

work=$(mktemp -d)
server_pid=
cleanup() {
    # wait reports the server's SIGTERM (143): under set -e that would end the trap before the
    # work folder is removed and make a good run exit 143.
    if [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; then
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Cheap password hashing: the login is setup, not what is measured.
printf '{"auth": {"pbkdf2_iterations": 1000}, "instruction": {"delay_seconds": 86400}}\n' >"$work/config.json"
"$exe" --data "$work/data" --listen 127.0.0.1:0 --admin --captcha-answer "$answer" \
    --config "$work/config.json" >"$work/stdout" 2>"$work/stderr" &
server_pid=$!
for _ in $(seq 100); do
    url=$(head -1 "$work/stdout" 2>/dev/null || true)
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/stderr" >&2; exit 1; }
    sleep 0.05
done
[[ -n "$url" ]] || { echo "the sandbox printed no URL" >&2; exit 1; }

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
captcha() { curl -sf -X POST "$url/api/v1/captchas" | json '["id"]'; }
dossier() { # $1: captcha id, $2: trade name
    cat <<JSON
{"referencing":{"number":"MSS-2022-0042"},
 "applicant":{"siret":"58816302200019","company_name":"MEDIMAIL CONNECT SA","trade_name":"$2",
  "address":{"street":"12 quai Marcel Boyer","postal_code":"94200","city":"IVRY-SUR-SEINE"},"is_legal_representative":true},
 "representative":{"last_name":"Dupont","first_name":"Marie","email":"bench@example.fr","email_confirmation":"bench@example.fr",
  "phone":"06 12 34 56 78","id_document_type":"passport"},
 "bank":{"iban":"FR7630006000011234567890189","bic":"BNPAFRPP","holder":"Medimail Connect"},
 "vat_rate":"20","declarations":{"terms_of_use":true,"penal_code_441_7":true,"information_authentic":true},
 "captcha":{"id":"$1","answer":"$answer"}}
JSON
}
upload() { # $1: key, $2: trade name, $3: rib file; prints "status seconds"
    dossier "$(captcha)" "$2" >"$work/dossier.json"
    curl -s -o "$work/reply.json" -w '%{http_code} %{time_total}\n' -H 'Expect:' -H "Idempotency-Key: $1" \
        -F "dossier=<$work/dossier.json;type=application/json" \
        -F "referencing_certificate=@$work/small.pdf" -F "operator_contract=@$work/small.pdf" \
        -F "representative_id_document=@$work/small.pdf" -F "rib=@$3" "$url/api/v1/enrollments"
}

python3 bench/sandbox/make-pdf.py "$work/small.pdf" 2000
python3 bench/sandbox/make-pdf.py "$work/big.pdf" $((4 * 1024 * 1024 - 4096))

# Setup: one validated dossier and a fully activated account.
read -r status _ < <(upload setup-0 "Medimail" "$work/small.pdf")
[[ "$status" == 201 ]] || { echo "setup submission failed: $(cat "$work/reply.json")" >&2; exit 1; }
id=$(json '["id"]' <"$work/reply.json")
curl -sf -X POST "$url/sandbox/enrollments/$id/decide" >/dev/null
mail=$(cat "$work"/data/outbox/*credentials.eml)
login=$(grep -o 'mss-[0-9]\{6\}' <<<"$mail" | head -1)
password=$(python3 -c 'import re,sys; print(re.search(r":[ \t]*(\S{16})\r?\n\r?\n", sys.stdin.read()).group(1))' <<<"$mail")
post() { curl -sf -H 'Content-Type: application/json' "$@"; }
token=$(post -d "{\"login\":\"$login\",\"password\":\"$password\"}" "$url/api/v1/auth/login" | json '["token"]')
token=$(post -H "Authorization: Bearer $token" \
    -d "{\"current_password\":\"$password\",\"new_password\":\"Bench-Segur-2023!\",\"new_password_confirmation\":\"Bench-Segur-2023!\"}" \
    "$url/api/v1/auth/password" | json '["token"]')
post -X PUT -H "Authorization: Bearer $token" -d '{"question":"Ville natale ?","answer":"Lyon"}' \
    "$url/api/v1/auth/secret-question" >/dev/null
curl -sf -H "Authorization: Bearer $token" "$url/api/v1/enrollments/$id" >/dev/null

echo "segurdesk-sandbox: $exe ($(nproc) cores)"
# CPU time of the server itself (utime + stime, in clock ticks): on a shared machine the wall
# figures depend on the neighbours, the CPU cost per request does not.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
ticks_per_second=$(getconf CLK_TCK)
echo "== status GET /api/v1/enrollments/$id: wrk -t2 -c$connections -d${duration}s (load: $(cut -d' ' -f1-3 /proc/loadavg))"
cpu_before=$(cpu_ticks)
wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $token" \
    "$url/api/v1/enrollments/$id" | tee "$work/wrk.txt"
cpu_after=$(cpu_ticks)
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
cpu_us=$(python3 -c "print(round(($cpu_after - $cpu_before) / $ticks_per_second * 1e6 / $requests, 1))")
capacity=$(python3 -c "print(int(1e6 / $cpu_us) if $cpu_us > 0 else 0)")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")

echo "== 4 MB upload (rib of $(stat -c %s "$work/big.pdf") bytes), $uploads runs"
times=()
upload_cpu_before=$(cpu_ticks)
for run in $(seq "$uploads"); do
    read -r status seconds < <(upload "upload-$run" "Medimail $run" "$work/big.pdf")
    [[ "$status" == 201 ]] || { echo "upload $run failed ($status): $(cat "$work/reply.json")" >&2; exit 1; }
    ms=$(python3 -c "print(round($seconds * 1000, 1))")
    times+=("$ms")
    echo "upload $run: $ms ms"
done
upload_cpu_ms=$(python3 -c "print(round(($(cpu_ticks) - $upload_cpu_before) / $ticks_per_second * 1e3 / $uploads, 1))")
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

echo "== summary"
echo "status GET: $rps requests/s (target >= 5000), p99 $p99 (target <= 20ms)"
echo "status GET: $cpu_us us of server CPU per request, i.e. $capacity requests/s for the single-threaded server on one free core"
echo "4 MB upload: median $median ms over $uploads runs (target <= 50 ms), $upload_cpu_ms ms of server CPU each (captcha included)"
