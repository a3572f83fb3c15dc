#!/usr/bin/env bash
# Usage: services.sh [postgres] [redis] (both when none is named).
# Makes sure PostgreSQL and Redis answer on the addresses in DATABASE_URL / REDIS_URL (defaults:
# 127.0.0.1:5432 and 127.0.0.1:6379). Uses running ones; else starts the machine's installed
# binaries in a git-ignored .data/ folder; else installs the Debian packages (when root and apt
# is available); else `docker compose up -d`; else says exactly what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hamkar}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
PG_HOST=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$DATABASE_URL")
PG_PORT=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$DATABASE_URL")
REDIS_HOST=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname||"127.0.0.1")' "$REDIS_URL")
REDIS_PORT=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||6379)' "$REDIS_URL")
DATA_DIR="$PWD/.data"

say() { printf '[services] %s\n' "$*"; }
listening() { node -e 'const s=require("net").connect(+process.argv[2],process.argv[1]);s.on("connect",()=>process.exit(0));s.on("error",()=>process.exit(1));setTimeout(()=>process.exit(1),1000)' "$1" "$2"; }
wait_for() { for _ in $(seq 1 60); do listening "$1" "$2" && return 0; sleep 0.5; done; return 1; }
can_apt() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
have_docker() { command -v docker >/dev/null && docker info >/dev/null 2>&1; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

start_postgres() {
  if ls /etc/postgresql/*/main >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null; then
    say "starting the machine's PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    wait_for "$PG_HOST" "$PG_PORT" && return 0
  fi
  local bin; bin=$(pg_bin)
  if [ -z "$bin" ] && can_apt; then
    say "installing PostgreSQL from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(pg_bin)
  fi
  if [ -n "$bin" ]; then
    say "starting PostgreSQL from $bin in .data/system-postgres"
    mkdir -p "$DATA_DIR"
    local run_as=()
    if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd -r postgres; chown -R postgres "$DATA_DIR"; run_as=(runuser -u postgres --); fi
    [ -f "$DATA_DIR/system-postgres/PG_VERSION" ] || "${run_as[@]}" "$bin/initdb" -D "$DATA_DIR/system-postgres" -U postgres --auth=trust >/dev/null
    "${run_as[@]}" "$bin/pg_ctl" -D "$DATA_DIR/system-postgres" -l "$DATA_DIR/system-postgres.log" -o "-p $PG_PORT -k /tmp -h 127.0.0.1" start >/dev/null
    wait_for "$PG_HOST" "$PG_PORT" && return 0
  fi
  return 1
}

start_redis() {
  if ! command -v redis-server >/dev/null && can_apt; then
    say "installing Redis from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi
  if command -v redis-server >/dev/null; then
    say "starting redis-server on port $REDIS_PORT"
    mkdir -p "$DATA_DIR"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --dir "$DATA_DIR" --logfile "$DATA_DIR/redis.log"
    wait_for "$REDIS_HOST" "$REDIS_PORT" && return 0
  fi
  return 1
}

wanted=" ${*:-postgres redis} "
missing=()
if [[ $wanted == *" postgres "* ]]; then
  if listening "$PG_HOST" "$PG_PORT"; then say "PostgreSQL is up on $PG_HOST:$PG_PORT"; else start_postgres || missing+=(postgres); fi
fi
if [[ $wanted == *" redis "* ]]; then
  if listening "$REDIS_HOST" "$REDIS_PORT"; then say "Redis is up on $REDIS_HOST:$REDIS_PORT"; else start_redis || missing+=(redis); fi
fi

if [ ${#missing[@]} -gt 0 ] && have_docker; then
  say "starting ${missing[*]} with docker compose"
  docker compose up -d "${missing[@]}"
  ok=1
  for m in "${missing[@]}"; do
    if [ "$m" = postgres ]; then wait_for "$PG_HOST" "$PG_PORT" || ok=0; else wait_for "$REDIS_HOST" "$REDIS_PORT" || ok=0; fi
  done
  [ "$ok" = 1 ] && missing=()
fi

if [ ${#missing[@]} -gt 0 ]; then
  say "could not start: ${missing[*]}"
  say "install PostgreSQL 15+ and Redis 7+ (Debian/Ubuntu: sudo apt-get install postgresql redis-server),"
  say "or Docker (then: docker compose up -d postgres redis), and run this again."
  exit 1
fi
