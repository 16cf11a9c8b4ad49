#!/usr/bin/env bash
# Installs what the export tests need to read documents as their readers do: Debian's LibreOffice
# Writer (headless, to open .docx and convert it to PDF and text), poppler-utils (pdftoppm renders page
# one to PNG) and Chromium (renders the HTML summary). Idempotent: a second run finds everything in place.
set -euo pipefail
bash "$(dirname "$0")/../install-debian-packages.sh" --no-recommends libreoffice-writer-nogui poppler-utils chromium
soffice --version | head -1
