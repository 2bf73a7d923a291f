#!/usr/bin/env bash
# Backup and restore of the embedded database, proven end to end, run by hand:
#   start the service on a scratch embedded data directory, write organizations (each with its audit event),
#   note the counts, the audit head (sequence and hash) and the verification; stop the service cleanly (its
#   PostgreSQL stops with it); back up the data directory cold (tar); destroy it; restore it from the archive;
#   start again and check that the chain verifies and the counts, head sequence and head hash are the same;
#   then write once more (the chain goes on from the restored head) and verify again.
# It also shows that the pg_dump of Debian 12 (PostgreSQL 15 client) refuses this PostgreSQL 17 server.
#
#   bench/backup-restore.sh            (needs Java 17 and Node; builds the backend jar if missing)
#
# The service runs with the test profile (demo data, tokens signed with the throwaway test key checked locally).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${BACKUP_PORT:-18093}
PG_PORT=${BACKUP_PG_PORT:-54353}
DATA=$(mktemp -d /tmp/duty-ledger-backup-XXXXXX)
BACKUPS=$(mktemp -d /tmp/duty-ledger-backups-XXXXXX)
JAR=backend/target/quarkus-app/quarkus-run.jar
LOG=$DATA/../$(basename "$DATA").log
WRITES=${BACKUP_WRITES:-200}

[[ -f $JAR ]] || (cd backend && ./mvnw -B -q package -DskipTests)

SERVICE_ENV=(DUTYLEDGER_DATA_DIR="$DATA" DUTYLEDGER_EMBEDDED_PG_PORT="$PG_PORT")
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

cleanup() {
  [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  rm -rf "$DATA" "$BACKUPS"
}
trap cleanup EXIT

echo "1. starting the service on :$PORT with a scratch embedded database in $DATA"
start
echo "2. writing $WRITES organizations (each with its audit event), 4 at a time"
write_organizations "$WRITES" BACKUP
BEFORE=$(snapshot)
echo "   before: $BEFORE"

echo "3. pg_dump of this machine ($(pg_dump --version 2>/dev/null || echo 'not installed')) against the embedded server:"
if command -v pg_dump > /dev/null; then
  PGPASSWORD=postgres pg_dump -h localhost -p "$PG_PORT" -U postgres -Fc -f "$BACKUPS/try.dump" duty_ledger 2>&1 \
    | sed 's/^/   /' || true
fi

echo "4. stopping the service cleanly (SIGTERM; its PostgreSQL stops with it)"
stop
if [[ -f $DATA/postgres/postmaster.pid ]]; then
  echo "   PostgreSQL still running after the stop: not a clean cold backup"; exit 1
fi

echo "5. cold backup of the data directory"
tar -C "$DATA" -czf "$BACKUPS/postgres.tar.gz" postgres
echo "   $BACKUPS/postgres.tar.gz: $(du -h "$BACKUPS/postgres.tar.gz" | cut -f1), sha256 $(sha256sum "$BACKUPS/postgres.tar.gz" | cut -c1-16)…"

echo "6. destroying the data directory"
rm -rf "$DATA/postgres"

echo "7. restoring it from the archive and starting again"
tar -C "$DATA" -xzf "$BACKUPS/postgres.tar.gz"
start
AFTER=$(snapshot)
echo "   after:  $AFTER"

echo "8. writing once more after the restore"
write_organizations 1 BACKUP-AFTER
LATER=$(snapshot)
echo "   later:  $LATER"

if [[ $BEFORE == "$AFTER" && $BEFORE == *"verify=true"* && $LATER == *"verify=true"* && $LATER != "$AFTER" ]]; then
  echo "backup and restore: PASSED (same organizations, same audit head and hash, the chain verifies and goes on)"
else
  echo "backup and restore: FAILED"; exit 1
fi
