#!/usr/bin/env bash
# bench_restart.sh: restart time of a release tap-sandbox whose --data-dir holds 100,000 charges
# (BENCHMARKS.md "Persistence"). Creates them with create_charges.py (--fsync always), stops with SIGTERM,
# lists the files, then restarts three times with /work/shared/bench/startup.py (spawn to the first 200 of
# /_sandbox/health), checking each time that the newest charge answers identically; an empty data
# directory's start for comparison. Port 7891; the data directories are removed afterwards.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=$HERE/.build/release/tap-sandbox
KEY=sk_test_XKokBfNWv6FIYuTMg5sLPjhJ
PORT=7891
DATA=$(mktemp -d)
uptime
"$BIN" --port $PORT --quiet --data-dir "$DATA" > /dev/null &
PID=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/_sandbox/health" > /dev/null && break; sleep 0.05; done
/usr/bin/time -f "create: %e s" python3 "$HERE/scripts/create_charges.py" "http://127.0.0.1:$PORT" $KEY 100000
LAST=$(curl -s -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"limit":1}' "http://127.0.0.1:$PORT/v2/charges/list")
kill -TERM $PID; wait $PID || true
ls -l "$DATA"; du -sh "$DATA"
for run in 1 2 3; do
  uptime
  python3 /work/shared/bench/startup.py --url "http://127.0.0.1:$PORT/_sandbox/health" --pidfile /tmp/persist-restart.pid -- "$BIN" --port $PORT --quiet --data-dir "$DATA"
  P=$(cat /tmp/persist-restart.pid)
  AFTER=$(curl -s -X POST -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"limit":1}' "http://127.0.0.1:$PORT/v2/charges/list")
  [[ "$AFTER" == "$LAST" ]] && echo "newest charge identical after restart" || echo "DIFFERENT: $AFTER"
  kill -TERM "$P"; while kill -0 "$P" 2>/dev/null; do sleep 0.05; done
  ls -l "$DATA" | tail -n +2 | awk '{print $5, $9}' | tr '\n' ' '; echo
done
EMPTY=$(mktemp -d)
python3 /work/shared/bench/startup.py --url "http://127.0.0.1:$PORT/_sandbox/health" --pidfile /tmp/persist-restart.pid -- "$BIN" --port $PORT --quiet --data-dir "$EMPTY"
P=$(cat /tmp/persist-restart.pid); kill -TERM "$P"; while kill -0 "$P" 2>/dev/null; do sleep 0.05; done
echo "(above: empty data dir, for comparison)"
rm -rf "$DATA" "$EMPTY"
uptime
