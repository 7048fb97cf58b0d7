# shellcheck shell=bash
# Shared helpers for ./priceflow: paths, progress lines, JDK discovery, pid files,
# port checks and health waits. Sourced by the dispatcher; every component file
# (kafka.sh, redis.sh, ...) builds on these.

PF_T0=${PF_T0:-$(date +%s)}
PF_STATE="$PF_REPO/.priceflow"
PF_RUN="$PF_STATE/run"
PF_LOGS="$PF_STATE/logs"
PF_DATA="$PF_STATE/data"
PF_SECRETS="$PF_STATE/secrets"
PF_STACK="$PF_REPO/infra/stack"
PF_CACHE="${PRICEFLOW_CACHE:-$HOME/.cache/priceflow}"
PF_USER=priceflow                   # unprivileged system user for PostgreSQL and Elasticsearch
PF_HASH=$(printf '%s' "$PF_REPO" | sha256sum | cut -c1-8)
PF_JAVA_HOME=""                     # set by require_jdk
PF_STARTED=()                       # components this invocation started (for `test`'s trap)

step() { printf '[%4ds] %s\n' "$(( $(date +%s) - PF_T0 ))" "$*"; }
warn() { printf '[%4ds] WARNING: %s\n' "$(( $(date +%s) - PF_T0 ))" "$*" >&2; }
die()  { printf '[%4ds] ERROR: %s\n' "$(( $(date +%s) - PF_T0 ))" "$*" >&2; exit 1; }

init_dirs() {
  mkdir -p "$PF_RUN" "$PF_LOGS" "$PF_DATA" "$PF_SECRETS"
  chmod 700 "$PF_SECRETS"
}

require_root() {
  [[ $EUID -eq 0 ]] || die "$1 needs root (apt-get, useradd, setpriv); run as root or with sudo"
}

# ---------------------------------------------------------------- JDK 21+ ----

# Major version of the JDK at $1, or empty.
jdk_major() {
  local home=$1 v=""
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -f "$home/release" ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z "$v" ]]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  v=${v#1.}                          # 1.8.0 -> 8.0
  printf '%s' "${v%%[.+-]*}"
}

