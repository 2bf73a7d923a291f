#!/usr/bin/env bash
# Benchmark: 100,000 generated rows (50,000 organizations in a tree ten wide, 50,000 people) imported
# through the import API on a throwaway embedded PostgreSQL — dry run and commit timed — compared with
# PostgreSQL COPY of the same rows into the same tables (in a transaction that is rolled back).
# Run by hand: bench/import.sh [ROWS]   (default 100000; takes a while; prints its figures at the end)
set -euo pipefail
rows="${1:-100000}"
cd "$(dirname "$0")/../backend"
./mvnw -B -q test -Dtest=ImportBench -Dbench.rows="$rows" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^import ' || { echo "benchmark failed; run it without the filter to see why" >&2; exit 1; }
