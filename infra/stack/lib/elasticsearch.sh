# shellcheck shell=bash
# Elasticsearch 9.2.0 (integ-test-zip distribution) on 127.0.0.1:19200 (transport
# 19300), single node, security off, 512 MB heap. It refuses to run as root, so it
# runs as $PF_USER (setpriv) from a private copy of the distribution that the user can read.

es_dir() { printf '%s/elasticsearch' "$(sys_data_dir)"; }

elasticsearch_ports() { echo 19200 19300; }

elasticsearch_start() {
  local dir home
  require_root "Elasticsearch (runs as $PF_USER)"
  dir=$(es_dir) home="$(es_dir)/home"
  if [[ "$(cat "$dir/home.version" 2>/dev/null)" != "$ES_VERSION" ]]; then
    rm -rf "$home" "$dir/config"
    mkdir -p "$dir"
    cp -a "$(es_dist_dir)" "$home"
    cp -a "$home/config" "$dir/config"
    echo "$ES_VERSION" >"$dir/home.version"
  fi
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp" "$dir/config/jvm.options.d"
  sed -e "s|@DATA@|$dir/data|" -e "s|@LOGS@|$dir/logs|" \
    "$PF_STACK/elasticsearch/elasticsearch.yml" >"$dir/config/elasticsearch.yml"
  printf -- '-Xms512m\n-Xmx512m\n' >"$dir/config/jvm.options.d/priceflow-heap.options"
  chown -R "$PF_USER:" "$dir"
  # cwd = the logs dir: jvm.options writes gc.log and hs_err files relative to it.
  # shellcheck disable=SC2016 # expanded by the inner bash
  spawn elasticsearch bash -c 'cd "$1" && shift && exec setpriv --reuid="$0" --regid="$0" --init-groups --reset-env -- "$@"' "$PF_USER" "$dir/logs" \
    env ES_JAVA_HOME="$PF_JAVA_HOME" ES_PATH_CONF="$dir/config" ES_TMPDIR="$dir/tmp" \
    "$home/bin/elasticsearch"
}

elasticsearch_healthy() {
  local body
  body=$(curl -fsS --max-time 3 'http://127.0.0.1:19200/_cluster/health?timeout=2s' 2>/dev/null) || return 1
  [[ $body == *'"status":"green"'* || $body == *'"status":"yellow"'* ]]
}
elasticsearch_ready() { elasticsearch_healthy; }

es_create_index() {
  curl -sS --max-time 30 -X PUT http://127.0.0.1:19200/products \
    -H 'Content-Type: application/json' --data-binary @- 2>&1 || true
}

# Idempotent: creates index `products` when missing (an existing index is kept as is;
# delete it to re-create it from infra/stack/elasticsearch/products.json).
elasticsearch_post_start() {
  local body="$PF_STACK/elasticsearch/products.json" out
  curl -fsS -o /dev/null -I --max-time 5 http://127.0.0.1:19200/products 2>/dev/null && return 0
  out=$(es_create_index <"$body")
  # The integ-test-zip distribution lacks the mapper-extras module (no scaled_float):
  # fall back to double there; _source still returns the value exactly as sent.
  if [[ $out == *'mapper type [scaled_float]'*'does not exist'* ]]; then
    out=$(sed 's/"type": "scaled_float", "scaling_factor": 100/"type": "double"/' "$body" | es_create_index)
    [[ $out == *'"acknowledged":true'* ]] && step "elasticsearch: no scaled_float in this distribution: products.listPrice mapped as double"
  fi
  if [[ $out != *'"acknowledged":true'* && $out != *resource_already_exists_exception* ]]; then
    die "elasticsearch: creating index products failed: $out"
  fi
  step "elasticsearch index products created"
}
