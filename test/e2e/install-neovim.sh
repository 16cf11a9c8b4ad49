#!/usr/bin/env bash
# Installs Debian's Neovim (0.7 on Debian 12) for the test that uses the server from another editor.
set -euo pipefail
if ! command -v nvim >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # One apt at a time: the VS Code test may be installing its packages at the same moment.
  flock /tmp/alliance-apt.lock apt-get -o DPkg::Lock::Timeout=600 update -qq
  flock /tmp/alliance-apt.lock apt-get -o DPkg::Lock::Timeout=600 install -y -qq neovim >/dev/null
fi
nvim --version | head -1
