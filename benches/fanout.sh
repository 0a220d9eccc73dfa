#!/usr/bin/env bash
# Benchmark, every figure a same-run ratio:
# 1. Fan-out: one event fanned out to SUBS subscriptions by the sandbox's delivery worker,
#    delivered to `hookctl listen --secret-file …` (which verifies every signature), against
#    `hookctl send --repeat SUBS --concurrency 64` to the same listener in the same run.
#    Notifications per second (target: at least 3,950/s) and peak memory (VmHWM of the sandbox;
#    max RSS of `hookctl send`).
# 2. The failing backlog: WORKER_SUBS subscriptions whose callback refuses connections, one event,
#    `hookctl sandbox clock advance 21d`: 25 attempts and error records each (25,000 for 1,000,
#    checked in the database; the first attempts run before the advance and are not timed), every
#    subscription auto-disabled. Attempts per second
#    (target: at least 5,000/s), against a baseline in the same run: a plain Python loop doing the
#    same number of refused TCP connects to the same port and one SQLite insert of an error row
#    each (WAL, synchronous=NORMAL as the sandbox, a commit per 1,000): the OS and SQLite work
#    alone, sequential, with none of the worker's bookkeeping.
#
#   bash benches/fanout.sh            # RUNS=3 SUBS=1000 WORKER_SUBS=1000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SUBS=${SUBS:-1000}
WORKER_SUBS=${WORKER_SUBS:-1000}

# HOOKCTL=path/to/hookctl measures that binary instead of building this checkout.
if [[ -z ${HOOKCTL:-} ]]; then
  cargo build --release --quiet --bin hookctl
  HOOKCTL=$PWD/target/release/hookctl
fi

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export HOOKCTL_DATA_DIR=$work/data HOOKCTL_CONFIG_DIR=$work/config NO_COLOR=1

printf 'fanout-bench-secret' > "$work/secret"

# Starts a server in the background; sets $pid and $url (the URL it announces on stderr).
start() {
  local log=$1 out=$2; shift 2
  "$@" > "$out" 2> "$log" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 200); do
    url=$(grep -o 'http://[^ ]*' "$log" | head -1 || true)
    if [[ -n $url ]]; then return; fi
    sleep 0.05
  done
  echo "server did not start: $(cat "$log")" >&2; exit 1
}

start "$work/listen.log" "$work/captures.jsonl" \
  "$HOOKCTL" listen --port 0 --path /hooks --secret-file "$work/secret" --output json
listen_pid=$pid listen_url=$url
start "$work/sandbox.log" /dev/null "$HOOKCTL" sandbox serve --port 0 --db "$work/sb.db"
sandbox_pid=$pid sandbox_url=$url
echo "listener $listen_url"
echo "sandbox  $sandbox_url"

python3 - "$RUNS" "$SUBS" "$HOOKCTL" "$work" "$listen_url" "$sandbox_url" "$sandbox_pid" "$WORKER_SUBS" <<'PY'
import json, os, resource, socket, sqlite3, statistics, subprocess, sys, time, urllib.request
runs, subs, hookctl, work, listen_url, api, sandbox_pid, worker_subs = sys.argv[1:]
runs, subs, worker_subs = int(runs), int(subs), int(worker_subs)
token = open(f"{work}/sb.db.token").read().strip()
secret = open(f"{work}/secret").read()
captures = f"{work}/captures.jsonl"

