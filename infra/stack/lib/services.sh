# shellcheck shell=bash
# The six Spring Boot services, started from <module>/target/<module>-0.1.0-SNAPSHOT.jar,
# plus the project build and the demo data load.

PF_VERSION=0.1.0-SNAPSHOT
declare -A SERVICE_PORT=(
  [gateway]=8080 [pricing]=8081 [user-profile]=8082
  [demand-forecast]=8083 [trend-analysis]=8084 [recommender]=8085
)
SERVICES=(gateway pricing user-profile demand-forecast trend-analysis recommender)

# JVM options. The request-path services (gateway, pricing, recommender) get the full tiered JIT: C2 compiles the
# hot paths and has the intrinsics RSA signature checks and JSON need (C1 alone made every JWT check several
# times slower). The background services keep C1 only (-XX:TieredStopAtLevel=1): less CPU and memory spent
# compiling on a small machine, and their throughput is bounded by Kafka and the models, not by the JIT.
# The request-path services run on ZGC: pauses under a millisecond where G1's young pauses (up to ~45 ms seen
# at 1,000 requests/s in 384 MB) set the gateway's p99.
# ./priceflow bench starts its baseline with PF_HOT_JVM_OPTS too, so its ratios compare like with like.
PF_HOT_JVM_OPTS=(-Xmx384m -XX:+UseZGC)
PF_BACKGROUND_JVM_OPTS=(-Xmx384m -XX:TieredStopAtLevel=1)
service_jvm_opts() {
  case $1 in
    gateway | pricing | recommender) printf '%s\n' "${PF_HOT_JVM_OPTS[@]}" ;;
    *) printf '%s\n' "${PF_BACKGROUND_JVM_OPTS[@]}" ;;
  esac
}

service_jar() { printf '%s/%s/target/%s-%s.jar' "$PF_REPO" "$1" "$1" "$PF_VERSION"; }

service_healthy() {
  local body
  body=$(curl -fsS --max-time 3 "http://127.0.0.1:${SERVICE_PORT[$1]}/actuator/health" 2>/dev/null) || return 1
  [[ $body == *'"status":"UP"'* ]]
}

# True when every service is running (recorded pid alive) and healthy.
all_services_up() {
  local s
  for s in "${SERVICES[@]}"; do
    live_pid "$s" >/dev/null && service_healthy "$s" || return 1
  done
}

build_jars() {
  require_mvn
  step "building jars (mvn -B -DskipTests install; log: $PF_LOGS/build.log)"
  if ! mvn_logged "$PF_LOGS/build.log" -DskipTests install; then
    grep -E '^\[ERROR\]' "$PF_LOGS/build.log" | head -n 40 >&2
    die "build failed (log: $PF_LOGS/build.log)"
  fi
  step "build done"
}

# Starts (in parallel) the named services (default: all six) whose jar exists and
# that are not running, then waits up to 180 s for all of them to report UP.
services_up() {
  local s jar pid opts waiting=() names=("$@")
  [[ ${#names[@]} -gt 0 ]] || names=("${SERVICES[@]}")
  for s in "${names[@]}"; do
    jar=$(service_jar "$s")
    if pid=$(live_pid "$s"); then
      step "$s already running (pid $pid)"
      waiting+=("$s")
      continue
    fi
    rm -f "$PF_RUN/$s.pid"
    if [[ ! -f $jar ]]; then
      warn "$s: ${jar#"$PF_REPO/"} does not exist yet: not started"
      continue
    fi
    require_ports_free "$s" "${SERVICE_PORT[$s]}"
    # Run a copy: `mvn verify` rebuilds target/*.jar in place while the services run, and a jar rewritten
    # under a running JVM breaks its lazy class loading.
    cp "$jar" "$PF_RUN/$s.jar"
    mapfile -t opts < <(service_jvm_opts "$s")
    spawn "$s" env TF_CPP_MIN_LOG_LEVEL=2 \
      "$PF_JAVA" "${opts[@]}" --enable-native-access=ALL-UNNAMED -jar "$PF_RUN/$s.jar"
    step "$s starting (port ${SERVICE_PORT[$s]})"
    waiting+=("$s")
  done
  [[ ${#waiting[@]} -gt 0 ]] || return 0
  run_parallel service_wait "${waiting[@]}"
}

service_wait() {
  wait_healthy "$1" "${PRICEFLOW_SERVICE_TIMEOUT:-180}" service_healthy
  step "$1 ready (http://127.0.0.1:${SERVICE_PORT[$1]})"
}

stop_services() { stop_parallel 30 "${SERVICES[@]}"; }

# Loads the demo catalogue/shoppers/history once (marker run/demo-loaded).
load_demo_data() {
  local marker="$PF_RUN/demo-loaded"
  if [[ -f $marker ]]; then
    step "demo data already loaded (delete $marker to reload)"
    return 0
  fi
  if [[ ! -f "$PF_REPO/infra/src/main/java/dev/priceflow/infra/demo/DemoLoader.java" ]]; then
    warn "demo data: dev.priceflow.infra.demo.DemoLoader does not exist yet: skipped"
    return 0
  fi
  step "loading demo data (log: $PF_LOGS/demo-data.log)"
  # infra's shaded demo jar needs no Maven (and no installed reactor); else exec:java.
  local jar="$PF_REPO/infra/target/infra-demo.jar" rc=0
  if [[ -f $jar ]]; then
    "$PF_JAVA" -cp "$jar" dev.priceflow.infra.demo.DemoLoader >"$PF_LOGS/demo-data.log" 2>&1 || rc=$?
  else
    mvn_logged "$PF_LOGS/demo-data.log" -q -pl infra exec:java \
      -Dexec.mainClass=dev.priceflow.infra.demo.DemoLoader || rc=$?
  fi
  if [[ $rc -ne 0 ]]; then
    tail -n 30 "$PF_LOGS/demo-data.log" >&2
    die "demo data load failed (log: $PF_LOGS/demo-data.log)"
  fi
  date -u +%FT%TZ >"$marker"
  step "demo data loaded"
}
