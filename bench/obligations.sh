#!/usr/bin/env bash
# Benchmark (issue 13, Performance): obligations on the bench database (BENCH_DATA_DIR, port 54359), which bench/seed
# fills (its "obligations" part: ten rules over the 10,000 BN organizations, 2025–2026 instances and fulfilments
# with evidence metadata). Organizations and obligations only, in ~10 minutes:
#   BENCH_STAFFED_ORGS=0 BENCH_PUBS=0 BENCH_EVENTS=0 bench/seed
# Then prints: instance generation for a fresh year (2027, deleted first) as the job runs it, and the compliance
# roll-up (GET /api/v1/compliance) over HTTP with a signed token next to its SQL over JDBC, for the bench root and
# for BN-1 (a district), periods 2026 and 2026-Q3 (BENCH_PERIODS=2026-07,2026 to choose), BENCH_RUNS calls each.
#   BENCH_SKIP_GENERATION=true bench/obligations.sh   only the roll-up
set -euo pipefail
cd "$(dirname "$0")/../backend"
export BENCH_DATA_DIR=${BENCH_DATA_DIR:-$HOME/.local/share/duty-ledger/bench}
export BENCH_PG_PORT=${BENCH_PG_PORT:-54359}
./mvnw -B -q test -Dtest=ObligationBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.runs="${BENCH_RUNS:-50}" -Dbench.periods="${BENCH_PERIODS:-2026,2026-Q3}" \
  -Dbench.skipGeneration="${BENCH_SKIP_GENERATION:-false}" 2>&1 \
  | grep -E '^(bench:|generation:|roll-up )' || { echo "benchmark failed; run it without the filter to see why" >&2; exit 1; }
