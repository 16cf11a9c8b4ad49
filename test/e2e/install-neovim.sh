#!/usr/bin/env bash
# Installs Debian's Neovim (0.7 on Debian 12) for the test that uses the server from another editor.
set -euo pipefail
command -v nvim >/dev/null 2>&1 || bash "$(dirname "$0")/../install-debian-packages.sh" neovim
nvim --version | head -1
