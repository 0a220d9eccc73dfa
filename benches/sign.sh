#!/usr/bin/env bash
# Throughput of `hookctl sign` on a 64 MiB payload against `openssl dgst -sha256 -hmac`,
# measured in the same run. Target: hookctl at least 0.9x openssl's throughput.
# Usage: benches/sign.sh [runs]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v openssl >/dev/null || { echo "openssl is needed for the baseline" >&2; exit 1; }
cargo build --release --quiet
bin=target/release/hookctl
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
head -c $((64 << 20)) /dev/urandom > "$dir/payload"
printf 'bench-secret' > "$dir/secret"

ours=$("$bin" sign --data "$dir/payload" --secret-file "$dir/secret")
theirs=$(openssl dgst -sha256 -hmac bench-secret -binary "$dir/payload" | base64)
[ "$ours" = "$theirs" ] || { echo "signatures differ: $ours vs $theirs" >&2; exit 1; }

# Interleave the two and compare medians, so drifting machine load hits both alike.
python3 - "$runs" "$bin" "$dir" <<'PY'
import statistics, subprocess, sys, time
runs, bin, d = int(sys.argv[1]), sys.argv[2], sys.argv[3]
cmds = {
    "openssl dgst -hmac": ["openssl", "dgst", "-sha256", "-hmac", "bench-secret", "-binary", f"{d}/payload"],
    "hookctl sign": [bin, "sign", "--data", f"{d}/payload", "--secret-file", f"{d}/secret"],
}
times = {k: [] for k in cmds}
for _ in range(runs):
    for k, c in cmds.items():
        t = time.perf_counter(); subprocess.run(c, stdout=subprocess.DEVNULL, check=True); times[k].append(time.perf_counter() - t)
med = {k: statistics.median(v) for k, v in times.items()}
for k, v in med.items():
    print(f"{k:20} median {v*1000:7.1f} ms  {64 / v:6.0f} MiB/s")
ratio = med["openssl dgst -hmac"] / med["hookctl sign"]
print(f"ratio (hookctl / openssl throughput): {ratio:.2f}x (target >= 0.9x)")
PY
