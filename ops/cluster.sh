#!/usr/bin/env bash
# Two server nodes on one PostgreSQL behind nginx, all on loopback, for the simulator, the fault tests and by hand.
#
#   ops/cluster.sh start | stop | status | env
#   ops/cluster.sh kill-node N | start-node N                         (fault injection, N = 1 or 2)
#   ops/cluster.sh stop-postgres | start-postgres | restart-postgres
#
# start: installs Debian's postgresql and nginx packages when missing, runs a private PostgreSQL cluster, two nodes
# (node-1, node-2: own port and node name, the same database, the same data-protection key ring, so a token from one
# node works on the other) and a private nginx that balances HTTP and WebSockets round-robin with no sticky sessions.
# Prints the public URL. Idempotent: a running cluster is left as it is; a half-started one is removed first.
# stop: stops everything and removes the folder. status: what runs. env: the sourceable settings
# (RE_CLUSTER_URL, RE_CLUSTER_NODE1_URL, RE_CLUSTER_POSTGRES, …).
#
# Settings (environment): RE_CLUSTER_DIR (default /tmp/re-cluster; one cluster per folder), RE_CLUSTER_PORT (nginx,
# default a free port), RE_SERVER_DLL (default: builds src/RemoteEvaluation.Server in Release), RE_CLUSTER_DEMO
# (default true: demo accounts, password Demo@2026, and the demo province), RE_CLUSTER_KEY_CERT and
# RE_CLUSTER_KEY_CERT_PASSWORD (a PKCS#12 certificate that encrypts the shared key ring at rest, as production must;
# unset: a throwaway self-signed one is made in the cluster folder with openssl, since the nodes run in the Production
# environment, which refuses to start without one). The nodes inherit the environment, so
# server settings pass through as usual, e.g. `Presence__SilenceAfter=00:00:03 ops/cluster.sh start`.
# Hub clients must skip negotiation (connect the WebSocket directly, as RemoteEvaluation.Client does): a negotiate
# answered by one node is unknown to the other (docs/operations.md).
set -euo pipefail

ops="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$ops/lib/throwaway-postgres.sh"
source "$ops/lib/nginx.sh"
# The library's temporary folder and exit trap are for one-shot runs; this cluster outlives the script.
trap - EXIT INT TERM
rm -rf "$work"

dir="${RE_CLUSTER_DIR:-/tmp/re-cluster}"
work="$dir"
pg_data="$dir/pg/data"
env_file="$dir/cluster.env"

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

load_env() {
  [[ -f "$env_file" ]] || return 1
  # shellcheck disable=SC1090
  source "$env_file"
}

wait_ready() {
  local url="$1" name="$2" pid="$3"
  for _ in $(seq 1 600); do
    alive "$pid" || { log "$name exited; last lines of its log:"; tail -n 20 "$dir/$name.log" >&2; return 1; }
    if curl -fsS -o /dev/null "$url/health/ready" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  log "$name was not ready within 120 s"
  return 1
}

server_dll() {
  if [[ -n "${RE_SERVER_DLL:-}" ]]; then
    echo "$RE_SERVER_DLL"
    return
  fi
  log "building src/RemoteEvaluation.Server (Release)"
  dotnet build "$repo_root/src/RemoteEvaluation.Server" -c Release -v quiet -nologo >"$dir/build.log" 2>&1 \
    || { tail -n 30 "$dir/build.log" >&2; return 1; }
  echo "$repo_root/src/RemoteEvaluation.Server/bin/Release/net10.0/RemoteEvaluation.Server.dll"
}

# Each node's connection pool: two nodes' pools, their listeners and the tests' own connections must stay under
# max_connections (200), or a node growing its pool under load is refused "too many clients" and retries.
node_pool=60

# start_node N: starts node-N on its recorded port with the shared settings; records its pid.
start_node() {
  local n="$1" port_var="RE_CLUSTER_NODE${1}_PORT"
  local port="${!port_var}"
  (
    cd "$(dirname "$RE_CLUSTER_DLL")"
    export Urls="http://127.0.0.1:$port" Node__Name="node-$n" \
      Storage__Provider=PostgreSql ConnectionStrings__Events="$RE_CLUSTER_POSTGRES;Maximum Pool Size=$node_pool" \
      DataProtection__KeysPath="$dir/keys" Demo__Seed="${RE_CLUSTER_DEMO:-true}"
    if [[ -n "${RE_CLUSTER_KEY_CERT:-}" ]]; then
      export DataProtection__CertificatePath="$RE_CLUSTER_KEY_CERT" \
        DataProtection__CertificatePassword="${RE_CLUSTER_KEY_CERT_PASSWORD:-}"
    fi
    exec setsid dotnet "$RE_CLUSTER_DLL" >>"$dir/node-$n.log" 2>&1 </dev/null
  ) &
  echo "$!" >"$dir/node-$n.pid"
  wait_ready "http://127.0.0.1:$port" "node-$n" "$!"
}

