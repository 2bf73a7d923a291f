#!/usr/bin/env bash
# Local Keycloak for Duty Ledger: fetch | build | start | wait | stop | status | token.
#
#   scripts/keycloak.sh fetch    download keycloak-quarkus-dist from Maven Central into .cache/keycloak/ and unzip it
#   scripts/keycloak.sh build    fetch, then `kc.sh build` once (re-done only when the build options change)
#   scripts/keycloak.sh start    build, install the login theme (deploy/keycloak/themes), then start it in the
#                                background on KC_PORT and wait until the realm answers
#                                (--no-wait: return right after launching; use `wait` later)
#   scripts/keycloak.sh wait     wait until the realm answers (gives up if the process died)
#   scripts/keycloak.sh stop     SIGTERM, wait for it to end
#   scripts/keycloak.sh status   running or not
#   scripts/keycloak.sh token USER [PASSWORD]   print an access token obtained through the `cli` client
#
# Environment:
#   KC_PORT          HTTP port (default 8180)
#   KC_DATA_DIR      where its database (H2 file), pid file and log live
#                    (default $DUTYLEDGER_DATA_DIR/keycloak, i.e. ~/.local/share/duty-ledger/keycloak).
#                    The realm is imported only when it does not exist yet in that database.
#   KC_WAIT_TIMEOUT  seconds to wait for readiness (default 900: the first start takes minutes on 2 cores)
#   KC_CACHE_DIR     download and install cache (default <repo>/.cache/keycloak)
set -euo pipefail

DL_TAG=keycloak
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION="26.7.3"
KC_REALM="duty-ledger"
KC_PORT="${KC_PORT:-8180}"
KC_CACHE_DIR="${KC_CACHE_DIR:-$DL_ROOT/.cache/keycloak}"
KC_HOME="$KC_CACHE_DIR/keycloak-$KC_VERSION"
KC_DATA_DIR="${KC_DATA_DIR:-$DL_DATA_DIR/keycloak}"
KC_WAIT_TIMEOUT="${KC_WAIT_TIMEOUT:-900}"
KC_REALM_FILE="$DL_ROOT/deploy/keycloak/$KC_REALM-realm.json"
# The realm's login theme (the realm names it as loginTheme), copied into the distribution's themes/ at each start.
KC_THEME_DIR="$DL_ROOT/deploy/keycloak/themes/duty-ledger"
KC_PIDFILE="$KC_DATA_DIR/keycloak.pid"
KC_LOG="$KC_DATA_DIR/keycloak.log"
# Build-time options: a single local node (no cluster discovery), the H2 file database.
KC_BUILD_OPTS=(--db=dev-file --cache=local --health-enabled=false --metrics-enabled=false)
KC_BUILD_MARKER="$KC_HOME/.duty-ledger-built"
KC_READY_URL="http://localhost:$KC_PORT/realms/$KC_REALM/.well-known/openid-configuration"

with_lock() {
  mkdir -p "$KC_CACHE_DIR"
  exec 9>"$KC_CACHE_DIR/.lock"
  flock 9
}

fetch() {
  with_lock
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then unlock; return 0; fi
  local zip="$KC_CACHE_DIR/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    dl_log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (≈170 MB) from Maven Central"
    local start=$SECONDS mvn=(mvn)
    command -v mvn >/dev/null 2>&1 || mvn=("$DL_ROOT/backend/mvnw")
    "${mvn[@]}" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$KC_CACHE_DIR" -Dmdep.overWriteReleases=true \
      || dl_die "download failed"
    dl_log "downloaded in $((SECONDS - start)) s"
  fi
  dl_log "unpacking into $KC_HOME"
  rm -rf "$KC_HOME.tmp" && mkdir -p "$KC_HOME.tmp"
  unzip -q "$zip" -d "$KC_HOME.tmp" || dl_die "unzip failed (is unzip installed?)"
  rm -rf "$KC_HOME"
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$KC_HOME.tmp"
  unlock
}

