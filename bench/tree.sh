#!/usr/bin/env bash
# Benchmark: a 10,000-node organization tree built through the API on a throwaway embedded
# PostgreSQL, then the tree, subtree-list and audit endpoints timed (p50 and max of 20 calls).
# Run by hand: bench/tree.sh   (takes a few minutes; prints its figures at the end)
set -euo pipefail
cd "$(dirname "$0")/../backend"
./mvnw -B -q test -Dtest=OrganizationTreeBench -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^(seed:|GET )' || { echo "benchmark failed; run it without the filter to see why" >&2; exit 1; }
