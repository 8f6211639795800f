#!/usr/bin/env bash
# Fuzzes the import path and the commands after it (totals, report, risk, scope) for SECONDS
# (default 60): builds Fuzz/.work/import-round-trip, then runs libFuzzer over the seed corpus
# Fuzz/seeds (kept in the repository) and a working corpus Fuzz/.work/corpus that grows from run
# to run. Extra arguments go to libFuzzer.
#
#   Fuzz/run.sh 3600              an hour
#   JOBS=2 Fuzz/run.sh 3600       two processes sharing the corpus (one per core)
#   Fuzz/run.sh 60 -seed=1        a short run with a fixed seed
#   SKIP_BUILD=1 Fuzz/run.sh 600  reuse the last build
#   Fuzz/run.sh 600 -fork=1 -ignore_crashes=1 -ignore_timeouts=1
#                                 go on after a failure, collecting every one in artifacts/
#
# Inputs are at most 16 KiB (-max_len): room for a ledger of a few hundred modifications or a scope
# register of a few hundred entries (the seeds many-*.csv and scope-register.many-entries.csv).
#
# A crash, a timeout (a hang), a leak or an oracle failure stops the run with a non-zero exit and
# leaves the input in Fuzz/.work/artifacts/; `Fuzz/.work/import-round-trip FILE` replays it. The
# figures (executions, time, coverage) are printed at the end; the logs are Fuzz/.work/run-*.log.
# The working corpus keeps every input found; to shrink it to those that add coverage:
#   Fuzz/.work/import-round-trip -merge=1 -max_len=16384 NEW_DIR Fuzz/.work/corpus Fuzz/seeds
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
jobs=${JOBS:-1}
work=Fuzz/.work
[ "${SKIP_BUILD:-0}" = 1 ] && [ -x "$work/import-round-trip" ] || Fuzz/build.sh
mkdir -p "$work/corpus" "$work/artifacts"
rm -f "$work"/run-*.log
# The Swift runtime's own crash handler must not run inside AddressSanitizer's. Allocation stack
# traces are not recorded (malloc_context_size=0: twice the speed); replay an artifact without
# that option for a full report.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:malloc_context_size=0}
# Processes pick up each other's finds every 30 s; reading the corpus directory every second (the
# default) costs more and more as it grows.
reload=0
[ "$jobs" -gt 1 ] && reload=30
start=$(date +%s)
pids=()
for job in $(seq 1 "$jobs"); do
  "$work/import-round-trip" "$work/corpus" Fuzz/seeds \
    -dict=Fuzz/dictionary.txt -max_len=16384 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
    -reload="$reload" \
    "$@" >"$work/run-$job.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
end=$(date +%s)
executions=0
for log in "$work"/run-*.log; do
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | tail -1 || true
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  # (-fork prints no final stats: its last progress line counts the executions.)
  [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\): cov:.*/\1/p' "$log" | tail -1)
  executions=$((executions + ${runs:-0}))
done
echo "executions: $executions in $((end - start)) s ($jobs process(es));" \
  "corpus: $(ls "$work/corpus" | wc -l) inputs; logs: $work/run-*.log"
if [ "$status" != 0 ]; then
  grep -h -E 'ORACLE FAILURE|ERROR: |SUMMARY|Test unit written|Fatal error' "$work"/run-*.log | head -20 || true
  echo "fuzzing FAILED (exit $status): see $work/run-*.log and $work/artifacts/" >&2
fi
exit "$status"
