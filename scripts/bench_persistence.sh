#!/usr/bin/env bash
# bench_persistence.sh: charge-creation throughput without --data-dir and with each --fsync policy, one
# after the other in the same run, using /work/shared/bench/bench.sh (see BENCHMARKS.md "Persistence").
#
# usage: scripts/bench_persistence.sh [-d SECS] [-c "CONCURRENCIES"] [MODE...]
#   MODE: memory | always | batch | never   (default: all four, in that order)
# Needs a release build (swift build -c release). Each mode gets a fresh server on port 7890 and a
# fresh data directory under mktemp -d, removed afterwards.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=${BENCH:-/work/shared/bench/bench.sh}
BIN=$HERE/.build/release/tap-sandbox
DUR=10; CONCS="1 16 64"
while getopts "d:c:" opt; do
  case $opt in d) DUR=$OPTARG;; c) CONCS=$OPTARG;; *) exit 2;; esac
done
shift $((OPTIND - 1))
MODES=("${@:-memory always batch never}")
# shellcheck disable=SC2206
MODES=(${MODES[*]})
PORT=7890
for mode in "${MODES[@]}"; do
  DATA=$(mktemp -d)
  args=(--port "$PORT" --quiet)
  [[ $mode != memory ]] && args+=(--data-dir "$DATA" --fsync "$mode")
  "$BIN" "${args[@]}" > /dev/null &
  PID=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/_sandbox/health" > /dev/null && break; sleep 0.05; done
  echo "## mode=$mode  ${args[*]}"
  "$BENCH" -o post -d "$DUR" -c "$CONCS" -p "$PID" "http://127.0.0.1:$PORT" sk_test_XKokBfNWv6FIYuTMg5sLPjhJ || true
  [[ $mode != memory ]] && du -sh "$DATA" | sed 's/^/# data dir: /'
  kill -TERM "$PID"; wait "$PID" || true
  rm -rf "$DATA"
done
