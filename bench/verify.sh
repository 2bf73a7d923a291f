#!/usr/bin/env bash
# Benchmark: a million audit events appended through AuditTrail (5,000 per transaction) into a throwaway
# embedded PostgreSQL, then chain verification timed in-process (alternating with the reference computation,
# the verifier as it was before it was made fast) and over HTTP with a real token. Prints events/s.
# Run by hand: bench/verify.sh            (the seed takes several minutes)
#              BENCH_EVENTS=100000 bench/verify.sh   (a smaller chain)
set -euo pipefail
cd "$(dirname "$0")/../backend"
./mvnw -B -q test -Dtest=AuditVerifyBench -Dbench.events="${BENCH_EVENTS:-1000000}" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^(awkward|seed:|reference|in-process|GET )' || { echo "benchmark failed; run it without the filter to see why" >&2; exit 1; }
