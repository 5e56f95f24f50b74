#!/usr/bin/env bash
# Runs every test of the solution against a throwaway PostgreSQL cluster.
#
#   ops/test.sh [extra dotnet test arguments]
#
# Installs Debian's `postgresql` package when no server binaries are present (and `nodejs`/`npm` when node is
# missing, for the JavaScript client test; `nginx` for the cluster fault tests), starts a private
# cluster in a temporary folder on a free loopback port, exports REMOTEEVALUATION_TEST_POSTGRES,
# runs `dotnet test RemoteEvaluation.sln`, removes the cluster (also on failure or Ctrl-C) and ends
# with one line: `N passed, N failed` (plus `, N skipped` when any). Exits non-zero if anything failed.
# Safe to run again and again; nothing outside the temporary folder is changed but the apt install.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/throwaway-postgres.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/nginx.sh"

# Sums one count over the per-assembly summary lines of the console logger, such as
#   Passed!  - Failed:     0, Passed:   126, Skipped:     3, Total:   129, Duration: 27 s - X.Tests.dll (net10.0)
sum_count() {
  local name="$1"
  { grep -E '^\s*(Passed|Failed)! +- ' "$work/dotnet-test.log" || true; } \
    | grep -oE "$name: +[0-9]+" | grep -oE '[0-9]+' | awk '{ total += $1 } END { print total + 0 }'
}

main() {
  command -v dotnet >/dev/null || { log "the .NET SDK (see global.json) is not on PATH"; exit 2; }
  install_postgresql
  install_node
  install_nginx # the cluster fault tests start nginx through ops/cluster.sh
  install_browser
  start_cluster

  local status=0
  (cd "$repo_root" && dotnet test RemoteEvaluation.sln --logger "console;verbosity=minimal" \
    --results-directory "$work/results" "$@") 2>&1 | tee "$work/dotnet-test.log" || status=$?

  local passed failed skipped summary
  passed="$(sum_count Passed)"
  failed="$(sum_count Failed)"
  skipped="$(sum_count Skipped)"
  if [[ $status -ne 0 && $failed -eq 0 ]]; then
    log "dotnet test exited with $status (a build error or a crashed test host)"
    failed=1
  fi

  summary="$passed passed, $failed failed"
  if [[ $skipped -gt 0 ]]; then
    summary+=", $skipped skipped"
  fi
  cleanup
  echo "$summary"
  [[ $failed -eq 0 ]]
}

main "$@"
