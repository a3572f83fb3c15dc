#!/usr/bin/env bash
# One command from a clean clone to every test: services, dependencies, Chromium for the browser
# tests (and haproxy for the benchmarks' quick run), one type check and build, a smoke run of the run command, then unit, service, end-to-end
# and browser tests. Each run has its own name (HAMKAR_TEST_RUN), hence its own build under
# .tmp/runs/<run>, its own database hamkar_test_<run> (the service tests copy theirs from a template
# hamkar_test_<run>-svc-template, and drop them) and its own Redis key prefix, so two runs can share
# a machine. A run that passes drops its database and build; one that fails keeps them.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/node.sh
say() { printf '[test] %s\n' "$*"; }

# Lower-case letters and digits only: it becomes part of a database name and of Redis keys.
RUN="${HAMKAR_TEST_RUN:-r$(date -u +%y%m%d%H%M%S)p$$}"
export HAMKAR_TEST_RUN="$RUN"
RUN_DIR=".tmp/runs/$RUN"
mkdir -p "$RUN_DIR"
# Set from outside, these three keep their meaning (a developer's own build and database).
export HAMKAR_DIST="${HAMKAR_DIST:-$RUN_DIR/dist}"
export WEB_DIST="${WEB_DIST:-$RUN_DIR/web}"
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hamkar_test_$RUN}"
say "run $RUN: build in $HAMKAR_DIST, database $(node -e 'console.log(new URL(process.argv[1]).pathname.slice(1))' "$TEST_DATABASE_URL")"

DATABASE_URL="$TEST_DATABASE_URL" bash scripts/services.sh
bash scripts/install.sh
# Debian's chromium for the browser tests and haproxy for the scale-out benchmark's quick run.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v haproxy >/dev/null || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's ${missing[*]} for the browser tests and benchmarks"
    exec 8>/tmp/hamkar-apt.lock && flock 8
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
    exec 8>&-
  else
    say "missing: ${missing[*]}: install them (sudo apt-get install ${missing[*]}) for the browser tests and benchmarks" >&2
    exit 1
  fi
fi

# Style and walls first (Prettier's form, ESLint's rules): cheap, and a failure here needs no build. The boundary check fails when a
# context touches another's tables or internals, or a landed migration changed (scripts/boundaries/).
say "format, lint and boundary check"
node node_modules/prettier/bin/prettier.cjs --check --log-level warn '**/*.{ts,tsx,js,mjs,cjs,css}'
node node_modules/eslint/bin/eslint.js . --max-warnings 0
node scripts/check-boundaries.js

# Built once for the whole run: this tsc both type-checks (server, libs, tests) and emits the apps;
# the smoke run, the e2e and the browser tests all use that build (HAMKAR_TEST_SKIP_BUILD=1).
say "type check and build"
node node_modules/typescript/bin/tsc -p tsconfig.json --outDir "$HAMKAR_DIST" --tsBuildInfoFile "$HAMKAR_DIST/.tsbuildinfo"
# The web client's api types are generated from this build's OpenAPI document: a DTO or route changed
# without `npm run api:generate` fails here, before the web type check that would use stale types.
node scripts/generate-api-types.mjs --check
node node_modules/typescript/bin/tsc -p apps/web/tsconfig.json --noEmit
node node_modules/vite/bin/vite.js build --config apps/web/vite.config.mts --logLevel warn
export HAMKAR_TEST_SKIP_BUILD=1 HAMKAR_SKIP_BUILD=1

HAMKAR_RUN_DIR="$RUN_DIR/smoke" bash scripts/smoke-run.sh

status=0
npm test --silent 2>&1 | tee "$RUN_DIR/test-output.log" || status=$?
cp "$RUN_DIR/test-output.log" .tmp/test-output.log 2>/dev/null || true
# The benchmarks, small, for what must hold on any machine (nothing lost or duplicated, the right
# counts); never for their times. Their throwaway databases are this run's own.
bench_status=skipped
if [ "$status" = 0 ]; then
  say "benchmarks, small: correctness only (npm run bench:quick)"
  bench_db="${TEST_DATABASE_URL%/*}/hamkar_bench_$RUN"
  relay_db="${TEST_DATABASE_URL%/*}/hamkar_bench_relay_$RUN"
  bench_status=passed
  BENCH_DATABASE_URL="$bench_db" RELAY_DATABASE_URL="$relay_db" npm run bench:quick --silent 2>&1 | tee "$RUN_DIR/bench-output.log" || { status=$?; bench_status=failed; }
  if [ "$status" = 0 ]; then
    for db in "$bench_db" "$relay_db"; do node scripts/drop-database.mjs "$db" || true; done
  fi
fi
# Jest prints its summary before its exit notice; end the output with the counts.
summary=$(grep -E '^(Test Suites|Tests|Snapshots|Time):' "$RUN_DIR/test-output.log" || true)
if [ "$status" = 0 ]; then
  node scripts/drop-database.mjs "$TEST_DATABASE_URL"
  node scripts/drop-redis-keys.mjs "${TEST_REDIS_URL:-${REDIS_URL:-redis://127.0.0.1:6379}}" "hamkar-test:$RUN:" "hamkar-smoke:$RUN:" || true
  rm -rf "$RUN_DIR"
else
  say "failed: the database and $RUN_DIR (logs, build) are kept for a look"
fi
echo
echo "$summary"
echo "Benchmarks (quick, correctness only): $bench_status"
exit "$status"
