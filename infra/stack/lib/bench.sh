# shellcheck shell=bash
# ./priceflow bench: the benchmark program (docs/bench.md). Sourced by the dispatcher; needs common.sh
# (require_jdk, require_mvn, init_dirs, step, warn, die, mvn_logged, spawn, stop_component, require_ports_free,
# http_ok) and services.sh (all_services_up). Dispatcher line: bench) shift; cmd_bench "$@" ;;

PF_BENCH_PORT=${PRICEFLOW_BENCH_PORT:-18099}
# Load-only shoppers (DEMO ONLY: password = user name, local realm only): the gateway limits each user to 100
# requests/s, so a 1,000 requests/s target needs more than the four demo users. Keep in step with
# dev.priceflow.bench.Suite.BENCH_USERS.
# 200 users: the gateway limits each to 100 requests/s, so the load can reach 20,000/s
mapfile -t PF_BENCH_USERS < <(for i in $(seq 1 200); do printf 'pf-bench-%02d\n' "$i"; done)

# ensure_realm_shoppers LASTNAME USER...: creates each missing USER in the local realm through Keycloak's
# admin REST API (admin password from .priceflow/secrets), password = user name, realm role shopper.
ensure_realm_shoppers() {
  local last=$1 admin users id role body user created=0
  shift
  admin=$(curl -fsS --max-time 10 "$KC_URL/realms/master/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=admin-cli -d username=admin \
    --data-urlencode "password=$(cat "$PF_SECRETS/keycloak-admin")" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p') || true
  [[ -n $admin ]] || die "keycloak: no admin token (secret $PF_SECRETS/keycloak-admin)"
  role=$(curl -fsS --max-time 10 -H "Authorization: Bearer $admin" "$KC_URL/admin/realms/priceflow/roles/shopper") \
    || die "keycloak: cannot read the role shopper"
  for user in "$@"; do
    users=$(curl -fsS --max-time 10 -H "Authorization: Bearer $admin" \
      "$KC_URL/admin/realms/priceflow/users?username=$user&exact=true")
    [[ $users == *'"id"'* ]] && continue
    body=$(printf '{"username":"%s","enabled":true,"email":"%s@example.invalid","emailVerified":true,"firstName":"%s","lastName":"%s","credentials":[{"type":"password","value":"%s","temporary":false}]}' \
      "$user" "$user" "$user" "$last" "$user")
    curl -fsS --max-time 10 -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "$body" "$KC_URL/admin/realms/priceflow/users" || die "keycloak: creating user $user failed"
    users=$(curl -fsS --max-time 10 -H "Authorization: Bearer $admin" \
      "$KC_URL/admin/realms/priceflow/users?username=$user&exact=true")
    id=$(sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p' <<<"$users")
    [[ -n $id ]] || die "keycloak: user $user not found after creating it"
    curl -fsS --max-time 10 -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "[$role]" "$KC_URL/admin/realms/priceflow/users/$id/role-mappings/realm" \
      || die "keycloak: granting role shopper to $user failed"
    created=$((created + 1))
  done
  [[ $created == 0 ]] || step "keycloak: created $created load-only shopper(s) ($last, role shopper)"
}

# bench [--duration S] [--only NAME[,NAME]] [other load-generator options, docs/bench.md]
# Needs the running stack; starts the baseline app (bare WebFlux hello, the services' JVM settings), runs the
# load generator against it and the stack, stops the baseline app, prints the table with date and machine.
# Restarts nothing and changes no setting of the running services.
cmd_bench() {
  local jar="$PF_REPO/bench/target/bench-0.1.0-SNAPSHOT.jar" args=() a rc=0 out
  while [[ $# -gt 0 ]]; do
    a=$1; shift
    case $a in
      --duration|--only|--warmup|--connections|--event-batch|--cached-rate|--recs-rate|--lag-rate|--profile|--gateway|--pricing)
        [[ $# -gt 0 ]] || die "usage: ./priceflow bench [--duration S] [--only NAME] (option $a needs a value)"
        args+=("$a" "$1"); shift ;;
      *) die "usage: ./priceflow bench [--duration S] [--only NAME] [--warmup S] [--connections N] [--event-batch N] [--cached-rate R] [--recs-rate R] [--lag-rate R] [--profile URL] [--gateway URL] [--pricing URL] (unknown: $a)" ;;
    esac
  done
  require_jdk
  init_dirs
  all_services_up || die "the stack is not up (every service must be running and healthy): run ./priceflow up first"
  if [[ ! -f $jar ]]; then
    require_mvn
    step "building bench (log: $PF_LOGS/build-bench.log)"
    mvn_logged "$PF_LOGS/build-bench.log" -q -DskipTests -pl bench -am install \
      || die "build failed (log: $PF_LOGS/build-bench.log)"
  fi
  ensure_realm_shoppers Bench "${PF_BENCH_USERS[@]}"
  # one pid file per port: a second run on another port (PRICEFLOW_BENCH_PORT) must not stop this one's app
  local base="bench-baseline-$PF_BENCH_PORT"
  require_ports_free "$base" "$PF_BENCH_PORT"
  cp "$jar" "$PF_RUN/bench.jar"   # a rebuild during the run must not change the jar under the JVMs
  spawn "$base" "$PF_JAVA" "${PF_HOT_JVM_OPTS[@]}" --enable-native-access=ALL-UNNAMED \
    -jar "$PF_RUN/bench.jar" "$PF_BENCH_PORT"
  trap "stop_component $base 15 >/dev/null" EXIT
  local i
  for (( i = 0; i < 120; i++ )); do
    http_ok "http://127.0.0.1:$PF_BENCH_PORT/hello" && break
    live_pid "$base" >/dev/null || die "baseline app exited during startup (log: $PF_LOGS/$base.log)"
    sleep 0.5
  done
  http_ok "http://127.0.0.1:$PF_BENCH_PORT/hello" || die "baseline app not answering after 60 s (log: $PF_LOGS/$base.log)"
  step "baseline app up on 127.0.0.1:$PF_BENCH_PORT; running the suite (progress below, table at the end)"
  out="$PF_LOGS/bench-$(date -u +%Y%m%dT%H%M%SZ).md"
  {
    printf '# ./priceflow bench %s\n\n' "${args[*]}"
    printf -- '- date: %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    printf -- '- machine: %s cores (nproc), %s, RAM %s\n' "$(nproc)" \
      "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)" \
      "$(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
    printf -- '- load average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- JDK: %s\n\n' "$("$PF_JAVA" -version 2>&1 | head -n1)"
  } | tee "$out"
  "$PF_JAVA" -Xmx512m --enable-native-access=ALL-UNNAMED -Dloader.main=dev.priceflow.bench.BenchMain -cp "$PF_RUN/bench.jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher \
    --baseline "http://127.0.0.1:$PF_BENCH_PORT" --catalogue "$PF_REPO/infra/demo-data/products.csv" \
    "${args[@]}" | tee -a "$out" || rc=$?
  printf '\n- load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
  stop_component "$base" 15 >/dev/null
  trap - EXIT
  step "baseline app stopped; table saved in $out"
  return "$rc"
}
