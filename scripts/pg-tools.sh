# Sourced by backup.sh and restore.sh: finds PostgreSQL client tools. PG_BIN wins; then the newest
# Debian/Ubuntu install (/usr/lib/postgresql/<major>/bin), then whatever is on PATH. pg_dump must be
# at least the server's major version; it says so itself when it is not.
pg_tool() {
  local tool=$1 dir
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN/$tool"
    return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/$tool" ]; then
      echo "$dir/$tool"
      return
    fi
  done
  command -v "$tool" || { echo "[pg-tools] $tool not found: install postgresql-client, or set PG_BIN" >&2; return 1; }
}
