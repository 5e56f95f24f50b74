#!/usr/bin/env bash
# Regenerates the issue-8 section of docs/performance.md with the session simulator (samples/SessionSimulator):
#   - score-to-host latency, one node, SQLite and PostgreSQL, each beside the bare relay hub in the same run;
#   - cross-node delivery (experts on node 1, hosts on node 2, one PostgreSQL; ops/cluster.sh);
#   - memory per connection and per active session on one node;
#   - sustained durable events per second per node before the score-to-host p99 passes 100 ms (a ramp);
#   - the disk's own fdatasync latency, alone, first: the floor under every durable append (ops/disk-probe.py).
#
#   ops/perf.sh            the issue's scale: 200 sessions x 7 experts, 5,000 connections
#   PERF_SESSIONS=20 PERF_CONNECTIONS=500 ops/perf.sh      reduced scale while developing
#
# Scale (environment): PERF_SESSIONS (200), PERF_EXPERTS (7), PERF_BIDS (3), PERF_DURATION (scoring window, 60 s),
# PERF_CONNECTIONS (5000), PERF_MEMORY_SESSIONS (100), PERF_RAMP_SESSIONS (20), PERF_RAMP_START (20/s), PERF_RAMP_STEP
# (40/s), PERF_RAMP_SECONDS (15 s per step); PERF_PARTS ("disk sqlite cluster": which parts to run; the report keeps
# the latest results of parts not run this time, from docs/perf-results/). Figures are wall-clock on whatever else the machine runs: the load
# average is recorded beside each. The nodes run with the load-test settings (Diagnostics:SimulatorSeating and
# friends, ASPNETCORE_ENVIRONMENT=Benchmark): never copy them to production.
set -euo pipefail

ops="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/ports.sh
source "$ops/lib/ports.sh"
repo_root="$(cd "$ops/.." && pwd)"
sessions="${PERF_SESSIONS:-200}"
experts="${PERF_EXPERTS:-7}"
bids="${PERF_BIDS:-3}"
duration="${PERF_DURATION:-60}"
connections="${PERF_CONNECTIONS:-5000}"
memory_sessions="${PERF_MEMORY_SESSIONS:-100}"
ramp_sessions="${PERF_RAMP_SESSIONS:-20}"
ramp_start="${PERF_RAMP_START:-20}"
ramp_step="${PERF_RAMP_STEP:-40}"
ramp_seconds="${PERF_RAMP_SECONDS:-15}"

out="$(mktemp -d /tmp/re-perf-XXXXXX)"
# Each part's results are kept (the simulator's JSON and a manifest line with date, load and command), so a run of some
# parts (PERF_PARTS) rewrites the report with the latest of every part, each with its own date.
results="$repo_root/docs/perf-results"
chmod 755 "$out" # the cluster's PostgreSQL runs as the postgres user and must reach its folder inside
export RE_CLUSTER_DIR="$out/cluster" # a cluster of our own, never another run's
node_pid=""
log() { echo "perf.sh: $*" >&2; }

cleanup() {
  if [[ -n "$node_pid" ]] && kill -0 "$node_pid" 2>/dev/null; then
    kill "$node_pid" 2>/dev/null || true
    wait "$node_pid" 2>/dev/null || true
  fi
  "$ops/cluster.sh" stop >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The load-test settings every node here runs with (docs/operations.md, "Load tests").
export ASPNETCORE_ENVIRONMENT=Benchmark Diagnostics__SimulatorSeating=true Diagnostics__RelayHub=true Diagnostics__Memory=true
export Auth__LoginPermitLimit=1000000 # every simulated expert redeems a check-in code from this one address

log "building the server and the simulator (Release)"
cd "$repo_root"
dotnet build src/RemoteEvaluation.Server -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }
dotnet build samples/SessionSimulator -c Release -v quiet -nologo >>"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; exit 1; }
export RE_SERVER_DLL="$repo_root/src/RemoteEvaluation.Server/bin/Release/net10.0/RemoteEvaluation.Server.dll"
simulator="$repo_root/samples/SessionSimulator/bin/Release/net10.0/SessionSimulator.dll"

# record NAME ARGS...: runs the simulator, keeping its JSON, its printout, the command, the date and the load average.
record() {
  local name="$1"
  shift
  local started load
  started="$(date -u '+%Y-%m-%d %H:%M UTC')"
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  log "$name: SessionSimulator $*"
  timeout 1800 dotnet "$simulator" "$@" --json "$out/$name.json" | tee "$out/$name.txt" >&2 || log "$name: some sessions failed (see the report)"
  mkdir -p "$results"
  [[ -s "$out/$name.json" ]] && cp "$out/$name.json" "$results/$name.json"
  keep "$name" "$started" "$load" "SessionSimulator $*"
}

