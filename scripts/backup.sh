#!/usr/bin/env bash
# A consistent backup of Hamkar while it runs: the database (pg_dump, custom format, one
# snapshot) and the uploaded files (FILES_DIR, as a tar), into one directory with checksums.
#
#   scripts/backup.sh [target-dir]        default target: backups/<UTC time>
#
# Reads DATABASE_URL and FILES_DIR as the api does (defaults: the local hamkar database,
# .data/files). PG_BIN chooses the PostgreSQL client tools; otherwise the newest installed ones
# are used, which must be at least the server's major version. With FILES_STORE=s3 the files live
# in the bucket: back that up with the store's own versioning or replication.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tools.sh

DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/hamkar}"
FILES_DIR="${FILES_DIR:-.data/files}"
target="${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}"
say() { printf '[backup] %s\n' "$*"; }

mkdir -p "$target"
# The database first, then the files: an upload writes its bytes before its row commits, so
# every file row in the dump has its bytes in the tar (a file uploaded in between is a harmless extra).
"$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --file="$target/database.dump" "$DATABASE_URL"
if [ -d "$FILES_DIR" ]; then
  tar -C "$FILES_DIR" -czf "$target/files.tar.gz" .
else
  tar -czf "$target/files.tar.gz" --files-from /dev/null
fi
(cd "$target" && sha256sum database.dump files.tar.gz > SHA256SUMS)
say "database and files saved in $target ($(du -sh "$target" | cut -f1))"
