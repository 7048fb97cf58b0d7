# shellcheck shell=bash
# PostgreSQL 15 (Debian's) on 127.0.0.1:15432, run as the system user $PF_USER.
# Superuser `postgres` is reachable only through a private unix socket (mode 700,
# trust); TCP needs a password (scram). App role/database: priceflow/priceflow.

PG_BIN=/usr/lib/postgresql/15/bin

postgres_ports() { echo 15432; }

pg_data_dir()   { printf '%s/postgres' "$(sys_data_dir)"; }
# Short, root-owned parent (unix socket paths are limited to 107 bytes).
pg_socket_dir() { printf '/run/priceflow-%s' "$PF_HASH"; }

postgres_start() {
  local data sock
  require_root "PostgreSQL"
  data=$(pg_data_dir) sock=$(pg_socket_dir)
  if [[ ! -f "$data/PG_VERSION" ]]; then
    rm -rf "$data" && mkdir -p "$data"
    chown "$PF_USER:" "$data" && chmod 700 "$data"
    if ! (cd / && as_pf_user "$PG_BIN/initdb" -D "$data" -U postgres -E UTF8 \
        --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256) >"$PF_LOGS/postgres-initdb.log" 2>&1; then
      tail -n 30 "$PF_LOGS/postgres-initdb.log" >&2
      die "postgres initdb failed"
    fi
    rm -f "$PF_RUN/demo-loaded"          # a fresh database has no demo data
    step "postgres data directory initialised ($data)"
  fi
  mkdir -p "$sock" && chown "$PF_USER:" "$sock" && chmod 700 "$sock"
  # From /, since the repo's directory may not be readable by $PF_USER.
  # shellcheck disable=SC2016 # expanded by the inner bash
  spawn postgres bash -c 'cd / && exec setpriv --reuid="$0" --regid="$0" --init-groups --reset-env -- "$@"' "$PF_USER" \
    "$PG_BIN/postgres" -D "$data" -p 15432 -k "$sock" \
    -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 \
    -c max_connections=200
  # synchronous_commit stays on (the default): a commit is on disk before it is acknowledged. With it off, a
  # crash of PostgreSQL lost an event user-profile had already committed and acknowledged to Kafka
  # (./priceflow chaos, postgres round), and could lose a redemption a checkout had confirmed.
}

postgres_healthy() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p 15432 -t 2; }
postgres_ready()   { postgres_healthy; }

pg_psql() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$(pg_socket_dir)" -p 15432 -U postgres "$@"; }

# Idempotent: role priceflow (password priceflow, DEMO ONLY) and its database.
postgres_post_start() {
  pg_psql -d postgres <<'SQL' >/dev/null
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'priceflow') THEN
    CREATE ROLE priceflow LOGIN CREATEDB PASSWORD 'priceflow';
  END IF;
END $$;
SQL
  if [[ "$(pg_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'priceflow'")" != 1 ]]; then
    pg_psql -d postgres -c 'CREATE DATABASE priceflow OWNER priceflow' >/dev/null
    step "postgres database priceflow created"
  fi
}
