# Sourced first by the benchmarks that keep drafts: their key comes from a keychain, as on a
# desktop (a passphrase would add scrypt's 1 s and 128 MB to every run and hide what is
# measured). Runs the calling script again, with its arguments, inside a private D-Bus session
# with an unlocked gnome-keyring, like scripts/test, then exits with it.
if [ -z "${SEGURDESK_BENCH_IN_KEYRING:-}" ]; then
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' EXIT
    export SEGURDESK_BENCH_IN_KEYRING=1
    dbus-run-session -- bash -c '
        printf x | XDG_DATA_HOME="$1" gnome-keyring-daemon --unlock --components=secrets >/dev/null
        gdbus wait --session --timeout 20 org.freedesktop.secrets
        shift
        exec "$@"' keyring "$keyring_home" "$0" "$@"
    exit
fi