# Picks JAVA_HOME when it is 21+, else the newest JDK 21+ under /usr/lib/jvm.
require_jdk() {
  [[ -n "$PF_JAVA_HOME" ]] && return 0
  local found=() cand major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" ]]; then
    major=$(jdk_major "$JAVA_HOME")
    found+=("JAVA_HOME=$JAVA_HOME (${major:-not a JDK})")
    if [[ -n "$major" && "$major" -ge 21 && -x "$JAVA_HOME/bin/javac" ]]; then
      PF_JAVA_HOME=$JAVA_HOME
    fi
  fi
  if [[ -z "$PF_JAVA_HOME" ]]; then
    for cand in /usr/lib/jvm/*; do
      [[ -d "$cand" && ! -L "$cand" ]] || continue
      major=$(jdk_major "$cand")
      [[ -n "$major" ]] || continue
      found+=("$cand ($major)")
      if [[ "$major" -ge 21 && -x "$cand/bin/javac" && "$major" -gt "$best_major" ]]; then
        best=$cand best_major=$major
      fi
    done
    PF_JAVA_HOME=$best
  fi
  if [[ -z "$PF_JAVA_HOME" ]]; then
    local java_on_path="" list=""
    [[ ${#found[@]} -gt 0 ]] && printf -v list '%s, ' "${found[@]}"
    command -v java >/dev/null 2>&1 && java_on_path=$(java -version 2>&1 | head -n1)
    die "no JDK 21+ found (need one for Kafka, Elasticsearch, Keycloak and the build). Found: ${list:-none}${java_on_path:+; java on PATH: $java_on_path}. Install one or set JAVA_HOME."
  fi
  export JAVA_HOME="$PF_JAVA_HOME"
  PF_JAVA="$PF_JAVA_HOME/bin/java"
  # Maven's own libraries touch sun.misc.Unsafe; JDK 24+ warns about it on every run.
  if [[ "$(jdk_major "$PF_JAVA_HOME")" -ge 24 && "${MAVEN_OPTS:-}" != *sun-misc-unsafe* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}

require_mvn() {
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) not found on PATH: apt-get install -y maven"
}

# Runs Maven with the JDK 21+; $1 is a log file (output goes there), the rest are mvn args.
mvn_logged() {
  local log=$1; shift
  ( cd "$PF_REPO" && mvn -B -ntp "$@" ) >"$log" 2>&1
}

# ---------------------------------------------------------------- secrets ----

# Prints the secret stored in $PF_SECRETS/$1, generating it (mode 600) on first use.
secret() {
  local f="$PF_SECRETS/$1"
  if [[ ! -s "$f" ]]; then
    ( umask 077; head -c 64 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | cut -c1-48 >"$f" )
  fi
  chmod 600 "$f"
  cat "$f"
}

# ------------------------------------------------------- system user/dirs ----

ensure_system_user() {
  id -u "$PF_USER" >/dev/null 2>&1 && return 0
  require_root "creating the system user $PF_USER"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$PF_USER"
  step "created system user $PF_USER"
}

# Runs "$@" as $PF_USER. setpriv execs (no watching parent as with runuser, whose
# parent SIGKILLs the server 2 s after it gets SIGTERM), so a pid stays the server's.
as_pf_user() {
  setpriv --reuid="$PF_USER" --regid="$PF_USER" --init-groups --reset-env -- "$@"
}

# Directory for data owned by $PF_USER (PostgreSQL, Elasticsearch): under
# .priceflow/data when that path is traversable by the user, else /var/lib.
sys_data_dir() {
  if [[ -z "${PF_SYSDATA:-}" ]]; then
    if (cd / && as_pf_user test -x "$PF_DATA") 2>/dev/null; then
      PF_SYSDATA=$PF_DATA
    else
      PF_SYSDATA=/var/lib/priceflow/$PF_HASH
      mkdir -p "$PF_SYSDATA"
      ln -sfn "$PF_SYSDATA" "$PF_DATA/system-user-data"
    fi
  fi
  printf '%s' "$PF_SYSDATA"
}

# Installs Debian packages (after apt-get update) without starting their services.
apt_install() {
  require_root "installing $*"
  step "installing $* (apt-get)"
  local policy=/usr/sbin/policy-rc.d created=""
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && created=1
  fi
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get update -q &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
  } >"$PF_LOGS/apt.log" 2>&1 || rc=$?
  [[ -n $created ]] && rm -f "$policy"
  if [[ $rc -ne 0 ]]; then
    tail -n 30 "$PF_LOGS/apt.log" >&2
    die "apt-get install $* failed (log: $PF_LOGS/apt.log)"
  fi
}

# ---------------------------------------------------------------- pid files ----

proc_starttime() { sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20; }

# Records $2 as the pid of component $1 (with its start time, so a recycled pid
# is never mistaken for ours).
write_pid() { printf '%s %s\n' "$2" "$(proc_starttime "$2")" >"$PF_RUN/$1.pid"; }

# Prints the recorded pid of $1 if that process is still the one we started.
live_pid() {
  local f="$PF_RUN/$1.pid" pid start
  [[ -f $f ]] || return 1
  read -r pid start <"$f" || return 1
  [[ -n $pid && -d /proc/$pid && "$(proc_starttime "$pid")" == "$start" ]] || return 1
  printf '%s' "$pid"
}

# Spawns "$@" as its own session (process group) with output to the log of
# component $1, detached from our stdin/stdout; records the pid.
spawn() {
  local name=$1; shift
  local log="$PF_LOGS/$name.log"
  [[ -f $log ]] && mv -f "$log" "$log.prev"
  setsid "$@" >"$log" 2>&1 </dev/null &
  local pid=$!
  write_pid "$name" "$pid"
  PF_STARTED+=("$name")
}

# Members of session $1 (our servers are session leaders, their children stay in it).
session_pids() { ps -e -o pid=,sid= | awk -v s="$1" '$2 == s { print $1 }'; }

# Signal that shuts a component down cleanly; PostgreSQL: INT = fast shutdown
# (TERM would be a "smart" shutdown that waits for every client to disconnect).
declare -A STOP_SIGNAL=([postgres]=INT)

# Stops component $1 by its recorded pid: signal to its process group, wait, KILL.
stop_component() {
  local name=$1 timeout=${2:-30} pid i sig=${STOP_SIGNAL[$1]:-TERM}
  if ! pid=$(live_pid "$name"); then
    rm -f "$PF_RUN/$name.pid"
    return 0
  fi
  kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null || true
  for (( i = 0; i < timeout * 4; i++ )); do
    [[ -z "$(session_pids "$pid")" ]] && break
    sleep 0.25
  done
  if [[ -n "$(session_pids "$pid")" ]]; then
    warn "$name (pid $pid) did not stop within ${timeout}s: killing"
    kill -KILL -- "-$pid" 2>/dev/null || true
    # shellcheck disable=SC2046 # word splitting of the pid list is intended
    kill -KILL $(session_pids "$pid") 2>/dev/null || true
  fi
  rm -f "$PF_RUN/$name.pid"
  step "$name stopped (pid $pid)"
}

# Stops the named components (those with a pid file) in parallel; $1 = timeout.
# Waits for exactly those stop jobs: a bare `wait` would also wait for the servers
# this shell spawned.
stop_parallel() {
  local timeout=$1 name pids=(); shift
  for name in "$@"; do
    [[ -f "$PF_RUN/$name.pid" ]] || continue
    stop_component "$name" "$timeout" &
    pids+=("$!")
  done
  [[ ${#pids[@]} -eq 0 ]] || wait "${pids[@]}"
}

# ---------------------------------------------------------------- ports ----

# Fails if any of the ports is already listened on (by a process that is not ours).
require_ports_free() {
  local name=$1 port who; shift
  for port in "$@"; do
    who=$(ss -Hltnp "sport = :$port" 2>/dev/null || true)
    if [[ -n $who ]]; then
      die "port $port (needed by $name) is already in use: $(awk '{print $4, $6}' <<<"$who" | head -n1). Stop that process or run ./priceflow down."
    fi
  done
}

# shellcheck disable=SC2016 # expanded by the inner bash
tcp_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time "${2:-3}" "$1" 2>/dev/null; }

# ---------------------------------------------------------------- waiting ----

# Waits until "${name}_healthy" succeeds; fails with the log tail when the
# process dies or the timeout passes.
wait_healthy() {
  local name=$1 timeout=$2 check=${3:-${1//-/_}_healthy} deadline pid
  deadline=$(( $(date +%s) + timeout ))
  while :; do
    if "$check" "$name"; then return 0; fi
    if ! pid=$(live_pid "$name"); then
      log_tail "$name"
      die "$name exited during startup (log: $PF_LOGS/$name.log)"
    fi
    if (( $(date +%s) >= deadline )); then
      log_tail "$name"
      die "$name not healthy after ${timeout}s (pid $pid, log: $PF_LOGS/$name.log)"
    fi
    sleep 1
  done
}

log_tail() {
  printf -- '----- last 30 lines of %s -----\n' "$PF_LOGS/$1.log" >&2
  tail -n 30 "$PF_LOGS/$1.log" >&2 2>/dev/null || true
  printf -- '-----\n' >&2
}

# Runs "$fn NAME" for each NAME in the background and waits for all of them;
# fails (after all have finished) if any failed.
run_parallel() {
  local fn=$1 name pids=() names=() i rc=0; shift
  for name in "$@"; do
    "$fn" "$name" &
    pids+=("$!") names+=("$name")
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || { rc=1; warn "${names[$i]} failed"; }
  done
  return $rc
}

# ---------------------------------------------------------------- env ----

stack_env() {
  cat <<ENV
PRICEFLOW_KAFKA=127.0.0.1:19092
PRICEFLOW_REDIS=redis://127.0.0.1:16379
PRICEFLOW_PG_URL=jdbc:postgresql://127.0.0.1:15432/priceflow
PRICEFLOW_PG_USER=priceflow
PRICEFLOW_PG_PASSWORD=priceflow
PRICEFLOW_ES=http://127.0.0.1:19200
PRICEFLOW_KEYCLOAK=http://127.0.0.1:8180
PRICEFLOW_KEYCLOAK_ISSUER=http://127.0.0.1:8180/realms/priceflow
PRICEFLOW_GATEWAY=http://127.0.0.1:8080
PRICEFLOW_PRICING=http://127.0.0.1:8081
PRICEFLOW_USER_PROFILE=http://127.0.0.1:8082
PRICEFLOW_DEMAND_FORECAST=http://127.0.0.1:8083
PRICEFLOW_TREND_ANALYSIS=http://127.0.0.1:8084
PRICEFLOW_RECOMMENDER=http://127.0.0.1:8085
PRICEFLOW_GATEWAY_CLIENT_SECRET_FILE=$PF_SECRETS/gateway-client-secret
PRICEFLOW_QUOTE_SIGNING_KEY_FILE=$PF_SECRETS/quote-signing-key
PRICEFLOW_PRICING_CLIENT_SECRET_FILE=$PF_SECRETS/pricing-client-secret
PRICEFLOW_MODELS_DIR=$PF_DATA/models
PRICEFLOW_TRENDS_STATE_DIR=$PF_DATA/trend-analysis-streams
ENV
}

# Exports the stack endpoints and writes them to run/stack.env; exports (never
# writes there) the secrets services and tests need: the gateway's client secret
# and pricing's quote-signing key (random, generated on first use).
export_stack_env() {
  local line
  stack_env >"$PF_RUN/stack.env"
  while IFS= read -r line; do export "${line?}"; done < <(stack_env)
  PRICEFLOW_GATEWAY_CLIENT_SECRET=$(secret gateway-client-secret)
  PRICEFLOW_QUOTE_SIGNING_KEY=$(secret quote-signing-key)
  PRICEFLOW_PRICING_CLIENT_SECRET=$(secret pricing-client-secret)
  export PRICEFLOW_GATEWAY_CLIENT_SECRET PRICEFLOW_QUOTE_SIGNING_KEY PRICEFLOW_PRICING_CLIENT_SECRET
}