build() {
  fetch
  with_lock
  local wanted="${KC_BUILD_OPTS[*]}"
  if [[ -f "$KC_BUILD_MARKER" && "$(cat "$KC_BUILD_MARKER")" == "$wanted" ]]; then unlock; return 0; fi
  dl_log "kc.sh build $wanted (once; ≈1–2 min on 2 cores)"
  local start=$SECONDS
  "$KC_HOME/bin/kc.sh" build "${KC_BUILD_OPTS[@]}" > "$KC_CACHE_DIR/build.log" 2>&1 \
    || { dl_show_log_tail "$KC_CACHE_DIR/build.log"; dl_die "kc.sh build failed"; }
  echo "$wanted" > "$KC_BUILD_MARKER"
  dl_log "built in $((SECONDS - start)) s"
  unlock
}

unlock() { exec 9>&-; }

# The theme as it is in this checkout, replacing whatever an earlier start installed. Keycloak reads it at start
# and caches it while it runs, so a changed theme shows after a restart (the e2e starts a fresh Keycloak).
install_theme() {
  with_lock
  rm -rf "$KC_HOME/themes/duty-ledger"
  cp -R "$KC_THEME_DIR" "$KC_HOME/themes/duty-ledger"
  unlock
}

running_pid() {
  local pid
  pid="$(cat "$KC_PIDFILE" 2>/dev/null || true)"
  if dl_alive "$pid"; then echo "$pid"; fi
}

start() {
  local no_wait="${1:-}"
  build
  if [[ -n "$(running_pid)" ]]; then
    dl_log "already running (pid $(running_pid)), data in $KC_DATA_DIR"
  else
    if dl_port_in_use "$KC_PORT"; then
      dl_die "port $KC_PORT is in use by another program; stop it or set KC_PORT"
    fi
    install_theme
    mkdir -p "$KC_DATA_DIR" "$KC_HOME/data/import"
    cp "$KC_REALM_FILE" "$KC_HOME/data/import/$KC_REALM-realm.json"
    local fresh="(existing data)"
    [[ -f "$KC_DATA_DIR/h2/keycloakdb.mv.db" ]] || fresh="(new data: the first start creates the schema and imports the realm, which takes minutes)"
    dl_log "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT, data in $KC_DATA_DIR $fresh"
    # setsid: its own process group, so a Ctrl-C in the terminal does not reach it and `stop`
    # can end kc.sh and its java child together.
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}" \
      setsid "$KC_HOME/bin/kc.sh" start --optimized \
        --http-enabled=true --http-port="$KC_PORT" --hostname-strict=false \
        --db-url="jdbc:h2:file:$KC_DATA_DIR/h2/keycloakdb;NON_KEYWORDS=VALUE" \
        --cache=local \
        --import-realm \
        < /dev/null > "$KC_LOG" 2>&1 9>&- &
    echo $! > "$KC_PIDFILE"
  fi
  if [[ "$no_wait" != "--no-wait" ]]; then wait_ready; fi
}

wait_ready() {
  local pid
  pid="$(running_pid)"
  [[ -n "$pid" ]] || { dl_show_log_tail "$KC_LOG"; dl_die "not running"; }
  dl_wait_http "Keycloak" "$KC_READY_URL" "$pid" "$KC_WAIT_TIMEOUT" "$KC_LOG" \
    || dl_die "Keycloak did not start; full log: $KC_LOG"
}

stop() {
  dl_stop_pidfile "Keycloak" "$KC_PIDFILE" 30
}

status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then echo "running (pid $pid) on port $KC_PORT, data in $KC_DATA_DIR"; else echo "not running"; return 1; fi
}

token() {
  local user="${1:?usage: keycloak.sh token USER [PASSWORD]}" password="${2:-demo}"
  curl -fsS "http://localhost:$KC_PORT/realms/$KC_REALM/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=cli -d client_secret=local-only-cli-secret \
    -d scope=openid --data-urlencode "username=$user" --data-urlencode "password=$password" \
    | sed -e 's/.*"access_token":"\([^"]*\)".*/\1/'
}

cmd="${1:-}"
shift || true
case "$cmd" in
  fetch) fetch ;;
  build) build ;;
  start) start "$@" ;;
  wait) wait_ready ;;
  stop) stop ;;
  status) status ;;
  token) token "$@" ;;
  *) sed -n '2,22p' "$0" | sed -e 's/^# \{0,1\}//'; exit 2 ;;
esac
