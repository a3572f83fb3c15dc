#!/usr/bin/env bash
# Installs the npm dependencies exactly as locked, unless node_modules was installed from this very lockfile.
# Two runs at once on one checkout take turns (npm ci deletes node_modules first).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
exec 9>.tmp/install.lock
flock 9
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.hamkar-lock 2>/dev/null)" != "$want" ]; then
  echo "[install] npm ci"
  npm ci --no-audit --no-fund
  echo "$want" > node_modules/.hamkar-lock
fi
