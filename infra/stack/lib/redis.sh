# shellcheck shell=bash
# Redis (Debian's redis-server 7) on 127.0.0.1:16379, append-only file persistence.

redis_ports() { echo 16379; }

redis_start() {
  mkdir -p "$PF_DATA/redis"
  spawn redis redis-server --port 16379 --bind 127.0.0.1 --protected-mode yes \
    --daemonize no --appendonly yes --dir "$PF_DATA/redis" --save 60 1000
}

redis_healthy() {
  if command -v redis-cli >/dev/null 2>&1; then
    [[ "$(timeout 3 redis-cli -h 127.0.0.1 -p 16379 ping 2>/dev/null)" == PONG ]]
  else
    tcp_open 16379
  fi
}

redis_ready() { redis_healthy; }
redis_post_start() { :; }