write_env() {
  cat >"$env_file" <<ENV
RE_CLUSTER_DIR='$dir'
RE_CLUSTER_URL='http://127.0.0.1:$RE_CLUSTER_PORT'
RE_CLUSTER_PORT='$RE_CLUSTER_PORT'
RE_CLUSTER_NODE1_URL='http://127.0.0.1:$RE_CLUSTER_NODE1_PORT'
RE_CLUSTER_NODE1_PORT='$RE_CLUSTER_NODE1_PORT'
RE_CLUSTER_NODE2_URL='http://127.0.0.1:$RE_CLUSTER_NODE2_PORT'
RE_CLUSTER_NODE2_PORT='$RE_CLUSTER_NODE2_PORT'
RE_CLUSTER_POSTGRES='$RE_CLUSTER_POSTGRES'
RE_CLUSTER_PG_BIN='$pg_bin'
RE_CLUSTER_DLL='$RE_CLUSTER_DLL'
ENV
  # A node started again later (start-node) must read the ring with the same certificate.
  if [[ -n "${RE_CLUSTER_KEY_CERT:-}" ]]; then
    printf "RE_CLUSTER_KEY_CERT='%s'\nRE_CLUSTER_KEY_CERT_PASSWORD='%s'\n" "$RE_CLUSTER_KEY_CERT" "${RE_CLUSTER_KEY_CERT_PASSWORD:-}" >>"$env_file"
    chmod 600 "$env_file"
  fi
}

running() {
  load_env 2>/dev/null || return 1
  alive "$(cat "$dir/node-1.pid" 2>/dev/null)" && alive "$(cat "$dir/node-2.pid" 2>/dev/null)" \
    && alive "$(cat "$dir/nginx/nginx.pid" 2>/dev/null)" && [[ -f "$pg_data/postmaster.pid" ]]
}

# make_key_cert: a throwaway self-signed key-ring certificate in the cluster folder (removed by stop), for nodes that
# run in Production, which refuses to start without one.
make_key_cert() {
  command -v openssl >/dev/null || { log "openssl makes the key ring's certificate: install it, or set RE_CLUSTER_KEY_CERT"; exit 2; }
  RE_CLUSTER_KEY_CERT="$dir/key-ring.pfx"
  RE_CLUSTER_KEY_CERT_PASSWORD="$(openssl rand -hex 16)"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=RemoteEvaluation local cluster key ring" \
    -keyout "$dir/key-ring.key" -out "$dir/key-ring.crt" 2>/dev/null
  openssl pkcs12 -export -in "$dir/key-ring.crt" -inkey "$dir/key-ring.key" -out "$RE_CLUSTER_KEY_CERT" \
    -passout "pass:$RE_CLUSTER_KEY_CERT_PASSWORD"
  rm -f "$dir/key-ring.key" "$dir/key-ring.crt"
  chmod 600 "$RE_CLUSTER_KEY_CERT"
}

