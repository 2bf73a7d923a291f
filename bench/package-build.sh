#!/usr/bin/env bash
# Benchmark (issue 17, Performance): a street-sized inspection package (迎检材料包) built by the real job.
# On the bench database (bench/seed, at least its organizations and obligations part:
#   BENCH_STAFFED_ORGS=0 BENCH_PUBS=0 BENCH_EVENTS=0 bench/seed), step one (PackageBuildBench, in-process) gives one
# street (BENCH_PACKAGE_ORG, default BN-7) what its package needs and still lacks: 1,000 organizations in its subtree,
# 2,000 publications published through both review steps (every tenth retracted), 50,000 audit events this year, and
# 10,000 evidence files with real bytes (~100 KB each, 1 GB in all) — a rerun adds nothing (BENCH_SKIP_SEED=true skips
# the step). Then it starts the packaged service as its own process (prod profile, a small heap: BENCH_JAVA_OPTS),
# asks for the street's package of this year through the API (POST /inspection-packages as admin, with a token signed
# by the throwaway test key), waits for PackageWorker to finish, and prints: build seconds (target ≤ 60 s), the
# service's peak RSS (VmHWM; target ≤ 512 MiB), zip size and file count; then unpacks the zip and times the package's
# own verify.py on the folder and on the zip (target ≤ 30 s).
#   bench/package-build.sh
#   BENCH_DATA_DIR=~/.local/share/duty-ledger/bench-pkg BENCH_PG_PORT=54360 bench/package-build.sh   (another copy)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT/backend"
export BENCH_DATA_DIR=${BENCH_DATA_DIR:-$HOME/.local/share/duty-ledger/bench}
export BENCH_PG_PORT=${BENCH_PG_PORT:-54359}
STREET=${BENCH_PACKAGE_ORG:-BN-7}
YEAR=${BENCH_PACKAGE_YEAR:-$(date -u +%Y)}
PORT=${BENCH_HTTP_PORT:-18097}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=96m -Xss512k}
JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
LOG=$BENCH_DATA_DIR/package-service.log
WORK="$(mktemp -d "${TMPDIR:-/tmp}/package-build-XXXXXX")"
PID=
cleanup() {
  [[ -n $PID ]] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

[[ -d $BENCH_DATA_DIR/postgres ]] || { echo "no bench database in $BENCH_DATA_DIR/postgres: run bench/seed first" >&2; exit 1; }
echo "package: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $BENCH_DATA_DIR (port $BENCH_PG_PORT)"
if [[ ${BENCH_SKIP_SEED:-false} != true ]]; then
  ./mvnw -B -q test -Dtest=PackageBuildBench -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E '^package-seed:' \
    || { echo "seeding failed; run it without the filter to see why" >&2; exit 1; }
fi
[[ -f $JAR ]] || ./mvnw -B -q package -Dmaven.test.skip=true

# The service as bench/load runs it: its launcher starts the embedded PostgreSQL on the bench data; tokens are checked
# locally against the test key, no Keycloak needed.
PUBLIC_KEY=$(grep '^%test.quarkus.oidc.public-key=' src/main/resources/application.properties | cut -d= -f2-)
echo "package: starting the service on :$PORT (java $JAVA_OPTS); log $LOG"
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} DUTYLEDGER_DATA_DIR=$BENCH_DATA_DIR DUTYLEDGER_EMBEDDED_PG_PORT=$BENCH_PG_PORT \
QUARKUS_HTTP_PORT=$PORT QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY=$PUBLIC_KEY \
DUTYLEDGER_WEB_OIDC_AUTHORITY=http://localhost:8180/realms/duty-ledger DUTYLEDGER_OBLIGATIONS_GENERATE_EVERY=off \
DUTYLEDGER_OBLIGATIONS_REMIND_EVERY=off DUTYLEDGER_METRICS_REFRESH_EVERY=off \
  java $JAVA_OPTS -jar "$JAR" > "$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && break
  kill -0 $PID 2>/dev/null || { echo "the service died at start; see $LOG" >&2; tail -n 30 "$LOG" >&2; exit 1; }
  sleep 1
done
PORT_SAVED=$PORT
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
PORT=$PORT_SAVED
URL="http://localhost:$PORT/api/v1"
rss() { grep -E "^$1:" "/proc/$PID/status" | tr -dc 0-9; }
echo "package: service ready (pid $PID, RSS $(($(rss VmRSS) / 1024)) MiB idle)"

ORG=$(api "$URL/organizations?q=$STREET&size=50" | field "v.items.find((o) => o.code === '$STREET').id")
started=$(date +%s.%N)
ID=$(api -d "{\"organizationId\":$ORG,\"from\":\"$YEAR-01-01\",\"to\":\"$YEAR-12-31\",\"subtree\":true}" \
  "$URL/inspection-packages" | field 'v.id')
peak=0
while :; do
  state=$(api "$URL/inspection-packages/$ID")
  status=$(echo "$state" | field 'v.status')
  now=$(rss VmRSS); ((now > peak)) && peak=$now
  [[ $status == QUEUED || $status == RUNNING ]] || break
  sleep 0.5
done
ended=$(date +%s.%N)
[[ $status == DONE ]] || { echo "the build ended $status: $state" >&2; tail -n 40 "$LOG" >&2; exit 1; }
echo "$state" | field '"package: built " + v.fileCount + " files, " + (v.size / 1048576).toFixed(1) + " MiB zip, manifest " + v.manifestSha256
  + "; job " + ((Date.parse(v.finishedAt) - Date.parse(v.startedAt)) / 1000).toFixed(1) + " s from start to DONE"'
printf 'package: build %.1f s from the request to DONE (target ≤ 60 s)\n' "$(echo "$ended - $started" | bc)"
echo "package: service RSS peak $((peak / 1024)) MiB sampled, VmHWM $(($(rss VmHWM) / 1024)) MiB (target ≤ 512 MiB); heap ${JAVA_OPTS%% *}"

curl -sf -H "Authorization: Bearer $TOKEN" -o "$WORK/package.zip" "$URL/inspection-packages/$ID/download"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); stored = sum(1 for i in z.infolist() if i.compress_type == 0)
print("package: zip %.1f MiB, %d entries (%d stored as they are), %.1f MiB unpacked" % (
    __import__("os").path.getsize(sys.argv[1]) / 1048576, len(z.infolist()), stored, sum(i.file_size for i in z.infolist()) / 1048576))' \
  "$WORK/package.zip"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

python3 -m zipfile -e "$WORK/package.zip" "$WORK/package"
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$WORK/out.txt" || { echo "$label: failed"; tail -n 20 "$WORK/out.txt"; exit 1; }
  end=$(date +%s.%N)
  printf 'package: %-20s %6.1f s (target ≤ 30 s)   %s\n' "$label" "$(echo "$end - $start" | bc)" "$(grep -m1 '完整' "$WORK/out.txt" || true)"
}
timed "verify.py, folder" python3 "$WORK/package/verify.py"
timed "verify.py, zip" python3 "$WORK/package/verify.py" "$WORK/package.zip"
echo "package: machine load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
