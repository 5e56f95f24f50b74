#!/usr/bin/env bash
# Runs the benchmarks and rewrites their sections of docs/performance.md.
#
#   ops/bench.sh [storage|draw|evidence|all] [--seconds N]
#
# The storage benchmark measures SQLite and, on a throwaway PostgreSQL cluster started here (the same
# one the tests use), PostgreSQL. Run it on a quiet machine: the figures are wall-clock.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/throwaway-postgres.sh"

what="${1:-all}"
shift || true
install_postgresql
start_cluster
export REMOTEEVALUATION_BENCH_POSTGRES="$REMOTEEVALUATION_TEST_POSTGRES"
cd "$repo_root"
dotnet build -c Release ops/benchmarks/RemoteEvaluation.Benchmarks -v quiet -nologo
for benchmark in storage draw evidence; do
  if [[ "$what" == all || "$what" == "$benchmark" ]]; then
    dotnet ops/benchmarks/RemoteEvaluation.Benchmarks/bin/Release/net10.0/RemoteEvaluation.Benchmarks.dll "$benchmark" "$@"
  fi
done
