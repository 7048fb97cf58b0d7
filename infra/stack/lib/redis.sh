# shellcheck shell=bash
# Redis (Debian's redis-server 7) on 127.0.0.1:16379, append-only file persistence. Keyspace notifications
# for string commands ('K$') tell every gateway at once when pricing:version changes (its in-process price
# cache relies on them; without them it asks Redis for every price).

redis_ports() { echo 16379; }

redis_start() {
  mkdir -p "$PF_DATA/redis"
  spawn redis redis-server --port 16379 --bind 127.0.0.1 --protected-mode yes \
    --daemonize no --appendonly yes --dir "$PF_DATA/redis" --save 60 1000 \
    --notify-keyspace-events 'K$'
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