cmd_start() {
  if running; then
    log "already running"
    echo "$RE_CLUSTER_URL"
    return 0
  fi
  [[ -d "$dir" ]] && cmd_stop
  command -v dotnet >/dev/null || { log "the .NET SDK (see global.json) is not on PATH"; exit 2; }
  install_postgresql
  install_nginx
  mkdir -p "$dir/keys"
  if [[ -n "${RE_CLUSTER_KEY_CERT:-}" ]]; then
    # Absolute: the nodes run from the server's folder.
    RE_CLUSTER_KEY_CERT="$(realpath "$RE_CLUSTER_KEY_CERT")"
    [[ -r "$RE_CLUSTER_KEY_CERT" ]] || { log "RE_CLUSTER_KEY_CERT $RE_CLUSTER_KEY_CERT is not readable"; exit 2; }
  else
    make_key_cert
  fi
  # Whatever stops the start half-way (a failed step, an unset value, Ctrl-C) removes what was started.
  trap 'log "start failed; removing the cluster"; cmd_stop' EXIT

  RE_CLUSTER_DLL="$(server_dll)"
  start_cluster
  local cs="$REMOTEEVALUATION_TEST_POSTGRES"
  # Keep the start options in the configuration, so that `start-postgres` brings it back on the same port.
  printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\nmax_connections = 200\n" \
    "$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$cs")" "$dir/pg" >>"$pg_data/postgresql.conf"
  # One database for the service, like production, instead of the maintenance database.
  PGPASSWORD="$(sed -E 's/.*Password=([^;]*).*/\1/' <<<"$cs")" "$pg_bin/psql" -q -X \
    -h 127.0.0.1 -p "$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$cs")" -U re_test -d postgres \
    -c 'CREATE DATABASE remote_evaluation' >/dev/null
  RE_CLUSTER_POSTGRES="${cs/Database=postgres/Database=remote_evaluation}"
  RE_CLUSTER_NODE1_PORT="$(free_port)"
  RE_CLUSTER_NODE2_PORT="$(free_port)"
  RE_CLUSTER_PORT="${RE_CLUSTER_PORT:-$(free_port)}"
  write_env

  # One node first: it applies the schema, seeds the demo and creates the key ring's first key, which the second
  # node then reads (two nodes creating a first key at once would each trust only their own).
  start_node 1
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -d '{"username":"admin","password":"Demo@2026"}' \
    "http://127.0.0.1:$RE_CLUSTER_NODE1_PORT/api/auth/login" 2>/dev/null || true
  start_node 2

  write_nginx_config "$dir/nginx" "$RE_CLUSTER_PORT" "$RE_CLUSTER_NODE1_PORT" "$RE_CLUSTER_NODE2_PORT"
  "$(nginx_bin)" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/logs/error.log" >"$dir/nginx/start.log" 2>&1 \
    || { cat "$dir/nginx/start.log" >&2; false; }
  for _ in $(seq 1 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$RE_CLUSTER_PORT/health/ready" 2>/dev/null && break
    sleep 0.1
  done
  trap - EXIT
  load_env
  log "node-1 $RE_CLUSTER_NODE1_URL, node-2 $RE_CLUSTER_NODE2_URL, PostgreSQL in $dir/pg; settings: $env_file"
  echo "$RE_CLUSTER_URL"
}

cmd_stop() {
  local pid
  if [[ -f "$dir/nginx/nginx.pid" ]]; then
    pid="$(cat "$dir/nginx/nginx.pid")"
    alive "$pid" && kill -QUIT "$pid" 2>/dev/null || true
  fi
  for n in 1 2; do
    pid="$(cat "$dir/node-$n.pid" 2>/dev/null || true)"
    if alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
      alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
    fi
  done
  if [[ -f "$pg_data/postmaster.pid" ]]; then
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

cmd_status() {
  if ! load_env 2>/dev/null; then
    echo "stopped"
    return 3
  fi
  local state=0 n pid
  for n in 1 2; do
    pid="$(cat "$dir/node-$n.pid" 2>/dev/null || true)"
    if alive "$pid"; then echo "node-$n  running  pid $pid  http://127.0.0.1:$(eval echo "\$RE_CLUSTER_NODE${n}_PORT")"; else echo "node-$n  stopped"; state=1; fi
  done
  pid="$(cat "$dir/nginx/nginx.pid" 2>/dev/null || true)"
  if alive "$pid"; then echo "nginx   running  pid $pid  $RE_CLUSTER_URL"; else echo "nginx   stopped"; state=1; fi
  if as_pg "$RE_CLUSTER_PG_BIN/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then echo "postgres running  $dir/pg"; else echo "postgres stopped"; state=1; fi
  return $state
}

cmd_kill_node() {
  load_env
  local pid
  pid="$(cat "$dir/node-$1.pid")"
  kill -KILL "$pid"
  while alive "$pid"; do sleep 0.05; done
  log "node-$1 (pid $pid) killed with SIGKILL"
}

# pg_ctl keeps the start options (port, folder) in postmaster.opts, so PostgreSQL comes back where it was.
cmd_postgres() {
  load_env
  as_pg "$RE_CLUSTER_PG_BIN/pg_ctl" -D "$pg_data" -m fast -w -l "$dir/pg/server.log" "$1" >/dev/null
  log "PostgreSQL: $1 done"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) load_env && cat "$env_file" ;;
  kill-node) cmd_kill_node "${2:?node number}" ;;
  start-node) load_env && start_node "${2:?node number}" ;;
  stop-postgres) cmd_postgres stop ;;
  start-postgres) cmd_postgres start ;;
  restart-postgres) cmd_postgres restart ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
