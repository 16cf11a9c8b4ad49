#!/usr/bin/env bash
# Installs what the export tests need to read documents as their readers do: Debian's LibreOffice
# Writer (headless, to open .docx and convert it to PDF and text), poppler-utils (pdftoppm renders page
# one to PNG) and Chromium (renders the HTML summary). Idempotent: a second run finds everything in place.
set -euo pipefail
need_apt=()
for pkg in libreoffice-writer-nogui poppler-utils chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # One apt at a time: the end-to-end tests may be installing their packages at the same moment.
  flock /tmp/alliance-apt.lock apt-get -o DPkg::Lock::Timeout=600 update -qq
  flock /tmp/alliance-apt.lock apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
soffice --version | head -1
