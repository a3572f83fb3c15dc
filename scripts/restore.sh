#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into DATABASE_URL and FILES_DIR.
#
#   scripts/restore.sh <backup-dir>
#
# The database is created when missing and must hold no tables (restore into a fresh database,
# then point the api at it); the files are unpacked into FILES_DIR. Stop the api and the worker
# first when restoring over the database they use. PG_BIN as for backup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tools.sh

source_dir="${1:?usage: scripts/restore.sh <backup-dir>}"
DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hamkar}"
FILES_DIR="${FILES_DIR:-.data/files}"
say() { printf '[restore] %s\n' "$*"; }

(cd "$source_dir" && sha256sum --check --quiet SHA256SUMS) || { say "checksums do not match: the backup in $source_dir is damaged"; exit 1; }

# The database name is the URL's path; the server's own "postgres" database creates it.
base="${DATABASE_URL%%\?*}"
name="${base##*/}"
admin_url="${base%/*}/postgres"
psql="$(pg_tool psql)"
exists=$("$psql" "$admin_url" -Atc "SELECT 1 FROM pg_database WHERE datname = '${name//\'/\'\'}'")
if [ "$exists" != 1 ]; then
  "$psql" "$admin_url" -q -c "CREATE DATABASE \"${name//\"/\"\"}\""
fi
tables=$("$psql" "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != 0 ]; then
  say "$name already has $tables tables: restore into a new, empty database"
  exit 1
fi
"$(pg_tool pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$source_dir/database.dump"

mkdir -p "$FILES_DIR"
tar -C "$FILES_DIR" -xzf "$source_dir/files.tar.gz"
say "restored $source_dir into database $name and $FILES_DIR"
