# Sourced by ops/test.sh and ops/bench.sh: installs Debian's PostgreSQL when missing and runs a throwaway
# cluster in a temporary folder on a free loopback port. `start_cluster` exports REMOTEEVALUATION_TEST_POSTGRES;
# the cluster and the folder are removed on exit, failure or Ctrl-C.
# shellcheck shell=bash

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=ports.sh
source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
# /tmp, not $TMPDIR: the postgres user must be able to reach the cluster folder.
work="$(mktemp -d /tmp/re-test-XXXXXX)"
pg_bin=""
pg_data="$work/pg/data"
pg_started=0

log() { echo "$(basename "$0"): $*" >&2; }

# Runs a PostgreSQL command as a user it accepts: PostgreSQL refuses to run as root.
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    (cd "$work" && runuser -u postgres -- "$@")
  else
    (cd "$work" && "$@")
  fi
}

cleanup() {
  if [[ $pg_started -eq 1 ]]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
    pg_started=0
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

install_postgresql() {
  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    log "PostgreSQL server binaries not found; installing Debian's postgresql package"
    local sudo=""
    if [[ $EUID -ne 0 ]]; then
      sudo="sudo"
    fi
    # Only the binaries are wanted: stop the package from creating and starting a default cluster on 5432.
    if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
      $sudo mkdir -p /etc/postgresql-common
      echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Options::=--force-confold postgresql >/dev/null
  fi
  # The newest installed major version.
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
}

# The cross-client test runs Microsoft's JavaScript SignalR client (tests/js) under node; npm ci is run by the test.
install_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    log "node or npm not found; installing Debian's nodejs and npm packages"
    local sudo=""
    if [[ $EUID -ne 0 ]]; then
      sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
}

# The browser tests (tests/RemoteEvaluation.Web.Tests) drive Debian's `chromium` through Microsoft.Playwright; the
# Playwright browser download cannot run here. `fonts-noto-cjk` makes Chinese text render in their screenshots.
install_browser() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK-*" >/dev/null || missing+=(fonts-noto-cjk)
  if [[ ${#missing[@]} -gt 0 ]]; then
    log "installing Debian's ${missing[*]} for the browser tests"
    local sudo=""
    if [[ $EUID -ne 0 ]]; then
      sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

start_cluster() {
  mkdir -p "$work/pg"
  if [[ $EUID -eq 0 ]]; then
    chown postgres:postgres "$work" "$work/pg"
  fi

  local password
  password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf '%s\n' "$password" >"$work/pg/pwfile"
  as_pg "$pg_bin/initdb" -D "$pg_data" -U re_test --pwfile="$work/pg/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --no-locale -E UTF8 >"$work/pg/initdb.log" 2>&1 \
    || { cat "$work/pg/initdb.log" >&2; return 1; }
  rm -f "$work/pg/pwfile"

  # Pick a free loopback port; if another process takes it first, pg_ctl fails and we try another.
  local attempt port
  for attempt in 1 2 3 4 5 6 7 8; do
    port="$(free_port)"
    if as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg -c fsync=on -c max_connections=200" >/dev/null; then
      pg_started=1
      export REMOTEEVALUATION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=re_test;Password=$password;Database=postgres"
      log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"
      return 0
    fi
    log "could not start PostgreSQL on port $port (attempt $attempt)"
    tail -n 5 "$work/pg/server.log" >&2 || true
  done
  return 1
}

