#!/usr/bin/env bash
# The list benchmark of the main API, repeated on Sentera's (release build, one local sandbox):
#   A. `hookctl subscriptions list --output json` over N (10,000) Scope subscriptions;
#   B. `hookctl --provider sentera subscriptions list --org ROOT --output json` over N Sentera
#      subscriptions of one organization.
# Runs are interleaved (A B A B …) so both see the same machine; wall time and peak memory from
# /usr/bin/time -v. Target: the median of B within 20% of the median of A.
# Usage: benches/sentera_list.sh   (N=… RUNS=… to change the sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
RUNS=${RUNS:-5}
for tool in jq python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/sentera_list.sh needs $tool" >&2; exit 1; }
done

cargo build --release --quiet
BIN=$PWD/target/release/hookctl
WORK=$(mktemp -d)
SANDBOX_PID=
cleanup() { [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export HOOKCTL_CONFIG_DIR=$WORK/config HOOKCTL_DATA_DIR=$WORK/data NO_COLOR=1
unset HOOKCTL_PROFILE HOOKCTL_OUTPUT HOOKCTL_TIMEOUT HOOKCTL_PROVIDER HOOKCTL_ENDPOINT
TOKEN=bench-token-0123456789abcdef

"$BIN" sandbox serve --port 0 --db "$WORK/sandbox.db" --token "$TOKEN" >"$WORK/sandbox.out" 2>"$WORK/sandbox.log" &
SANDBOX_PID=$!
URL=
for _ in $(seq 200); do
  URL=$(grep -o 'http://[^ ]*' "$WORK/sandbox.log" | head -1 || true)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "the sandbox did not start:" >&2; cat "$WORK/sandbox.log" >&2; exit 1; }
SENTERA_URL=${URL%/graphql}/sentera/graphql
export HOOKCTL_TOKEN=$TOKEN
ROOT=$("$BIN" --endpoint "$URL" sandbox sentera orgs -o json | jq -r '.[0].sentera_id')

# Seed both through their APIs: 200 aliased create mutations per request, 4 requests in flight.
echo "seeding $N Scope and $N Sentera subscriptions on $URL …" >&2
python3 - "$URL" "$SENTERA_URL" "$TOKEN" "$N" "$ROOT" <<'PY'
import json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor
url, sentera, token, n, root = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
def post(endpoint, doc):
    req = urllib.request.Request(endpoint, data=json.dumps({"query": doc}).encode(),
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, timeout=120) as r:
        body = json.load(r)
    if body.get("errors"):
        sys.exit("seeding failed: %s" % body["errors"][:2])
    return body["data"]
topic = post(url, "{ webhookTopics(first: 1) { nodes { key } } }")["webhookTopics"]["nodes"][0]["key"]
def scope(start):
    parts = ['s%d: createWebhookSubscription(webhookSubscription: {name: "bench %d", topic: %s, '
             'callbackUrl: "https://example.com/hooks/%d"}) { errors { field message } }' % (i, i, json.dumps(topic), i)
             for i in range(start, min(start + 200, n))]
    post(url, "mutation { %s }" % "\n".join(parts))
def sentera_batch(start):
    parts = ['s%d: create_webhook_subscription(organization_sentera_id: %s, callback_url: "https://example.com/hooks/%d", '
             'event_types: [FEATURE_SET_CREATED, FIELD_CREATED]) { sentera_id }' % (i, json.dumps(root), i)
             for i in range(start, min(start + 200, n))]
    post(sentera, "mutation { %s }" % "\n".join(parts))
with ThreadPoolExecutor(4) as ex:
    list(ex.map(scope, range(0, n, 200)))
    list(ex.map(sentera_batch, range(0, n, 200)))
PY

# measure LABEL CMD…: one run; appends the wall time to $WORK/LABEL.times
measure() {
  local label=$1; shift
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/stdout" 2>"$WORK/stderr" || {
    echo "$label failed:" >&2; cat "$WORK/stderr" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$WORK/time.txt")
  printf '%-52s %7.2f s %8.1f MB\n' "$label" "$wall" "$rss"
  echo "$wall" >>"$WORK/$label.times"
  count=$(jq length "$WORK/stdout")
  [ "$count" = "$N" ] || { echo "$label: expected $N subscriptions in the output, got $count" >&2; exit 1; }
}

echo
echo "== list: $N subscriptions, --output json, $RUNS interleaved runs each"
for _ in $(seq "$RUNS"); do
  measure scope "$BIN" --endpoint "$URL" subscriptions list --output json
  measure sentera "$BIN" --endpoint "$SENTERA_URL" --provider sentera subscriptions list --org "$ROOT" --output json
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
A=$(median "$WORK/scope.times")
B=$(median "$WORK/sentera.times")
echo
python3 - "$A" "$B" <<'PY'
import sys
a, b = float(sys.argv[1]), float(sys.argv[2])
ratio = b / a if a > 0 else float("inf")
verdict = "OK" if ratio <= 1.2 else "FAIL"
print("median: Scope %.2f s, Sentera %.2f s; Sentera/Scope = %.2f (target <= 1.20): %s" % (a, b, ratio, verdict))
sys.exit(0 if verdict == "OK" else 1)
PY
