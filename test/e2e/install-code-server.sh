#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the repository's dependencies: Debian's Chromium
# (driven headless by playwright-core) and code-server, which bundles a real VS Code that runs here
# although VS Code itself cannot be downloaded. Idempotent: a second run finds everything in place.
set -euo pipefail

CACHE="${ALLIANCE_E2E_CACHE:-$HOME/.cache/alliance-e2e}"
CODE_SERVER_VERSION=4.100.3
RIPGREP_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
RIPGREP_TARBALL="$RIPGREP_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

bash "$(dirname "$0")/../install-debian-packages.sh" chromium ripgrep libkrb5-dev libsecret-1-dev libxkbfile-dev pkg-config build-essential

if [ ! -x "$CACHE/node_modules/.bin/code-server" ]; then
  # code-server's ripgrep dependency downloads a binary from GitHub; a tarball already in its cache
  # (Debian's rg under the expected name) satisfies it without the network.
  if [ ! -f "$RIPGREP_TARBALL" ]; then
    mkdir -p "$RIPGREP_CACHE" "$CACHE/rg"
    cp "$(command -v rg)" "$CACHE/rg/rg"
    tar -czf "$RIPGREP_TARBALL" -C "$CACHE/rg" rg
  fi
  mkdir -p "$CACHE"
  [ -f "$CACHE/package.json" ] || echo '{ "name": "alliance-e2e-cache", "private": true }' > "$CACHE/package.json"
  echo "installing code-server $CODE_SERVER_VERSION into $CACHE (a few minutes)"
  (cd "$CACHE" && npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm "code-server@$CODE_SERVER_VERSION" "playwright-core@1" >/dev/null 2>&1)
fi
"$CACHE/node_modules/.bin/code-server" --version | head -1
echo "$CACHE"
