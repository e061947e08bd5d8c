#!/usr/bin/env bash
# Runs every fuzz target in a build folder for a few seconds each, starting
# from the seed inputs under fuzz/corpus/NAME/ when there are any.  A crash
# fails the run and leaves the crashing input in the build folder.
# Usage: scripts/run-fuzzers.sh BUILD_DIR SECONDS
set -euo pipefail
build=$1
seconds=${2:-30}
src=$(cd "$(dirname "$0")/.." && pwd)
failed=0
ran=0
# undefined behaviour fails the run as a crash does, not only a report
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
for target in "$build"/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  work="$build/fuzz-work/$name"
  mkdir -p "$work"
  seeds=()
  [ -d "$src/fuzz/corpus/$name" ] && seeds=("$src/fuzz/corpus/$name")
  echo "== $name for ${seconds}s"
  if "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$work/" -print_final_stats=1 "$work" "${seeds[@]}" \
       >"$work/log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^Done' "$work/log" || true
  else
    echo "FAILED: $name (log: $work/log)"; tail -40 "$work/log"; failed=1
  fi
  ran=$((ran + 1))
done
echo "fuzz: $ran targets run, $failed failed"
[ "$ran" -gt 0 ] || { echo "no fuzz targets found in $build"; exit 1; }
exit $failed
