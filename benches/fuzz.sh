#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/fuzz_targets for N seconds each (default 600), one
# after the other, at low priority. Needs the nightly toolchain and cargo-fuzz
# (`cargo install cargo-fuzz`). Crashes land in fuzz/artifacts/<target>/ (not committed);
# keep each minimized crasher as a regression test beside the code at fault
# (`cargo +nightly fuzz tmin --sanitizer none <target> <file>`).
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
    # The other targets start from the realistic inputs kept in fuzz/seeds/<target>/ (read,
    # never written: new inputs go to corpus/<target>/).
    seeds=()
    [ -d "seeds/$t" ] && seeds=("seeds/$t")
    if ! nice -n 19 cargo +nightly fuzz run --sanitizer none "$t" "corpus/$t" "${seeds[@]}" -- -max_total_time="$N" \
        -timeout=10 -rss_limit_mb=1024 -print_final_stats=1; then
        failed+=("$t")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed: ${failed[*]} (see fuzz/artifacts/)" >&2
    exit 1
fi
echo "all ${#targets[@]} targets ran ${N}s without a crash" >&2
