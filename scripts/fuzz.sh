#!/usr/bin/env bash
# Runs the libFuzzer targets (docs/robustness.md) for a bounded time each.
#
#   scripts/fuzz.sh [--merge] [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s, every target)
#
# TARGET is http-parser (FuzzHTTPParser) or request-bodies (FuzzRequestBodies). Builds them with
# -sanitize=fuzzer,address into .build-fuzz (never touching .build), starts from the committed seeds in
# fuzz/corpus/TARGET plus what earlier runs found (.build-fuzz/corpus/TARGET), writes crash inputs to
# .build-fuzz/crashes/TARGET/ and the log to .build-fuzz/logs/. --merge adds the inputs that reach new
# coverage to fuzz/corpus/TARGET. Exits 1 when any target crashed; replay a crash without the sanitizers
# with: swift build && .build/debug/FuzzHTTPParser .build-fuzz/crashes/http-parser/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

merge=0
if [ "${1:-}" = "--merge" ]; then merge=1; shift; fi
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(http-parser request-bodies)

scratch=.build-fuzz
crashed=0
for target in "${targets[@]}"; do
  case "$target" in
    http-parser) product=FuzzHTTPParser; flags=(-max_len=20000) ;;  # past the 16 KiB head limit
    # The sandbox keeps what earlier inputs created (reset every 250 inputs), so "leaks" are by design.
    request-bodies) product=FuzzRequestBodies; flags=(-max_len=8192 -detect_leaks=0) ;;
    *) echo "unknown target $target (http-parser, request-bodies)" >&2; exit 2 ;;
  esac
  # ld.gold warns "Cannot export local symbol __asan_..." for every sanitizer symbol: harmless (NOTES.md).
  swift build -c release --scratch-path "$scratch" --product "$product" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -v "Cannot export local symbol" || true
  binary="$scratch/release/$product"
  [ -x "$binary" ] || { echo "build of $product failed" >&2; exit 1; }
  mkdir -p "$scratch/corpus/$target" "$scratch/crashes/$target" "$scratch/logs"
  log="$scratch/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
  echo "fuzzing $target for $seconds s (log: $log)"
  status=0
  "$binary" "$scratch/corpus/$target" "fuzz/corpus/$target" -dict="fuzz/$target.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$scratch/crashes/$target/" "${flags[@]}" >"$log" 2>&1 || status=$?
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$log" || true
  grep -E "^#[0-9]+[[:space:]]+(DONE|pulse)" "$log" | tail -n 1 || true
  grep -E "^tally:" "$log" || true  # inputs tried and refused (FuzzTally)
  if [ "$status" != 0 ]; then
    crashed=1
    echo "$target CRASHED (status $status):" >&2
    grep -E "Fatal error|ERROR: (AddressSanitizer|libFuzzer)|Test unit written" "$log" | head -n 5 >&2 || true
  fi
  if [ "$merge" = 1 ]; then
    "$binary" -merge=1 "fuzz/corpus/$target" "$scratch/corpus/$target" "${flags[@]}" >>"$log" 2>&1
    echo "fuzz/corpus/$target: $(ls "fuzz/corpus/$target" | wc -l) inputs after merge"
  fi
done
exit "$crashed"
