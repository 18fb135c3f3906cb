# Inside a Debian 12 root with no Qt: installs the package with apt (its dependencies from the
# mirror), runs what it installed, purges it with what it brought, and finds nothing left.
set -euo pipefail
source /tmp/smoke.sh

snapshot() { find /usr /etc /opt /var/lib -xdev -not -path '/var/lib/apt/*' -not -path '/var/lib/dpkg/*' | sort; }
as_user true # the user exists before the snapshot
snapshot >/tmp/before.txt
apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/segurdesk.deb >/tmp/apt.log 2>&1 ||
    { cat /tmp/apt.log; exit 1; }
dpkg -L segurdesk >/tmp/files.txt

as_user bash -c 'source /tmp/smoke.sh && smoke_test /usr/bin'

DEBIAN_FRONTEND=noninteractive apt-get purge -y -q --autoremove segurdesk >/tmp/apt.log 2>&1 ||
    { cat /tmp/apt.log; exit 1; }
left=$(while read -r file; do [ -f "$file" ] && echo "$file"; done </tmp/files.txt || true)
[ -z "$left" ] || { echo "left behind by the purge: $left"; exit 1; }
snapshot >/tmp/after.txt
diff /tmp/before.txt /tmp/after.txt || { echo "the purge left the system changed (above)"; exit 1; }
echo "installed, ran and purged without a trace"
