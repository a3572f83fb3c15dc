#!/usr/bin/env bash
# One command from a clean clone to a running platform with demo data:
# services, dependencies, build, migrations, demo seed, then the worker and the api (serving the web client).
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3000}"
export PUBLIC_URL="${PUBLIC_URL:-http://localhost:$PORT}"

bash scripts/services.sh
bash scripts/install.sh
npm run build
npm run migration:run
npm run seed:demo

node -r ./dist/register-paths.js dist/apps/worker/src/main.js &
WORKER=$!
trap 'kill -TERM $WORKER 2>/dev/null; wait $WORKER 2>/dev/null' EXIT INT TERM
echo "[run] Hamkar is starting on $PUBLIC_URL (API docs: $PUBLIC_URL/docs). Stop with Ctrl+C."
# The api's node flags are those of `npm run start:api` (see the README on memory).
node --max-semi-space-size=64 -r ./dist/register-paths.js dist/apps/api/src/main.js
