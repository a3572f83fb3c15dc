#!/usr/bin/env bash
# Installs the npm dependencies exactly as locked, unless node_modules was installed from this very lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.hamkar-lock 2>/dev/null)" != "$want" ]; then
  echo "[install] npm ci"
  npm ci --no-audit --no-fund
  echo "$want" > node_modules/.hamkar-lock
fi
