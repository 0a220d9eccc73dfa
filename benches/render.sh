#!/usr/bin/env bash
# Time per render of representative webhook templates: hookctl's engine vs Ruby Liquid 5.4,
# both rendering in-process in a loop (parse once, render N times, same data), same machine.
#
#   benches/render.sh [ITERATIONS]      (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20000}"
TEMPLATES=(benches/templates/*.liquid)

cargo build --release --quiet --example render_bench
rust_out=$(target/release/examples/render_bench benches/data.json "${TEMPLATES[@]}" --iterations "$N")

ruby_out=$(TZ=UTC ruby -e '
  require "json"; require "liquid"
  module JsonFilter; def json(input) = JSON.generate(input, quirks_mode: true); end
  Liquid::Template.register_filter(JsonFilter)
  n = Integer(ARGV.shift); data = JSON.parse(File.read(ARGV.shift))
  ARGV.each do |path|
    t = Liquid::Template.parse(File.read(path))
    (n / 10).times { t.render!(data) }
    start = Process.clock_gettime(Process::CLOCK_MONOTONIC, :nanosecond)
    n.times { t.render!(data) }
    ns = (Process.clock_gettime(Process::CLOCK_MONOTONIC, :nanosecond) - start) / n.to_f
    puts "#{File.basename(path)}\t#{ns.round}"
  end
' "$N" benches/data.json "${TEMPLATES[@]}")

# Both engines must agree on the output before their speed means anything.
for t in "${TEMPLATES[@]}"; do
  ours=$(target/debug/hookctl render -t "$t" -d benches/data.json 2>/dev/null || cargo run --quiet -- render -t "$t" -d benches/data.json)
  theirs=$(TZ=UTC ruby -e 'require "json"; require "liquid"
    module JsonFilter; def json(input) = JSON.generate(input, quirks_mode: true); end
    Liquid::Template.register_filter(JsonFilter)
    print Liquid::Template.parse(File.read(ARGV[0])).render!(JSON.parse(File.read(ARGV[1])))' "$t" benches/data.json)
  [ "$ours" == "$theirs" ] || { echo "output differs for $t" >&2; exit 1; }
done

printf '%-24s %12s %12s %8s\n' template "hookctl ns" "ruby ns" ratio
join -t $'\t' <(echo "$rust_out" | cut -f1,2 | sort) <(echo "$ruby_out" | sort) |
  awk -F'\t' '{ printf "%-24s %12d %12d %7.1fx\n", $1, $2, $3, $3 / $2 }'
echo "($N renders per template; ruby $(ruby -e 'print RUBY_VERSION'), liquid $(ruby -rliquid -e 'print Liquid::VERSION'))"
