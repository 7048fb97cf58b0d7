# shellcheck shell=bash
# The five servers together: preflight, install, parallel start, parallel wait.

SERVERS=(kafka redis postgres elasticsearch keycloak)
# Startup timeouts in seconds (2-core machines, all five starting at once).
declare -A SERVER_TIMEOUT=([kafka]=180 [redis]=30 [postgres]=60 [elasticsearch]=300 [keycloak]=480)

servers_up() {
  local s pid to_start=()
  ensure_tools
  for s in "${SERVERS[@]}"; do
    if pid=$(live_pid "$s"); then
      step "$s already running (pid $pid)"
    else
      rm -f "$PF_RUN/$s.pid"
      # shellcheck disable=SC2046 # one word per port
      require_ports_free "$s" $("${s}_ports")
      to_start+=("$s")
    fi
  done
  if [[ ${#to_start[@]} -gt 0 ]]; then
    install_missing_packages "${to_start[@]}"
    if [[ " ${to_start[*]} " == *" postgres "* || " ${to_start[*]} " == *" elasticsearch "* ]]; then
      require_root "PostgreSQL/Elasticsearch (they run as the system user $PF_USER)"
      ensure_system_user
    fi
    fetch_distributions
    for s in "${to_start[@]}"; do
      # shellcheck disable=SC2046
      require_ports_free "$s" $("${s}_ports")
      "${s}_start"
      step "$s starting (port $("${s}_ports" | tr ' ' '/'))"
    done
  fi
  run_parallel server_wait "${SERVERS[@]}"
  export_stack_env
}

# The tools these scripts use (present on most Debian images).
ensure_tools() {
  local pkgs=() tool
  for tool in curl:curl ss:iproute2 ps:procps unzip:unzip; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || pkgs+=("${tool#*:}")
  done
  [[ ${#pkgs[@]} -eq 0 ]] || apt_install "${pkgs[@]}"
}

# Redis and PostgreSQL 15 from Debian, when a server about to start lacks its binaries.
install_missing_packages() {
  local pkgs=()
  if [[ " $* " == *" redis "* ]] && ! command -v redis-server >/dev/null 2>&1; then
    pkgs+=(redis-server)
  fi
  if [[ " $* " == *" postgres "* && ! -x "$PG_BIN/postgres" ]]; then
    pkgs+=(postgresql-15)
  fi
  [[ ${#pkgs[@]} -eq 0 ]] || apt_install "${pkgs[@]}"
}

server_wait() {
  wait_healthy "$1" "${SERVER_TIMEOUT[$1]}" "${1}_ready"
  step "$1 ready"
  "${1}_post_start"
}

stop_servers() {
  stop_parallel 45 "${SERVERS[@]}"
  rmdir "$(pg_socket_dir)" 2>/dev/null || true
}
