#!/usr/bin/env bash
# Benchmark: `hookctl listen --save FILE --secret-file …` (verifying and durably saving every
# delivery) against a minimal HTTP server that only answers 200, same load in the same run.
# Also with --no-fsync (written before the answer, not synced). Targets: at least 0.8x the
# baseline's requests/s, p99 under 5 ms, zero acknowledged deliveries
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

# Runs the listener with --save plus any extra flags; prints one table row and checks for loss.
run_listen() {
  local label=$1; shift
  local save="$work/captures-$label.jsonl"
  start "$work/listen-$label.log" "$HOOKCTL" listen --port 0 --path /hooks --save "$save" --secret-file "$work/secret" "$@"
  local ours; ours=$(run_wrk "$url")
  kill -INT "$pid"; wait "$pid" 2>/dev/null || true
  local acked=$(( $(field "$ours" requests) - $(field "$ours" non2xx) ))
  local saved; saved=$(wc -l < "$save")
  local verified; verified=$(grep -c '"verified":true' "$save" || true)
  local ratio; ratio=$(awk -v a="$(field "$ours" rps)" -v b="$(field "$base" rps)" 'BEGIN { printf "%.2f", a / b }')
  printf '%-16s %10s %10s %10s %8sx %10s %10s\n' "$label" "$(field "$ours" rps)" "$(field "$ours" p50_ms)" \
    "$(field "$ours" p99_ms)" "$ratio" "$acked" "$(( acked > saved ? acked - saved : 0 ))"
  [ "$verified" = "$saved" ] || echo "  not every saved capture verified: $verified of $saved" >&2
  (( saved >= acked )) || lost=1
}

echo
printf '%-16s %10s %10s %10s %9s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms" "ratio" "acked" "lost"
printf '%-16s %10s %10s %10s %9s\n' baseline "$(field "$base" rps)" "$(field "$base" p50_ms)" "$(field "$base" p99_ms)" "1.00x"
lost=0
run_listen "listen --save"
run_listen "  --no-fsync" --no-fsync
# The web inspector keeps every capture in memory and streams it; the target is >= 0.9x the
# plain listener's throughput above (same flags, same run).
run_listen "  --ui" --ui --ui-addr 127.0.0.1:0
run_listen "  --no-fsync --ui" --no-fsync --ui --ui-addr 127.0.0.1:0
echo
echo "targets: ratio >= 0.8x, p99 < 5 ms, lost 0; --ui rows >= 0.9x the row without it (connections: $CONNECTIONS, duration: $DURATION)"
exit "$lost"
