#!/usr/bin/env bash
# One command from a clean clone to every test: services, dependencies, Chromium for the browser
# tests, the type check, then unit, end-to-end and browser tests (npm test).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/services.sh
bash scripts/install.sh
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[test] installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "[test] /usr/bin/chromium is missing: install it (sudo apt-get install chromium) for the browser tests" >&2
    exit 1
  fi
fi
npm run typecheck
bash scripts/smoke-run.sh
mkdir -p .tmp
npm test 2>&1 | tee .tmp/test-output.log
# Jest prints its summary before its exit notice; end the output with the counts.
echo
grep -E '^(Test Suites|Tests|Snapshots|Time):' .tmp/test-output.log
