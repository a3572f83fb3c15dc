#!/usr/bin/env bash
# Proves the README's run command: starts scripts/run.sh on a spare port and database, waits for
# /health/ready and /docs, then stops it with SIGTERM and expects a clean exit.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
export PORT DATABASE_URL="${SMOKE_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hamkar_smoke}" REDIS_PREFIX="hamkar-smoke:" MAIL_TRANSPORT="file:.tmp/smoke/mail" FILES_DIR=".tmp/smoke/files"
mkdir -p .tmp/smoke
setsid bash scripts/run.sh > .tmp/smoke/run.log 2>&1 &
RUN=$!
cleanup() { kill -TERM -- "-$RUN" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$RUN" 2>/dev/null; then echo "[smoke] the run command died:"; tail -40 .tmp/smoke/run.log; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "[smoke] not ready"; tail -40 .tmp/smoke/run.log; exit 1; }
curl -fsS "http://127.0.0.1:$PORT/docs-json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const d=JSON.parse(s);if(!d.paths["/api/v1/auth/login"])process.exit(1)})'
curl -fsS "http://127.0.0.1:$PORT/docs" >/dev/null
grep -q "demo data:" .tmp/smoke/run.log
kill -TERM -- "-$RUN"
wait "$RUN" 2>/dev/null || true
trap - EXIT
echo "[smoke] the run command served /health/ready, /docs and demo data on port $PORT"