def gql(query, variables=None):
    req = urllib.request.Request(api, json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    body = json.load(urllib.request.urlopen(req, timeout=600))
    assert "errors" not in body, body
    return body["data"]

def lines():
    with open(captures) as f:
        return [json.loads(l) for l in f if l.strip()]

def count():
    with open(captures, "rb") as f:
        return f.read().count(b"\n")

def wait_for(n, timeout=120):
    start = time.time()
    while True:
        got = count()
        if got >= n:
            return got
        if time.time() - start > timeout:
            sys.exit(f"only {got} of {n} deliveries arrived")
        time.sleep(0.005)

# 1,000 subscriptions to scenario/created, each with the shared secret, created 100 per request.
for b in range(0, subs, 100):
    fields = "".join(
        f' s{i}: createWebhookSubscription(webhookSubscription: {{ name: "fanout {i}", topic: "scenario/created",'
        f' callbackUrl: "{listen_url}", sharedSecret: $secret }}) {{ errors {{ message }} }}'
        for i in range(b, min(b + 100, subs)))
    gql(f"mutation($secret: String!) {{{fields} }}", {"secret": secret})

def vm(field):
    for l in open(f"/proc/{sandbox_pid}/status"):
        if l.startswith(field):
            return int(l.split()[1]) / 1024
    return 0.0

rss_before = vm("VmRSS:")
fanout = []
seen = 0
for r in range(runs):
    t0 = time.perf_counter()
    d = gql('mutation { sandboxCreateNode(node: { type: "Scenario", attributes: { name: "fanout" } }) { deliveries { id } } }')
    assert len(d["sandboxCreateNode"]["deliveries"]) == subs
    wait_for(seen + subs)
    dt = time.perf_counter() - t0
    seen += subs
    fanout.append(subs / dt)
    print(f"fanout run {r + 1}: {subs} notifications in {dt * 1000:.0f} ms = {subs / dt:,.0f}/s")
sandbox_peak = vm("VmHWM:")

sends = []
for r in range(runs):
    t0 = time.perf_counter()
    subprocess.run([hookctl, "send", listen_url, "--repeat", str(subs), "--concurrency", "64",
                    "--secret-file", f"{work}/secret", "--topic", "scenario/created", "-q"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(seen + subs)
    dt = time.perf_counter() - t0
    seen += subs
    sends.append(subs / dt)
    print(f"send   run {r + 1}: {subs} requests      in {dt * 1000:.0f} ms = {subs / dt:,.0f}/s (incl. process start)")
send_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

# The failing backlog: a callback nothing listens on (port 1 refuses connections).
for b in range(0, worker_subs, 100):
    fields = "".join(
        f' s{i}: createWebhookSubscription(webhookSubscription: {{ name: "refused {i}", topic: "user/created",'
        f' callbackUrl: "http://127.0.0.1:1/hooks" }}) {{ errors {{ message }} }}'
        for i in range(b, min(b + 100, worker_subs)))
    gql(f"mutation {{{fields} }}")
d = gql('mutation { sandboxCreateNode(node: { type: "User", attributes: { name: "backlog" } }) { deliveries { id } } }')
assert len(d["sandboxCreateNode"]["deliveries"]) == worker_subs
# The first attempts run on their own, before the clock moves: not timed, but waited for.
db = sqlite3.connect(f"file:{work}/sb.db?mode=ro", uri=True, timeout=60)
backlog = "FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id WHERE s.topic_key = 'user/created'"
for _ in range(600):
    if db.execute(f"SELECT count(*) {backlog} AND d.attempts >= 1").fetchone()[0] == worker_subs:
        break
    time.sleep(0.05)
env = dict(os.environ, HOOKCTL_ENDPOINT=api, HOOKCTL_TOKEN=token)
t0 = time.perf_counter()
subprocess.run([hookctl, "sandbox", "clock", "advance", "21d"], check=True, env=env,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
dt = time.perf_counter() - t0
disabled = 0
after = None
while True:
    page = gql('query($after: String) { webhookSubscriptions(first: 250, after: $after, topicKey: "user/created") '
               '{ nodes { disabled } pageInfo { hasNextPage endCursor } } }', {"after": after})["webhookSubscriptions"]
    disabled += sum(1 for n in page["nodes"] if n["disabled"])
    if not page["pageInfo"]["hasNextPage"]:
        break
    after = page["pageInfo"]["endCursor"]
# 25 attempts and error records per subscription in all; the advance (timed) made all but the first.
made = db.execute(f"SELECT sum(d.attempts) {backlog}").fetchone()[0]
recorded = db.execute("SELECT count(*) FROM webhook_errors e JOIN subscriptions s ON s.id = e.subscription_id "
                      "WHERE s.topic_key = 'user/created'").fetchone()[0]
attempts = made - worker_subs
worker_rate = attempts / dt
print(f"worker backlog: {attempts} failing attempts in {dt * 1000:.0f} ms = {worker_rate:,.0f}/s "
      f"({made} attempts and {recorded} error records in all, with the untimed first ones); "
      f"{disabled} of {worker_subs} subscriptions auto-disabled")

# The baseline: the same number of refused connects + error-row inserts, in a plain loop.
base = sqlite3.connect(f"{work}/baseline.db")
base.execute("PRAGMA journal_mode=WAL")
base.execute("PRAGMA synchronous=NORMAL")
base.execute("CREATE TABLE errors (id INTEGER PRIMARY KEY, subscription_id INTEGER, attempt INTEGER, "
             "message TEXT, request_url TEXT, created_at INTEGER)")
t0 = time.perf_counter()
for i in range(attempts):
    sock = socket.socket()
    try:
        sock.connect(("127.0.0.1", 1))
        message = "connected?"
    except OSError as e:
        message = f"could not connect: {e.strerror}"
    finally:
        sock.close()
    base.execute("INSERT INTO errors (subscription_id, attempt, message, request_url, created_at) "
                 "VALUES (?, ?, ?, ?, ?)", (i % worker_subs, i // worker_subs, message, "http://127.0.0.1:1/hooks", i))
    if i % 1000 == 999:
        base.commit()
base.commit()
base_rate = attempts / (time.perf_counter() - t0)
print(f"baseline loop:  {attempts} refused connects + inserts = {base_rate:,.0f}/s")

got = lines()
verified = sum(1 for l in got if l.get("verified") is True)
print()
print(f"{'':28} {'median /s':>10} {'peak MiB':>9}")
print(f"{'sandbox worker (fan-out)':28} {statistics.median(fanout):>10,.0f} {sandbox_peak:>9.1f}   (RSS {rss_before:.1f} MiB before the events)")
print(f"{'hookctl send --repeat':28} {statistics.median(sends):>10,.0f} {send_peak:>9.1f}")
print(f"ratio fan-out/send: {statistics.median(fanout) / statistics.median(sends):.2f}x; target: fan-out >= 3,950/s")
print(f"{'sandbox worker (backlog)':28} {worker_rate:>10,.0f}   attempts/s; target >= 5,000/s")
print(f"{'baseline loop (backlog)':28} {base_rate:>10,.0f}   refused connects + inserts/s")
print(f"ratio backlog/baseline: {worker_rate / base_rate:.2f}x; backlog/send: {worker_rate / statistics.median(sends):.2f}x")
print(f"signatures verified by the listener: {verified} of {len(got)}")
if verified != len(got) or len(got) != 2 * runs * subs:
    sys.exit("some deliveries were missing or did not verify")
if disabled != worker_subs:
    sys.exit("some failing subscriptions were not auto-disabled")
if made != 25 * worker_subs or recorded != 25 * worker_subs:
    sys.exit(f"expected {25 * worker_subs} attempts and error records, found {made} and {recorded}")
PY
