#!/usr/bin/env bash
# Installs those of the named Debian packages that are not installed yet. The test scripts call it in
# parallel, so apt runs one at a time (a lock file), waiting for dpkg's own lock as well.
# Usage: bash test/install-debian-packages.sh [--no-recommends] PACKAGE...
set -euo pipefail
extra=()
if [ "${1:-}" = "--no-recommends" ]; then
  extra+=(--no-install-recommends)
  shift
fi
need=()
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
flock /tmp/alliance-apt.lock apt-get -o DPkg::Lock::Timeout=600 update -qq
flock /tmp/alliance-apt.lock apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${extra[@]}" "${need[@]}" >/dev/null
