#!/usr/bin/env bash
# Benchmark (issue 15, Performance): an annual assessment of 1,000 organizations × 30 items, scored and concluded
# through the API, and a 整改台账 of 10,000 rectifications, on a throwaway embedded PostgreSQL; then the results
# (ranking), the score sheet, the ledger's pages and filters and both Excel exports over HTTP with a real token at one
# client: p50/p99/max of 50 calls after 5 warm-ups. Target: p99 ≤ 100 ms for the results and the ledger pages.
# Run by hand: bench/inspections.sh     (seeding takes a few minutes)
#              BENCH_TARGETS=200 BENCH_RECTIFICATIONS=2000 bench/inspections.sh   (smaller)
set -euo pipefail
cd "$(dirname "$0")/../backend"
./mvnw -B -q test -Dtest=InspectionBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.targets="${BENCH_TARGETS:-1000}" -Dbench.items="${BENCH_ITEMS:-30}" \
  -Dbench.rectifications="${BENCH_RECTIFICATIONS:-10000}" -Dbench.runs="${BENCH_RUNS:-50}" 2>&1 \
  | grep -E '^(seed:|GET )' || { echo "benchmark failed; run it without the filter to see why" >&2; exit 1; }
