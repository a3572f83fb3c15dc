#!/bin/sh
# The api container's start: migrations, the demo data only when asked (SEED_DEMO=true: it makes
# accounts with the README's public password), then the api itself in this shell's place (exec),
# so the signals `docker stop` sends go to node.
set -e
node -r ./dist/register-paths.js dist/libs/database/src/cli/migrate.js run
if [ "${SEED_DEMO:-false}" = true ]; then
  node -r ./dist/register-paths.js dist/libs/demo/src/cli/seed.js
fi
exec node --max-semi-space-size=64 -r ./dist/register-paths.js dist/apps/api/src/main.js
