# Sourced inside a Debian root by the install tests: runs the CLI, the sandbox and the app as
# installed, as an ordinary user would.

# Runs a command as `comptable`, an ordinary user of the root (created on first use).
as_user() {
    id comptable >/dev/null 2>&1 || useradd --create-home comptable
    runuser -u comptable -- env HOME=/home/comptable "$@"
}

# $1: the folder holding segurdesk, segurdesk-cli and segurdesk-sandbox. Run it as_user.
smoke_test() {
    local bin=$1 log
    log=$(mktemp -d)

    local checked
    checked=$("$bin/segurdesk-cli" check iban "FR76 3000 6000 0112 3456 7890 189" 2>/dev/null)
    [[ $checked == *$'\tvalid\t'* ]] || { echo "segurdesk-cli check iban: $checked" >&2; return 1; }

    # The sandbox answers the portal API on the port it prints.
    "$bin/segurdesk-sandbox" --data "$log/portal" --listen 127.0.0.1:0 >"$log/sandbox.out" 2>&1 &
    local sandbox=$!
    local url=
    for _ in $(seq 100); do
        url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log/sandbox.out" || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    [ -n "$url" ] || { kill "$sandbox" 2>/dev/null || true; cat "$log/sandbox.out" >&2; return 1; }
    local config
    exec 3<>"/dev/tcp/127.0.0.1/${url##*:}"
    printf 'GET /api/v1/config HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
    config=$(timeout 10 cat <&3 || true)
    exec 3<&-
    kill "$sandbox"
    wait "$sandbox" || true
    [[ $config == "HTTP/1.1 200"* && $config == *password_min_length* ]] ||
        { echo "the sandbox's /config: $config" >&2; return 1; }

    # The app draws its window, then starts its embedded portal (the sandbox found beside it).
    QT_LOGGING_RULES="segurdesk.startup.info=true;segurdesk.portal.info=true" setsid "$bin/segurdesk" \
        >"$log/app.out" 2>&1 &
    local app=$!
    for _ in $(seq 300); do
        grep -q "embedded sandbox listening" "$log/app.out" && break
        sleep 0.1
    done
    kill -TERM -- "-$app" 2>/dev/null || true
    wait "$app" || true
    grep -q "first window painted" "$log/app.out" && grep -q "embedded sandbox listening" "$log/app.out" ||
        { cat "$log/app.out" >&2; return 1; }
    rm -rf "$log"
    echo "the CLI, the sandbox and the app ran"
}
