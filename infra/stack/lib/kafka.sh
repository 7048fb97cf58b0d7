# shellcheck shell=bash
# Kafka 4.1 (the version Spring Boot manages), KRaft single node:
# broker 127.0.0.1:19092, controller 127.0.0.1:19093.

kafka_ports() { echo 19092 19093; }

kafka_start() {
  local dir="$PF_DATA/kafka" klib id
  klib=$(kafka_lib_dir)
  mkdir -p "$dir"
  sed "s|@DATA_DIR@|$dir|g" "$PF_STACK/kafka/server.properties" >"$dir/server.properties"
  if [[ ! -f "$dir/logs/meta.properties" ]]; then
    # Cluster id: 16 random bytes, base64url (Kafka avoids ids starting with '-').
    id=-
    while [[ $id == -* ]]; do
      id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    done
    if ! "$PF_JAVA" -cp "$klib/*" -Dlog4j2.configurationFile="$PF_STACK/kafka/log4j2.properties" \
        kafka.tools.StorageTool format -t "$id" -c "$dir/server.properties" >"$PF_LOGS/kafka-format.log" 2>&1; then
      cat "$PF_LOGS/kafka-format.log" >&2
      die "kafka storage format failed"
    fi
  fi
  spawn kafka "$PF_JAVA" -Xms512m -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Djava.awt.headless=true -Dlog4j2.configurationFile="$PF_STACK/kafka/log4j2.properties" \
    -cp "$klib/*" kafka.Kafka "$dir/server.properties"
}

kafka_healthy() { tcp_open 19092; }

# Ready once the broker reports started; then the topics are created.
kafka_ready() {
  grep -q 'Kafka Server started' "$PF_LOGS/kafka.log" 2>/dev/null && tcp_open 19092
}

# Creates missing topics; skipped when this broker process already got this topics file.
kafka_post_start() {
  local specs=() name parts out stamp
  stamp="$(cat "$PF_RUN/kafka.pid") $(sha256sum <"$PF_STACK/kafka/topics")"
  [[ "$(cat "$PF_RUN/kafka-topics.done" 2>/dev/null)" == "$stamp" ]] && return 0
  while read -r name parts; do
    [[ -z $name || $name == \#* ]] && continue
    specs+=("$name:$parts")
  done <"$PF_STACK/kafka/topics"
  if ! out=$("$PF_JAVA" -Dlog4j2.level=warn -cp "$(kafka_lib_dir)/*" \
      "$PF_STACK/kafka/CreateTopics.java" 127.0.0.1:19092 "${specs[@]}" 2>&1); then
    printf '%s\n' "$out" >&2
    die "kafka topic creation failed"
  fi
  step "kafka $(grep -E '^(topics|WARNING)' <<<"$out" | paste -sd';' -)"
  if ! kafka_coordinator_check; then
    # Seen with Kafka 4.1 after a kill -9: one coordinator shard stays "out of sync with the underlying log" and
    # answers NOT_COORDINATOR to its groups (their consumers stall) until the broker is restarted cleanly.
    warn "kafka: a group coordinator shard did not come back after the restart: restarting the broker cleanly"
    stop_component kafka 60
    kafka_start
    wait_healthy kafka "${SERVER_TIMEOUT[kafka]}" kafka_ready
    kafka_coordinator_check || die "kafka: the group coordinator still fails after a clean restart (log: $PF_LOGS/kafka.log)"
    stamp="$(cat "$PF_RUN/kafka.pid") $(sha256sum <"$PF_STACK/kafka/topics")"
  fi
  printf '%s' "$stamp" >"$PF_RUN/kafka-topics.done"
}

# Every shard of the group coordinator answers a commit (CoordinatorProbe.java); 1 when one does not in 45 s.
kafka_coordinator_check() {
  local out
  if out=$("$PF_JAVA" -Dlog4j2.level=warn -cp "$(kafka_lib_dir)/*" "$PF_STACK/kafka/CoordinatorProbe.java" \
      127.0.0.1:19092 commerce.events "$(kafka_offsets_shards)" 45 2>&1); then
    step "kafka $(grep -E '^coordinator' <<<"$out")"
    return 0
  fi
  grep -E '^(coordinator|shard)' <<<"$out" >&2 || printf '%s\n' "$out" | tail -n 20 >&2
  return 1
}

kafka_offsets_shards() { sed -n 's/^offsets\.topic\.num\.partitions=//p' "$PF_STACK/kafka/server.properties"; }
