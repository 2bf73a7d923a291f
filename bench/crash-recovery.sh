#!/usr/bin/env bash
# Fault check, run by hand: kill -9 the service in the middle of a burst of writes, start it again on
# the same data, and check that nothing is half-written: the audit chain verifies, its sequence has
# no gap, and every organization the service acknowledged (201) exists with its audit event.
# It also proves the launcher stops the PostgreSQL that the killed JVM left running.
#
#   bench/crash-recovery.sh            (needs Java 17 and Node; builds the backend jar if missing)
#
# The service runs with the test profile: demo data, and tokens signed with the throwaway test key
# (backend/src/test/resources) checked locally, so no Keycloak is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${CRASH_PORT:-18090}
PG_PORT=${CRASH_PG_PORT:-54349}
DATA=$(mktemp -d /tmp/duty-ledger-crash-XXXXXX)
JAR=backend/target/quarkus-app/quarkus-run.jar
LOG=$DATA/service.log
BURST=${CRASH_WRITES:-400}

[[ -f $JAR ]] || (cd backend && ./mvnw -B -q package -DskipTests)

SERVICE_ENV=(DUTYLEDGER_DATA_DIR="$DATA" DUTYLEDGER_EMBEDDED_PG_PORT="$PG_PORT")
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"   # token, api, start (test profile), stop

cleanup() {
  [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "1. starting the service on :$PORT (data in $DATA)"
start
STREET=$(api "http://localhost:$PORT/api/v1/organizations?q=STREET-DH" | node -pe 'JSON.parse(require("fs").readFileSync(0)).items[0].id')
HEAD_BEFORE=$(api "http://localhost:$PORT/api/v1/audit-events/verify" | node -pe 'JSON.parse(require("fs").readFileSync(0)).headSeq')
echo "   demo data loaded; audit head $HEAD_BEFORE"

echo "2. a burst of $BURST creates, 8 at a time, and kill -9 in the middle of it"
mkdir -p "$DATA/acks"
seq 1 "$BURST" | xargs -P 8 -I{} sh -c "
  code=\$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' \
    -d '{\"code\":\"CRASH-{}\",\"name\":\"崩溃测试{}\",\"type\":\"OTHER\",\"parentId\":$STREET}' \
    http://localhost:$PORT/api/v1/organizations)
  [ \"\$code\" = 201 ] && touch $DATA/acks/CRASH-{}
  true" &
BURST_PID=$!
sleep 3
kill -9 "$PID"
echo "   killed the service (pid $PID) after $(ls "$DATA/acks" | wc -l) acknowledged creates"
wait "$BURST_PID" || true
ACKED=$(ls "$DATA/acks" | wc -l)
ORPHAN=$(pgrep -f "postgres.*$DATA" | head -n 1 || true)
echo "   PostgreSQL left running by the dead JVM: ${ORPHAN:-none}"

echo "3. starting again on the same data"
start
VERIFY=$(api "http://localhost:$PORT/api/v1/audit-events/verify")
echo "   verify: $VERIFY"
FOUND=0
MISSING=0
for ack in "$DATA"/acks/*; do
  code=$(basename "$ack")
  n=$(api "http://localhost:$PORT/api/v1/organizations?q=$code" | node -pe 'JSON.parse(require("fs").readFileSync(0)).total')
  if [[ $n -ge 1 ]]; then FOUND=$((FOUND + 1)); else MISSING=$((MISSING + 1)); fi
done
EVENTS=$(api "http://localhost:$PORT/api/v1/audit-events?action=organization.created&organization=$STREET&limit=500" \
  | node -pe 'JSON.parse(require("fs").readFileSync(0)).items.filter(e => String(e.changes.code.after).startsWith("CRASH-")).length')
ROWS=$(api "http://localhost:$PORT/api/v1/organizations?q=CRASH-&size=500" | node -pe 'JSON.parse(require("fs").readFileSync(0)).total')
echo "   acknowledged creates: $ACKED, found after restart: $FOUND, missing: $MISSING"
echo "   CRASH organizations in the database: $ROWS, their organization.created events: $EVENTS"
OK=$(node -pe "JSON.parse(process.argv[1]).ok" "$VERIFY")
if [[ $OK == true && $MISSING -eq 0 && $ROWS -eq $EVENTS ]]; then
  echo "crash recovery: PASSED (chain verifies, nothing acknowledged was lost, every row has its event)"
else
  echo "crash recovery: FAILED"; exit 1
fi
