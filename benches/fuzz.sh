#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/fuzz_targets for N seconds each (default 600), one
# after the other, at low priority. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Crashes land in fuzz/artifacts/<target>/ (not committed);
# keep each minimized crasher as a regression test (`cargo +nightly fuzz tmin <target> <file>`).
#
#   benches/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
N="${1:-600}"
case "$N" in '' | *[!0-9]*) echo "usage: benches/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac

targets=()
for f in fuzz_targets/*.rs; do
    targets+=("$(basename "$f" .rs)")
done
[ ${#targets[@]} -gt 0 ] || { echo "no targets in fuzz/fuzz_targets" >&2; exit 1; }

# No sanitizer: the code under test is safe Rust (panics, overflows, hangs and memory blow-ups
# are caught without one), and both the build and the runs are several times faster.
nice -n 19 cargo +nightly fuzz build --sanitizer none
failed=()
for t in "${targets[@]}"; do
    echo "== $t: ${N}s" >&2
    mkdir -p "corpus/$t"
    # Seed the Liquid targets with the conformance templates (one file per case).
    if [[ $t == liquid_* ]] && [ -z "$(ls -A "corpus/$t")" ] && command -v python3 >/dev/null; then
        python3 - "corpus/$t" <<'PY'
import json, sys
for i, c in enumerate(json.load(open("../tests/liquid/cases.json"))["cases"]):
    open(f"{sys.argv[1]}/case-{i:04}", "w").write(c["template"])
PY
    fi
    # One small seed for the other targets, so they start from the shape they read.
    if [[ $t != liquid_* ]] && [ -z "$(ls -A "corpus/$t")" ]; then
        case $t in
        xml_body) printf '%s' '{"data":{"id":"a/b","n":[1,null,true],"s":"<&>"}}' ;;
        capture_record) printf '%s\n' '{"received_at":"2024-01-02T03:04:05.678Z","method":"POST","path":"/h?x=1","headers":{"content-type":"application/json","x-scope-event":["a","b"]},"body":"{\"type\":\"resource\",\"event\":\"create\",\"data\":{\"resource-id\":\"1\"}}","verified":true,"status":200,"kind":"legacy"}' ;;
        response_headers) printf 'HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\nHTTP/2 200\r\nContent-Type: text/plain\r\nX-A: 1\r\nx-a: 2\r\n' ;;
        graphql_answer) printf '%s' ' {"data":{"__schema":{"queryType":{"name":"Query"},"types":[{"kind":"OBJECT","name":"Query","fields":[{"name":"node","args":[{"name":"id","type":{"kind":"NON_NULL","ofType":{"kind":"SCALAR","name":"ID"}}}],"type":{"kind":"LIST","ofType":{"kind":"SCALAR","name":"String"}}}],"interfaces":[]}]},"node":{"id":"1"}},"errors":[{"message":"m","path":["a",0]}]}' ;;
        *) true ;;
        esac >"corpus/$t/seed"
    fi
    if ! nice -n 19 cargo +nightly fuzz run --sanitizer none "$t" "corpus/$t" -- -max_total_time="$N" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1; then
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed: ${failed[*]} (see fuzz/artifacts/)" >&2
    exit 1
fi
echo "all ${#targets[@]} targets ran ${N}s without a crash" >&2
