# shellcheck shell=bash
# Helpers shared by ./run, ./test and scripts/*.sh. Source it; it defines functions only.

DL_ROOT="${DL_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
DL_DATA_DIR="${DUTYLEDGER_DATA_DIR:-$HOME/.local/share/duty-ledger}"

# Logging never fails: when the reader of a pipe (./run | tee) went away with Ctrl-C, the
# shutdown must still go on.
dl_log() { printf '\033[1;34m[%s]\033[0m %s\n' "${DL_TAG:-duty-ledger}" "$*" >&2 2>/dev/null || true; }
dl_warn() { printf '\033[1;33m[%s] %s\033[0m\n' "${DL_TAG:-duty-ledger}" "$*" >&2 2>/dev/null || true; }
dl_die() { printf '\033[1;31m[%s] %s\033[0m\n' "${DL_TAG:-duty-ledger}" "$*" >&2 2>/dev/null || true; exit 1; }

# dl_alive PID: true while the process exists (and is not a zombie).
dl_alive() {
  local pid="$1"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  local state
  state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
  [[ -n "$state" && "$state" != Z* ]]
}

# dl_port_in_use PORT: true when something listens on localhost:PORT.
dl_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# dl_wait_http WHAT URL PID TIMEOUT_SECONDS [LOGFILE]
# Polls URL until it answers 2xx; prints progress with the elapsed time every ~10 s;
# gives up when PID died or the timeout passed (then shows the log's tail).
dl_wait_http() {
  local what="$1" url="$2" pid="$3" timeout="$4" logfile="${5:-}"
  local start=$SECONDS next_report=$((SECONDS + 10))
  dl_log "waiting for $what ($url)"
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      dl_log "$what is ready after $((SECONDS - start)) s"
      return 0
    fi
    if [[ -n "$pid" ]] && ! dl_alive "$pid"; then
      dl_warn "$what stopped while starting (after $((SECONDS - start)) s)"
      dl_show_log_tail "$logfile"
      return 1
    fi
    if (( SECONDS - start >= timeout )); then
      dl_warn "$what was not ready after ${timeout} s"
      dl_show_log_tail "$logfile"
      return 1
    fi
    if (( SECONDS >= next_report )); then
      local last=""
      [[ -n "$logfile" && -f "$logfile" ]] && last="$(dl_last_log_line "$logfile")"
      dl_log "  ... still waiting for $what: $((SECONDS - start)) s${last:+ — $last}"
      next_report=$((SECONDS + 10))
    fi
    sleep 1
  done
}

# The last non-empty log line, without ANSI colours, shortened: tells what the service is doing.
dl_last_log_line() {
  tail -n 20 "$1" 2>/dev/null | sed -e 's/\x1b\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' | tail -n 1 | cut -c1-140
}

dl_show_log_tail() {
  local logfile="$1"
  if [[ -n "$logfile" && -f "$logfile" ]]; then
    dl_warn "last lines of $logfile:"
    tail -n 40 "$logfile" | sed -e 's/^/    /' >&2 || true
  fi
}

# dl_stop_pidfile WHAT PIDFILE [GRACE_SECONDS]
# The process was started with setsid, so its pid is also its process group id.
# SIGTERM to the process itself first (so it can shut down its children in order — the backend
# stops its embedded PostgreSQL, kc.sh forwards the signal to its JVM), wait; then SIGTERM to
# whatever is left in its group, and SIGKILL as the last resort. No orphans.
dl_stop_pidfile() {
  local what="$1" pidfile="$2" grace="${3:-30}"
  [[ -f "$pidfile" ]] || return 0
  local pid
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if [[ -z "$pid" ]] || ! dl_alive "$pid"; then
    rm -f "$pidfile"
    dl_stop_group "$pid"
    return 0
  fi
  dl_log "stopping $what (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local start=$SECONDS
  while dl_alive "$pid" && (( SECONDS - start < grace )); do sleep 0.5; done
  if dl_alive "$pid"; then
    dl_warn "$what did not stop within ${grace} s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  dl_stop_group "$pid"
  rm -f "$pidfile"
  dl_log "$what stopped after $((SECONDS - start)) s"
}

# dl_stop_group PGID: ends what is left of a process group (TERM, up to 20 s, then KILL).
dl_stop_group() {
  local pgid="$1"
  [[ -n "$pgid" && "$pgid" =~ ^[0-9]+$ ]] || return 0
  pgrep -g "$pgid" >/dev/null 2>&1 || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || true
  local start=$SECONDS
  while pgrep -g "$pgid" >/dev/null 2>&1 && (( SECONDS - start < 20 )); do sleep 0.5; done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

# dl_java_major: the major version of `java` on PATH (or of $JAVA_HOME).
dl_java_major() {
  local java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  "$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

dl_require_java() {
  command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java" >/dev/null 2>&1 \
    || dl_die "Java 17 or newer is required (e.g. apt-get install openjdk-17-jdk-headless)"
  local major
  major="$(dl_java_major)"
  [[ -n "$major" && "$major" -ge 17 ]] || dl_die "Java 17 or newer is required; found ${major:-unknown}"
}

dl_require_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || dl_die "Node.js 20 or newer with npm is required (e.g. apt-get install nodejs npm, or from nodejs.org)"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [[ "$major" -ge 20 ]] || dl_die "Node.js 20 or newer is required; found $(node -v)"
}

# dl_newer_than TARGET PATH...: true when TARGET is missing or any file under PATH is newer.
dl_newer_than() {
  local target="$1"; shift
  [[ -e "$target" ]] || return 0
  local p
  for p in "$@"; do
    [[ -e "$p" ]] || continue
    if [[ -n "$(find "$p" -newer "$target" -type f -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]]; then
      return 0
    fi
  done
  return 1
}
