#!/usr/bin/env bash
# Benchmark: the responsibility matrix of a 10,000-organization tree (six levels, a person per organization,
# duties in most of them: ~24,000 assignments), seeded through the services on a throwaway embedded
# PostgreSQL; then the rows computed and serialized in-process, and the endpoint over HTTP with a real token:
# the whole matrix in one answer (limit=10000, as before paging) and pages of 100/500 rows; and the Excel export.
# Run by hand: bench/matrix.sh   (the seed takes several minutes)
#              BENCH_ORGANIZATIONS=2000 bench/matrix.sh   (a smaller tree)
set -euo pipefail
cd "$(dirname "$0")/../backend"
./mvnw -B -q test -Dtest=MatrixBench -Dbench.organizations="${BENCH_ORGANIZATIONS:-10000}" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^(seed:|in-process|GET )' || { echo "benchmark failed; run it without the filter to see why" >&2; exit 1; }
