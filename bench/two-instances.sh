#!/usr/bin/env bash
# Two instances behind a load balancer, shown not claimed (issue 19). Run by hand, ≈10 min on a busy 2-core
# machine (CI does not run it: no room in its time budget):
#
#   bench/two-instances.sh            (needs Java 17, Node 20, psql and haproxy: apt-get install -y haproxy)
#   bench/two-instances.sh --web      the web app through the balancer instead: Keycloak, the instances in the
#                                     production profile with the demo data, and e2e/two-instances/handover.spec.ts
#                                     (Playwright: the secretary logs in and hands a duty over; both instances must
#                                     have answered). Needs frontend/dist (cd frontend && npm run build) and Chromium.
#
# Starts one PostgreSQL (the zonky binaries the service embeds, fsync on, as ./run), two service instances of
# backend/target/quarkus-app/quarkus-run.jar on it and haproxy round-robin in front, without sticky sessions
# (deploy/haproxy/haproxy.cfg, the file docker-compose.yml uses). Then, through the balancer (bench/ha/proofs.mjs):
#   1. 8 concurrent writers for 60 s: every write answered, the audit chain one unforked chain without gap that
#      verifies; prints writes/s;
#   2. scheduled publications published once, webhook events delivered once per subscription (a local receiver),
#      import jobs, review and obligation reminders run once, while both instances' background jobs compete;
#   3. SIGKILL of the instance committing a 100,000-row import: nothing of it is visible, the other instance
#      reclaims the job when its lease runs out and commits all rows.
# Prints the figures and a PASS/FAIL line per proof; exits 1 on a failure. The instances run the test profile:
# demo data, tokens signed by the throwaway test key (no Keycloak).
#
# Environment: HA_PORT (28090), HA_APP1_PORT (28091), HA_APP2_PORT (28092), HA_PG_PORT (54361),
# HA_RECEIVER_PORT (28093), WRITE_SECONDS (60), WRITERS (8), IMPORT_ROWS (100000), LEASE_SECONDS (20),
# PROOFS (writes,once,import), KEEP=1 keeps the data directory and logs; --web: HA_KC_PORT (28190),
# KC_CACHE_DIR (scripts/keycloak.sh's download and install cache).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODE=proofs
case "${1:-}" in
  "") ;;
  --web) MODE=web ;;
  *) sed -n '2,26p' "$0"; exit 2 ;;
esac
KC_PORT=${HA_KC_PORT:-28190}
HA_PORT=${HA_PORT:-28090}
APP_PORTS=("${HA_APP1_PORT:-28091}" "${HA_APP2_PORT:-28092}")
PG_PORT=${HA_PG_PORT:-54361}
LEASE_SECONDS=${LEASE_SECONDS:-20}
APP=backend/target/quarkus-app
DATA=$(mktemp -d /tmp/duty-ledger-ha-XXXXXX)
PIDS=()

for tool in java node psql haproxy; do
  command -v "$tool" > /dev/null || { echo "$tool is required (haproxy: apt-get install -y haproxy)" >&2; exit 1; }
done
for port in "$HA_PORT" "${APP_PORTS[@]}" "$PG_PORT" "${HA_RECEIVER_PORT:-28093}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "port $port is in use" >&2; exit 1; fi
done
[[ -f $APP/quarkus-run.jar ]] || (cd backend && ./mvnw -B -q package -DskipTests)
if [[ $MODE == web ]]; then
  [[ -f frontend/dist/index.html ]] || { echo "build the web app first: cd frontend && npm run build" >&2; exit 1; }
  if (exec 3<>"/dev/tcp/127.0.0.1/$KC_PORT") 2> /dev/null; then echo "port $KC_PORT is in use" >&2; exit 1; fi
fi

