#!/usr/bin/env bash
# Benchmark of subscriptions as code on a local sandbox (release build), N (1,000) subscriptions:
#   1. `hookctl apply --yes` creating N subscriptions from a manifest (target < 10 s), against a
#      baseline in the same run: the same N subscriptions made by N `hookctl subs create` calls,
#      8 at a time (xargs -P8; apply also runs 8 requests at a time);
#   2. `hookctl plan` of that manifest against the N subscriptions (target < 2 s).
# Wall time and peak memory from /usr/bin/time -v. Usage: benches/manifest.sh  (N=… RUNS=… NO_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
RUNS=${RUNS:-3}
for tool in python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/manifest.sh needs $tool" >&2; exit 1; }
done

[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet   # NO_BUILD=1: use the existing binary
BIN=$PWD/target/release/hookctl
WORK=$(mktemp -d)
SANDBOX_PID=
cleanup() { [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export HOOKCTL_CONFIG_DIR=$WORK/config HOOKCTL_DATA_DIR=$WORK/data NO_COLOR=1
unset HOOKCTL_PROFILE HOOKCTL_OUTPUT HOOKCTL_TIMEOUT HOOKCTL_PROVIDER
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

# The manifest: N subscriptions with a body template and a shared secret each.
mkdir -p "$WORK/m"
printf 'bench-secret' >"$WORK/m/secret.txt"
printf '{"id": "{{ data.id }}"}' >"$WORK/m/body.liquid"
python3 - "$N" >"$WORK/m/hooks.toml" <<'PY'
import sys
for i in range(int(sys.argv[1])):
    print(f'[[subscription]]\nname = "bench {i}"\ntopic = "user/created"\n'
          f'callback_url = "https://example.com/hooks/{i}"\ntemplate = {{ file = "body.liquid" }}\n'
          f'secret = {{ file = "secret.txt" }}\nsecret_version = 1\n')
PY
seq 0 $((N - 1)) >"$WORK/indexes"
cat >"$WORK/baseline.sh" <<'SH'
#!/usr/bin/env bash
set -euo pipefail
xargs -P8 -I{} "$BIN" --quiet subscriptions create --name "bench {}" --topic user/created \
  --callback-url "https://example.com/hooks/{}" --template-file "$WORK/m/body.liquid" \
  --secret-file "$WORK/m/secret.txt" --output ids <"$WORK/indexes" >/dev/null
SH
chmod +x "$WORK/baseline.sh"
export BIN WORK

measure() {
  local label=$1; shift
  local code=0
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/stdout" 2>"$WORK/stderr" || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne "${OK_CODE:-0}" ]; then
    echo "$label failed ($code):" >&2; tail -5 "$WORK/stderr" >&2; exit 1
  fi
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$WORK/time.txt")
  printf '%-44s %7.2f s %8.1f MB\n' "$label" "$wall" "$rss"
}

delete_all() {
  "$BIN" subscriptions list --output ids | xargs -r "$BIN" --quiet subscriptions delete --yes --concurrency 16 >/dev/null
}

echo "== $N subscriptions (targets: apply < 10 s, plan < 2 s)"
for r in $(seq "$RUNS"); do
  measure "$N x subs create, xargs -P8 (baseline) #$r" "$WORK/baseline.sh"
  delete_all
  OK_CODE=2 measure "hookctl plan, all $N to create #$r" "$BIN" plan -f "$WORK/m/hooks.toml"
  measure "hookctl apply --yes, creating $N #$r" "$BIN" apply -f "$WORK/m/hooks.toml" --yes
  [ "$(grep -c '^created ' "$WORK/stdout")" = "$N" ] || { echo "expected $N created" >&2; exit 1; }
  measure "hookctl plan, $N unchanged #$r" "$BIN" plan -f "$WORK/m/hooks.toml"
  grep -q "$N unchanged" "$WORK/stdout" || { echo "expected $N unchanged" >&2; cat "$WORK/stdout" | tail -2 >&2; exit 1; }
  delete_all
done
