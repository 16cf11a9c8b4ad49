#!/usr/bin/env bash
# Installs Debian's Neovim (0.7 on Debian 12) for the test that uses the server from another editor.
set -euo pipefail
if ! command -v nvim >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq neovim >/dev/null
fi
nvim --version | head -1
