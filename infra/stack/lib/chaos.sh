# shellcheck shell=bash
# ./priceflow chaos: kill -9 and restart each component under steady load and account for every request, event
# and price (docs/bench.md, "Faults"). Sourced by the dispatcher; needs common.sh, servers.sh, services.sh,
# keycloak.sh (KC_URL) and the dispatcher's cmd_up/cmd_restart. Dispatcher line: chaos) shift; cmd_chaos "$@" ;;

PF_CHAOS_USER=pf-chaos   # dedicated shopper of the chaos events (DEMO ONLY: password = user name, local realm)
# The driver kills and restarts through this same dispatcher (`chaos --internal-kill|--internal-restart NAME`);
# PF_CHAOS_SELF overrides its path (testing a dispatcher copy).

# chaos [--only C[,C]] [--load-rate R] [--event-rate R] [--event-batch N] [--before S] [--duration S] [--settle S]
#       [--checkout-rate R] [--checkout-sku SKU]
# The redemption probe (checkouts with a code of its own, --checkout-rate 0 = off) manages its promotion as the
# demo marketing user mia (DEMO ONLY) and ends and archives it when the run ends.
cmd_chaos() {
  case ${1:-} in
    --internal-kill) shift; chaos_kill "$@"; return ;;
    --internal-restart) shift; chaos_restart "$@"; return ;;
  esac
  local jar="$PF_REPO/bench/target/bench-0.1.0-SNAPSHOT.jar" args=() a rc=0 out
  while [[ $# -gt 0 ]]; do
    a=$1; shift
    case $a in
      --only|--load-rate|--event-rate|--event-batch|--before|--duration|--settle|--checkout-rate|--checkout-sku)
        [[ $# -gt 0 ]] || die "usage: ./priceflow chaos [--only C[,C]] [--load-rate R] [--duration S] (option $a needs a value)"
        args+=("$a" "$1"); shift ;;
      *) die "usage: ./priceflow chaos [--only C[,C]] [--load-rate R] [--event-rate R] [--event-batch N] [--before S] [--duration S] [--settle S] [--checkout-rate R] [--checkout-sku SKU] (unknown: $a)" ;;
    esac
  done
  require_jdk
  init_dirs
  all_services_up || die "the stack is not up (every service must be running and healthy): run ./priceflow up first"
  local s
  for s in "${SERVERS[@]}"; do
    live_pid "$s" >/dev/null || die "$s was not started by ./priceflow (no live pid file): chaos only kills what priceflow started"
  done
  if [[ ! -f $jar ]]; then
    require_mvn
    step "building bench (log: $PF_LOGS/build-bench.log)"
    mvn_logged "$PF_LOGS/build-bench.log" -q -DskipTests -pl bench -am install \
      || die "build failed (log: $PF_LOGS/build-bench.log)"
  fi
  chaos_ensure_user
  cp "$jar" "$PF_RUN/chaos.jar"   # a rebuild during the run must not change the jar under the JVM
  out="$PF_LOGS/chaos-$(date -u +%Y%m%dT%H%M%SZ).md"
  {
    printf '# ./priceflow chaos %s\n\n' "${args[*]}"
    printf -- '- date: %s; machine: %s cores, load average %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')" \
      "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee "$out"
  "$PF_JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -Dloader.main=dev.priceflow.bench.chaos.ChaosMain \
    -cp "$PF_RUN/chaos.jar" org.springframework.boot.loader.launch.PropertiesLauncher \
    --priceflow "${PF_CHAOS_SELF:-$PF_REPO/priceflow}" --logs "$PF_LOGS" --event-user "$PF_CHAOS_USER" \
    --catalogue "$PF_REPO/infra/demo-data/products.csv" "${args[@]}" | tee -a "$out" || rc=$?
  printf '\n- load average after: %s; kill/restart logs: %s/chaos-<component>.log\n' \
    "$(cut -d' ' -f1-3 /proc/loadavg)" "$PF_LOGS" | tee -a "$out"
  step "table saved in $out"
  return "$rc"
}

# SIGKILL to every process of the component's session (servers run under a shell: kill the whole group).
chaos_kill() {
  local name=${1:-} pid pids i
  [[ -n $name ]] || die "usage: chaos --internal-kill NAME"
  pid=$(live_pid "$name") || die "$name is not running (no live pid in $PF_RUN/$name.pid)"
  pids=$(session_pids "$pid" | paste -sd' ' -)
  kill -KILL -- "-$pid" 2>/dev/null || true
  # shellcheck disable=SC2086 # one word per pid
  kill -KILL $pids 2>/dev/null || true
  for (( i = 0; i < 40; i++ )); do
    [[ -z "$(session_pids "$pid")" ]] && break
    sleep 0.25
  done
  step "$name killed with SIGKILL"
  printf 'killed %s\n' "${pids:-$pid}"
}

# The restart `./priceflow` itself does: a service with `restart NAME --no-build`, a server with `up --servers-only`
# (starts what is not running, waits for every server's health and runs their idempotent post-start steps).
chaos_restart() {
  local name=${1:-}
  [[ -n $name ]] || die "usage: chaos --internal-restart NAME"
  if [[ -n ${SERVICE_PORT[$name]:-} ]]; then
    cmd_restart "$name" --no-build
  else
    cmd_up --servers-only
  fi
}

# Creates the dedicated chaos shopper in the local realm once (admin REST API; role shopper; bench.sh).
chaos_ensure_user() {
  ensure_realm_shoppers Chaos "$PF_CHAOS_USER"
}
