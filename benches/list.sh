#!/usr/bin/env bash
# Benchmark of the API client on a local sandbox (release build):
#   1. `hookctl subscriptions list --output json` over N (10,000) subscriptions, against a
#      baseline in the same run: curl fetching the same pages raw (jq only extracts the cursor);
#   2. the same listing with schema adaptation (the default, with the schema cache warm) against
#      `--no-adapt` in the same run (target: within 10%), and with a cold cache (one more round
#      trip: the introspection), as ratios of medians;
#   3. `hookctl subscriptions enable --all-disabled` over M (1,000) disabled subscriptions,
#      against curl sending the same mutations 8 at a time (xargs -P8).
# Wall time and peak memory (max RSS) from /usr/bin/time -v; targets: list < 1.5 s and < 60 MB,
# enable < 3 s. Usage: benches/list.sh   (N=… M=… RUNS=… CACHE_RUNS=… to change them)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
M=${M:-1000}
RUNS=${RUNS:-3}
CACHE_RUNS=${CACHE_RUNS:-7}
for tool in curl jq python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/list.sh needs $tool" >&2; exit 1; }
done

[ "${BUILD:-1}" = 0 ] || cargo build --release --quiet # BUILD=0: measure the binary as built
BIN=$PWD/target/release/hookctl
WORK=$(mktemp -d)
SANDBOX_PID=
cleanup() { [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export HOOKCTL_CONFIG_DIR=$WORK/config HOOKCTL_DATA_DIR=$WORK/data HOOKCTL_CACHE_DIR=$WORK/cache NO_COLOR=1
unset HOOKCTL_PROFILE HOOKCTL_OUTPUT HOOKCTL_TIMEOUT HOOKCTL_ADAPT HOOKCTL_PAGE_SIZE
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
export HOOKCTL_ENDPOINT=$URL HOOKCTL_TOKEN=$TOKEN

# Seed through the API: 200 aliased createWebhookSubscription mutations per request, 4 requests
# in flight. The first M are created disabled.
echo "seeding $N subscriptions ($M disabled) on $URL …" >&2
seed_start=$(date +%s.%N)
python3 - "$URL" "$TOKEN" "$N" "$M" <<'PY'
import json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor
url, token, n, m = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
def post(doc):
    req = urllib.request.Request(url, data=json.dumps({"query": doc}).encode(),
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, timeout=120) as r:
        body = json.load(r)
    if body.get("errors"):
        sys.exit("seeding failed: %s" % body["errors"][:2])
    return body["data"]
topic = post("{ webhookTopics(first: 1) { nodes { key } } }")["webhookTopics"]["nodes"][0]["key"]
def batch(start):
    parts = []
    for i in range(start, min(start + 200, n)):
        parts.append('s%d: createWebhookSubscription(webhookSubscription: {name: "bench %d", topic: %s, '
                     'callbackUrl: "https://example.com/hooks/%d", disabled: %s}) { errors { field message } }'
                     % (i, i, json.dumps(topic), i, "true" if i < m else "false"))
    data = post("mutation { %s }" % "\n".join(parts))
    bad = [v["errors"] for v in data.values() if v["errors"]]
    if bad:
        sys.exit("seeding failed: %s" % bad[:2])
with ThreadPoolExecutor(4) as ex:
    list(ex.map(batch, range(0, n, 200)))
PY
echo "seeded in $(echo "$(date +%s.%N) - $seed_start" | bc) s" >&2

QUERY=$(cat graphql/list_subscriptions.graphql)
cat >"$WORK/curl-list.sh" <<'SH'
#!/usr/bin/env bash
# Fetch every page with curl; jq only builds the request and reads the cursor.
set -euo pipefail
after=
while :; do
  body=$(jq -cn --arg q "$QUERY" --arg a "$after" \
    '{query: $q, operationName: "ListSubscriptions", variables: {first: 250, after: (if $a == "" then null else $a end)}}')
  page=$(curl -sS --fail -H "Authorization: Bearer $HOOKCTL_TOKEN" -H 'Content-Type: application/json' \
    --data-binary "$body" "$HOOKCTL_ENDPOINT")
  printf '%s\n' "$page"
  after=$(printf '%s' "$page" | jq -r 'if .data.webhookSubscriptions.pageInfo.hasNextPage then .data.webhookSubscriptions.pageInfo.endCursor else "" end')
  [ -n "$after" ] || break
done
SH
chmod +x "$WORK/curl-list.sh"
export QUERY

# measure LABEL CMD…: one run; prints "LABEL wall_s max_rss_mb"
measure() {
  local label=$1; shift
  local t0 t1 wall rss
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/stdout" 2>"$WORK/stderr" || {
    echo "$label failed:" >&2; cat "$WORK/stderr" >&2; exit 1; }
  t1=$(date +%s%N)
  # Milliseconds from the clock: time's own wall clock has a resolution of 10 ms.
  wall=$(echo "scale=3; ($t1 - $t0) / 1000000000" | bc)
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$WORK/time.txt")
  printf '%-44s %7.3f s %8.1f MB\n' "$label" "$wall" "$rss"
  printf '%s %s\n' "${label% #*}" "$wall" >>"$WORK/times"
}

# median LABEL: the median wall time of the runs measured under LABEL
median() {
  awk -v l="$1" '{w=$NF; $NF=""; sub(/ $/, ""); if ($0 == l) print w}' "$WORK/times" | sort -n |
    awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

# list_check: the last listing printed all N subscriptions
list_check() {
  local count
  count=$(jq length "$WORK/stdout")
  [ "$count" = "$N" ] || { echo "expected $N subscriptions in the output, got $count" >&2; exit 1; }
}

echo
echo "== list: $N subscriptions, --output json (targets: < 1.5 s, < 60 MB)"
for r in $(seq "$RUNS"); do
  measure "curl + jq, raw pages (baseline) #$r" "$WORK/curl-list.sh"
  measure "hookctl subscriptions list -o json #$r" "$BIN" subscriptions list --output json
  list_check
done

echo
echo "== list with the schema cache: $N subscriptions (target: adapted within 10% of --no-adapt)"
"$BIN" api schema >/dev/null # the cache is warm from here on (cold runs use a fresh directory)
for r in $(seq "$CACHE_RUNS"); do
  measure "hookctl --no-adapt subscriptions list #$r" "$BIN" --no-adapt subscriptions list --output json
  list_check
  measure "hookctl subscriptions list, cache warm #$r" "$BIN" subscriptions list --output json
  list_check
  measure "hookctl subscriptions list, cache cold #$r" \
    env HOOKCTL_CACHE_DIR="$WORK/cold-$r" "$BIN" subscriptions list --output json
  list_check
done
base=$(median "hookctl --no-adapt subscriptions list")
for kind in warm cold; do
  m=$(median "hookctl subscriptions list, cache $kind")
  printf 'cache %s: median %.3f s = %.2fx --no-adapt (median %.3f s)\n' "$kind" "$m" "$(echo "$m / $base" | bc -l)" "$base"
done

echo
echo "== enable --all-disabled: $M subscriptions (target: < 3 s)"
ENABLE_DOC='mutation EnableSubscription($id: ID!) { updateWebhookSubscription(webhookSubscription: { id: $id, disabled: false }) { errors { field message } webhookSubscription { id } } }'
"$BIN" subscriptions list --disabled --output ids >"$WORK/disabled.ids"
[ "$(wc -l <"$WORK/disabled.ids")" -eq "$M" ] || { echo "expected $M disabled subscriptions" >&2; exit 1; }
cat >"$WORK/curl-enable.sh" <<'SH'
#!/usr/bin/env bash
set -euo pipefail
xargs -P8 -I{} sh -c 'jq -cn --arg q "$ENABLE_DOC" --arg id "$1" "{query: \$q, variables: {id: \$id}}" |
  curl -sS --fail -o /dev/null -H "Authorization: Bearer $HOOKCTL_TOKEN" -H "Content-Type: application/json" \
    --data-binary @- "$HOOKCTL_ENDPOINT"' _ {} <"$1"
SH
chmod +x "$WORK/curl-enable.sh"
export ENABLE_DOC
for r in $(seq "$RUNS"); do
  measure "hookctl enable --all-disabled #$r" "$BIN" subscriptions enable --all-disabled --output json
  ok=$(jq '[.[] | select(.ok)] | length' "$WORK/stdout")
  [ "$ok" = "$M" ] || { echo "expected $M enabled, got $ok" >&2; exit 1; }
  # Disable them again (not measured), then the baseline.
  xargs "$BIN" --quiet subscriptions disable --concurrency 16 <"$WORK/disabled.ids" >/dev/null
  measure "curl + jq, xargs -P8 (baseline) #$r" "$WORK/curl-enable.sh" "$WORK/disabled.ids"
  xargs "$BIN" --quiet subscriptions disable --concurrency 16 <"$WORK/disabled.ids" >/dev/null
done