# keep NAME STARTED LOAD COMMAND: files a part's run in the manifest (its JSON is already in $results) and rewrites the
# report, after every part, so that a run cut short still leaves what it measured.
keep() {
  python3 - "$results/manifest.jsonl" "$@" <<'PY'
import json, sys
path, name, date, load, command = sys.argv[1:]
with open(path, "a") as f:
    f.write(json.dumps({"name": name, "date": date, "load": load, "command": command}) + "\n")
PY
  python3 "$ops/perf-report.py" "$results" "$repo_root/docs/performance.md"
}

# A single SQLite node on a free port with a fresh database; sets node_url.
start_sqlite_node() {
  local port
  port="$(free_port)"
  rm -rf "$out/sqlite" && mkdir -p "$out/sqlite"
  (
    cd "$(dirname "$RE_SERVER_DLL")"
    export Urls="http://127.0.0.1:$port" Storage__Provider=Sqlite ConnectionStrings__Events="Data Source=$out/sqlite/events.db" \
      Demo__Seed=true Demo__LoadProvince=false
    exec dotnet "$RE_SERVER_DLL" >"$out/sqlite/node.log" 2>&1 </dev/null
  ) &
  node_pid=$!
  node_url="http://127.0.0.1:$port"
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null "$node_url/health/ready" 2>/dev/null && return 0
    kill -0 "$node_pid" 2>/dev/null || { tail -n 20 "$out/sqlite/node.log" >&2; exit 1; }
    sleep 0.2
  done
  log "the SQLite node was not ready within 120 s"
  exit 1
}

stop_sqlite_node() {
  kill "$node_pid" && wait "$node_pid" 2>/dev/null || true
  node_pid=""
}

# warm_up ARGS...: a short run the report leaves out, so that the measured runs meet a node whose code the runtime has
# already compiled and tiered up (a fresh process JIT-compiles thousands of methods in its first minutes, during a
# measured run otherwise), as a node in service has been running for hours. The relay's few methods need none.
warm_up() {
  log "warm-up: SessionSimulator $* (not reported)"
  timeout 600 dotnet "$simulator" "$@" --sessions 40 --experts "$experts" --bids "$bids" --pace flat --duration 20 >"$out/warm-up.txt" 2>&1 ||
    log "warm-up: some sessions failed (see $out/warm-up.txt)"
}

load=(--sessions "$sessions" --experts "$experts" --bids "$bids" --pace realistic --duration "$duration")
ramp=(--mode ramp --sessions "$ramp_sessions" --experts "$experts" --bids "$bids" --duration "$ramp_seconds"
  --ramp-start "$ramp_start" --ramp-step "$ramp_step" --ramp-limit-ms 100)

parts="${PERF_PARTS:-disk sqlite cluster}"
if [[ " $parts " == *" disk "* ]]; then
  # The disk's commit floor, alone on the machine before any node starts (ops/disk-probe.py).
  started="$(date -u '+%Y-%m-%d %H:%M UTC')"
  load_now="$(cut -d' ' -f1-3 /proc/loadavg)"
  log "disk: fdatasync of 4 KiB, 100 a second for 60 s, in $out"
  mkdir -p "$results"
  python3 "$ops/disk-probe.py" "$out" 60 100 "$results/disk.json"
  keep disk "$started" "$load_now" "python3 ops/disk-probe.py FOLDER 60 100 OUT"
fi

if [[ " $parts " == *" sqlite "* ]]; then
  start_sqlite_node
  warm_up --url "$node_url"
  record latency-sqlite --url "$node_url" --relay "${load[@]}"
  stop_sqlite_node
  start_sqlite_node
  record memory --url "$node_url" --mode memory --connections "$connections" --sessions "$memory_sessions" --experts "$experts" --bids "$bids" --pace flat
  stop_sqlite_node
  start_sqlite_node
  warm_up --url "$node_url"
  record ramp-sqlite --url "$node_url" "${ramp[@]}"
  stop_sqlite_node
fi

if [[ " $parts " == *" cluster "* ]]; then
  log "starting the cluster (PostgreSQL, two nodes, nginx)"
  RE_CLUSTER_DEMO=true "$ops/cluster.sh" start >/dev/null
  # shellcheck disable=SC1091
  source "$RE_CLUSTER_DIR/cluster.env"
  warm_up --url "$RE_CLUSTER_NODE1_URL" --host-url "$RE_CLUSTER_NODE2_URL"
  record latency-postgresql --url "$RE_CLUSTER_NODE1_URL" --relay "${load[@]}"
  record cross-node --url "$RE_CLUSTER_NODE1_URL" --host-url "$RE_CLUSTER_NODE2_URL" "${load[@]}"
  record ramp-postgresql --url "$RE_CLUSTER_NODE1_URL" "${ramp[@]}"
  "$ops/cluster.sh" stop >/dev/null
fi

log "docs/performance.md rewritten (section simulator)"
