#!/usr/bin/env bash
# Benchmark: `hookctl listen --save FILE --secret-file …` (verifying and durably saving every
# delivery) against a minimal HTTP server that only answers 200, same load in the same run.
# Targets: at least 0.8x the baseline's requests/s, p99 under 5 ms, zero acknowledged deliveries
# missing from the save file.
#
#   bash benches/listen.sh            # DURATION=8s CONNECTIONS=16 THREADS=1 by default
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-8s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

cargo build --release --quiet --bin hookctl --example baseline_server
HOOKCTL=target/release/hookctl
BASELINE=target/release/examples/baseline_server

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

printf 'bench-shared-secret\n' > "$work/secret"
export BENCH_BODY='{"data":{"id":"t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=","url":"https://cms.scopear.com/api/v3/graphql/object/t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A="}}'
printf '%s' "$BENCH_BODY" > "$work/body.json"
BENCH_SIG=$("$HOOKCTL" sign --data "$work/body.json" --secret-file "$work/secret")
export BENCH_SIG

# Starts a server in the background; sets $pid and $url (the URL it announces on stderr).
start() {
  local log=$1; shift
  "$@" > /dev/null 2> "$log" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do
    url=$(grep -o 'http://[^ ]*' "$log" | head -1 || true)
    if [[ -n $url ]]; then return; fi
    sleep 0.05
  done
  echo "server did not start: $(cat "$log")" >&2; exit 1
}

run_wrk() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s benches/listen.lua "$1" | grep '^RESULT'
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<< "$1"; }

start "$work/base.log" "$BASELINE" 0
echo "baseline  $url"
base=$(run_wrk "$url")
kill "$pid"

save="$work/captures.jsonl"
start "$work/listen.log" "$HOOKCTL" listen --port 0 --path /hooks --save "$save" --secret-file "$work/secret"
echo "listener  $url"
ours=$(run_wrk "$url")
kill -INT "$pid"; wait "$pid" 2>/dev/null || true

acked=$(( $(field "$ours" requests) - $(field "$ours" non2xx) ))
saved=$(wc -l < "$save")
verified=$(grep -c '"verified":true' "$save" || true)
ratio=$(awk -v a="$(field "$ours" rps)" -v b="$(field "$base" rps)" 'BEGIN { printf "%.2f", a / b }')

echo
printf '%-10s %10s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
printf '%-10s %10s %10s %10s\n' baseline "$(field "$base" rps)" "$(field "$base" p50_ms)" "$(field "$base" p99_ms)"
printf '%-10s %10s %10s %10s\n' listen "$(field "$ours" rps)" "$(field "$ours" p50_ms)" "$(field "$ours" p99_ms)"
echo
echo "ratio listen/baseline: ${ratio}x (target >= 0.8)"
echo "p99 listen: $(field "$ours" p99_ms) ms (target < 5)"
echo "acknowledged (2xx) by wrk: $acked; lines in the save file: $saved (all verified: $verified)"
echo "socket errors: baseline $(field "$base" socket_errors), listen $(field "$ours" socket_errors)"
grep '^received' "$work/listen.log" || true
if (( saved >= acked )); then echo "lost deliveries: 0"; else echo "lost deliveries: $(( acked - saved ))"; exit 1; fi
