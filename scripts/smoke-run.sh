#!/usr/bin/env bash
# Proves the README's run command as a user runs it (DATABASE_URL unset: the embedded PostgreSQL):
# starts scripts/run.sh on a spare port with its own PostgreSQL data and Redis prefix, waits for
# /health/ready and /docs, then `kill -INT <run.sh pid>` (as Ctrl+C; the e2e test in
# test/runs-anywhere sends SIGTERM) and expects run.sh and everything it started
# (api, worker, PostgreSQL) to be gone. Waits as long as the run command is alive and its output
# grows (a busy machine is slow, not broken), up to a generous ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="${HAMKAR_RUN_DIR:-.tmp/smoke-$$}"
STALL_SECONDS="${SMOKE_STALL_SECONDS:-300}"
CEILING_SECONDS="${SMOKE_CEILING_SECONDS:-2700}"
mkdir -p "$DIR"
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export PORT REDIS_PREFIX="hamkar-smoke:${HAMKAR_TEST_RUN:-$$}:" MAIL_TRANSPORT="file:$DIR/mail" FILES_DIR="$DIR/files"
export EMBEDDED_PG_DIR="$DIR/postgres" DEMO_SUPPLIERS_PER_CLUSTER="${DEMO_SUPPLIERS_PER_CLUSTER:-20}"
if [ -n "${SMOKE_DATABASE_URL:-}" ]; then export DATABASE_URL="$SMOKE_DATABASE_URL"; else unset DATABASE_URL; fi
LOG="$DIR/run.log"
say() { printf '[smoke] %s\n' "$*"; }
fail() { say "$*"; tail -40 "$LOG"; exit 1; }

setsid bash scripts/run.sh > "$LOG" 2>&1 &
RUN=$!
# Should the smoke run fail, nothing it started may outlive it.
trap 'kill -TERM -- "-$RUN" 2>/dev/null || true' EXIT

descendants() { local p; for p in $(pgrep -P "$1" || true); do echo "$p"; descendants "$p"; done; }
url="http://127.0.0.1:$PORT"
start=$(date +%s) last_change=$start last_size=-1
until curl -fsS "$url/health/ready" >/dev/null 2>&1; do
  kill -0 "$RUN" 2>/dev/null || fail "the run command died:"
  now=$(date +%s) size=$(stat -c %s "$LOG")
  [ "$size" != "$last_size" ] && { last_size=$size; last_change=$now; }
  [ $((now - last_change)) -lt "$STALL_SECONDS" ] || fail "no progress for ${STALL_SECONDS}s:"
  [ $((now - start)) -lt "$CEILING_SECONDS" ] || fail "not ready after ${CEILING_SECONDS}s:"
  sleep 0.5
done
say "ready after $(($(date +%s) - start))s"
curl -fsS "$url/docs-json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const d=JSON.parse(s);if(!d.paths["/api/v1/auth/login"])process.exit(1)})' || fail "/docs-json lacks the login route"
curl -fsS "$url/docs" >/dev/null || fail "/docs does not answer"
grep -q "demo data:" "$LOG" || fail "no demo data"

children=$(descendants "$RUN")
kill -INT "$RUN"
for _ in $(seq 1 600); do kill -0 "$RUN" 2>/dev/null || break; sleep 0.1; done
kill -0 "$RUN" 2>/dev/null && fail "run.sh did not stop within 60s of SIGINT"
left=""
for p in $children; do kill -0 "$p" 2>/dev/null && left="$left $(ps -o pid=,comm= -p "$p" | tr -s ' ')"; done
[ -z "$left" ] || fail "still running after run.sh stopped:$left"
trap - EXIT
say "the run command served /health/ready, /docs and demo data on port $PORT, and SIGINT stopped all it started"
[ -n "${HAMKAR_RUN_DIR:-}" ] || rm -rf "$DIR"
