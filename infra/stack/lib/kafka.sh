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
  printf '%s' "$stamp" >"$PF_RUN/kafka-topics.done"
}