# Stops what this script started, by pid, the database last (its shutdown hook stops PostgreSQL).
cleanup() {
  local code=$? i
  if [[ $MODE == web ]]; then KC_DATA_DIR="$DATA/keycloak" scripts/keycloak.sh stop || true; fi
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${PIDS[$i]}" 2> /dev/null || true
    wait "${PIDS[$i]}" 2> /dev/null || true
  done
  if [[ $code -ne 0 || -n ${KEEP:-} ]]; then echo "data and logs kept in $DATA"; else rm -rf "$DATA"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_ready() { # URL PID LOG
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2> /dev/null || { echo "died while starting; see $3" >&2; tail -n 30 "$3" >&2; exit 1; }
    sleep 1
  done
  echo "not ready after 240 s; see $3" >&2
  exit 1
}

if [[ $MODE == web ]]; then
  # Keycloak starts while the rest does (its first start imports the realm: a minute or more).
  KC_PORT=$KC_PORT KC_DATA_DIR="$DATA/keycloak" scripts/keycloak.sh start --no-wait
fi

echo "starting PostgreSQL on :$PG_PORT (data in $DATA)"
java -cp "$APP/lib/main/*:$APP/app/*" bench/ha/SharedPostgres.java "$DATA/postgres" "$PG_PORT" > "$DATA/postgres.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  grep -q '^ready' "$DATA/postgres.log" && break
  kill -0 "${PIDS[0]}" 2> /dev/null || { cat "$DATA/postgres.log" >&2; exit 1; }
  sleep 1
done
grep -q '^ready' "$DATA/postgres.log" || { echo "PostgreSQL not ready" >&2; exit 1; }

INSTANCES=""
# The proofs sign their own tokens with the test key (test profile); the web app logs in at Keycloak (production).
PROFILE=(-Dquarkus.profile=test)
PROFILE_ENV=(DUTYLEDGER_DEMO_DATA_ENABLED=true)
if [[ $MODE == web ]]; then
  PROFILE=()
  PROFILE_ENV+=(QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/duty-ledger")
fi
for port in "${APP_PORTS[@]}"; do
  echo "starting an instance on :$port (log $DATA/app-$port.log)"
  # ApplicationName names the instance's connections in pg_stat_activity (proof 3 finds the committing one).
  # Background jobs at bench pace: the schedulers tick every 1–2 s and a dead worker's lease runs out after
  # LEASE_SECONDS (PT2M in production), so both instances compete for every job within the run.
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/duty_ledger?ApplicationName=dl-$port" \
  QUARKUS_DATASOURCE_USERNAME=duty_ledger_app QUARKUS_DATASOURCE_PASSWORD=duty_ledger_app \
  QUARKUS_FLYWAY_USERNAME=postgres QUARKUS_FLYWAY_PASSWORD=postgres \
  QUARKUS_HTTP_PORT="$port" DUTYLEDGER_SPA_DIR="$ROOT/frontend/dist" \
  env "${PROFILE_ENV[@]}" java "${PROFILE[@]}" \
      -D%test.dutyledger.webhooks.deliver-every=1s -D%test.dutyledger.webhooks.backoff=PT2S \
      -Ddutyledger.publication.publish-every=2s -Ddutyledger.publication.remind-every=2s \
      -D%test.dutyledger.obligations.remind-every=2s \
      -Ddutyledger.imports.poll-every=1s -D%test.dutyledger.imports.lease="PT${LEASE_SECONDS}S" -Ddutyledger.imports.lease="PT${LEASE_SECONDS}S" \
      -jar "$APP/quarkus-run.jar" > "$DATA/app-$port.log" 2>&1 &
  PIDS+=($!)
  INSTANCES+="dl-$port=$!,"
  # One after the other: the first migrates and loads the demo data, the second finds them.
  wait_ready "http://localhost:$port/q/health/ready" "$!" "$DATA/app-$port.log"
done

echo "starting haproxy on :$HA_PORT → :${APP_PORTS[0]}, :${APP_PORTS[1]} (round-robin, no stickiness)"
DL_LISTEN="127.0.0.1:$HA_PORT" DL_BACKEND1="127.0.0.1:${APP_PORTS[0]}" DL_BACKEND2="127.0.0.1:${APP_PORTS[1]}" \
  haproxy -db -f deploy/haproxy/haproxy.cfg > "$DATA/haproxy.log" 2>&1 &
PIDS+=($!)
wait_ready "http://localhost:$HA_PORT/q/health/ready" "$!" "$DATA/haproxy.log"
sleep 5 # both servers marked up by the health checks (rise 2, every 2 s)

if [[ $MODE == web ]]; then
  KC_PORT=$KC_PORT KC_DATA_DIR="$DATA/keycloak" scripts/keycloak.sh wait
  # The realm's web client accepts redirects to the usual ports only: allow the balancer's, in this Keycloak only.
  python3 bench/ha/allow_redirect.py "http://localhost:$KC_PORT" "http://localhost:$HA_PORT"
  if (cd e2e && E2E_REUSE_STACK=1 E2E_BASE_URL="http://localhost:$HA_PORT" E2E_KEYCLOAK_URL="http://localhost:$KC_PORT" \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test --config two-instances.config.ts); then
    echo "PASS the web app works through the balancer: login and hand-over, answered by both instances"
    echo "     (screenshots in e2e/test-results/two-instances/)"
    exit 0
  fi
  echo "FAIL the web app through the balancer (see the Playwright output above)"
  exit 1
fi

BASE="http://localhost:$HA_PORT" PSQL_URL="postgresql://postgres:postgres@localhost:$PG_PORT/duty_ledger" ROOT="$ROOT" \
  RECEIVER_PORT="${HA_RECEIVER_PORT:-28093}" INSTANCES="$INSTANCES" LEASE_SECONDS="$LEASE_SECONDS" \
  node bench/ha/proofs.mjs
