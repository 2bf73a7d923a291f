#!/usr/bin/env bash
# The Duty Ledger backend as a packaged jar: build | start | wait | stop | status.
#
#   scripts/backend.sh build    ./mvnw package -DskipTests when a source is newer than the jar
#   scripts/backend.sh start    build, start the jar in the background and wait for /q/health/ready
#                               (--no-wait: return right after launching)
#   scripts/backend.sh wait     wait for /q/health/ready (gives up if the process died)
#   scripts/backend.sh stop     SIGTERM (the backend then stops its embedded PostgreSQL), wait
#   scripts/backend.sh status
#
# Environment (passed on to the backend as they are):
#   DUTYLEDGER_DATA_DIR            data of the embedded PostgreSQL (default ~/.local/share/duty-ledger);
#                                  this script keeps the backend's pid file and log in <data dir>/run/
#   DUTYLEDGER_DEMO_DATA_ENABLED   default true here: the demo hierarchy is loaded into an empty database
#   DUTYLEDGER_SPA_DIR             default <repo>/frontend/dist
#   DUTYLEDGER_EMBEDDED_PG_PORT    default 54329
#   QUARKUS_OIDC_AUTH_SERVER_URL   default http://localhost:8180/realms/duty-ledger
#   BACKEND_PORT                   HTTP port (default 8080; exported as QUARKUS_HTTP_PORT)
#   BACKEND_WAIT_TIMEOUT           seconds to wait for readiness (default 300)
#   BACKEND_JAVA_OPTS              extra JVM options
set -euo pipefail

DL_TAG=backend
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BACKEND_DIR="$DL_ROOT/backend"
BACKEND_JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
BACKEND_PORT="${BACKEND_PORT:-8080}"
BACKEND_WAIT_TIMEOUT="${BACKEND_WAIT_TIMEOUT:-300}"
RUN_DIR="$DL_DATA_DIR/run"
BACKEND_PIDFILE="$RUN_DIR/backend.pid"
BACKEND_LOG="$RUN_DIR/backend.log"
READY_URL="http://localhost:$BACKEND_PORT/q/health/ready"

build() {
  if dl_newer_than "$BACKEND_JAR" "$BACKEND_DIR/src/main" "$BACKEND_DIR/pom.xml"; then
    dl_log "building the backend jar (./mvnw -B -q package -DskipTests; ≈1–3 min, more on the first build)"
    local start=$SECONDS
    (cd "$BACKEND_DIR" && ./mvnw -B -q package -DskipTests) || dl_die "backend build failed"
    [[ -f "$BACKEND_JAR" ]] || dl_die "the build did not produce $BACKEND_JAR"
    touch "$BACKEND_JAR"
    dl_log "backend built in $((SECONDS - start)) s"
  elif [[ "${1:-}" != --quiet ]]; then
    dl_log "backend jar is up to date"
  fi
}

running_pid() {
  local pid
  pid="$(cat "$BACKEND_PIDFILE" 2>/dev/null || true)"
  if dl_alive "$pid"; then echo "$pid"; fi
}

start() {
  local no_wait="${1:-}"
  build --quiet
  if [[ -n "$(running_pid)" ]]; then
    dl_log "already running (pid $(running_pid))"
  else
    if dl_port_in_use "$BACKEND_PORT"; then
      dl_die "port $BACKEND_PORT is in use by another program; stop it or set BACKEND_PORT"
    fi
    mkdir -p "$RUN_DIR"
    local spa="${DUTYLEDGER_SPA_DIR:-$DL_ROOT/frontend/dist}"
    [[ -f "$spa/index.html" ]] || dl_warn "$spa has no index.html: the web app will not be served (build the frontend first)"
    dl_log "starting the backend on http://localhost:$BACKEND_PORT (data in $DL_DATA_DIR, log $BACKEND_LOG)"
    # setsid: own process group, out of reach of the terminal's Ctrl-C; `stop` sends SIGTERM
    # to the JVM, whose shutdown stops the embedded PostgreSQL.
    # shellcheck disable=SC2086
    DUTYLEDGER_DATA_DIR="$DL_DATA_DIR" \
    DUTYLEDGER_DEMO_DATA_ENABLED="${DUTYLEDGER_DEMO_DATA_ENABLED:-true}" \
    DUTYLEDGER_SPA_DIR="$spa" \
    QUARKUS_HTTP_PORT="$BACKEND_PORT" \
    QUARKUS_OIDC_AUTH_SERVER_URL="${QUARKUS_OIDC_AUTH_SERVER_URL:-http://localhost:8180/realms/duty-ledger}" \
      setsid java ${BACKEND_JAVA_OPTS:-} -jar "$BACKEND_JAR" < /dev/null > "$BACKEND_LOG" 2>&1 &
    echo $! > "$BACKEND_PIDFILE"
  fi
  if [[ "$no_wait" != "--no-wait" ]]; then wait_ready; fi
}

wait_ready() {
  local pid
  pid="$(running_pid)"
  [[ -n "$pid" ]] || { dl_show_log_tail "$BACKEND_LOG"; dl_die "not running"; }
  dl_wait_http "the backend" "$READY_URL" "$pid" "$BACKEND_WAIT_TIMEOUT" "$BACKEND_LOG" \
    || dl_die "the backend did not start; full log: $BACKEND_LOG"
}

stop() {
  dl_stop_pidfile "the backend" "$BACKEND_PIDFILE" 60
}

status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then echo "running (pid $pid) on port $BACKEND_PORT"; else echo "not running"; return 1; fi
}

cmd="${1:-}"
shift || true
case "$cmd" in
  build) build ;;
  start) start "$@" ;;
  wait) wait_ready ;;
  stop) stop ;;
  status) status ;;
  *) sed -n '2,22p' "$0" | sed -e 's/^# \{0,1\}//'; exit 2 ;;
esac
