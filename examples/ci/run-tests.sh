#!/bin/sh
# Runs a test command against a fresh tap-sandbox, then stops it:  sh run-tests.sh pytest -q
# Needs tap-sandbox on PATH (swift build -c release, then copy .build/release/tap-sandbox).
set -eu
export TAP_SANDBOX_PORT="${TAP_SANDBOX_PORT:-7800}"
tap-sandbox --quiet >&2 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true' EXIT
# Ready when its health check answers (it reads TAP_SANDBOX_PORT too), within 30 seconds.
timeout 30 sh -c 'until tap-sandbox health; do sleep 0.2; done' || { echo 'tap-sandbox is not healthy' >&2; exit 1; }
export TAP_BASE_URL="http://127.0.0.1:$TAP_SANDBOX_PORT/v2"
export TAP_SECRET_KEY="${TAP_SECRET_KEY:-sk_test_LocalRun1}"
"$@"
