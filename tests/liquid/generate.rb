#!/usr/bin/env ruby
# Renders every case in tests/liquid/cases.json with the reference Ruby Liquid gem (5.4.0) and
# writes tests/liquid/expected.json. Run from the repository root:
#
#   TZ=UTC ruby tests/liquid/generate.rb
#
# Each case renders with `Template.parse(template).render!(data)` in the gem's default (lax)
# error mode; a case where the gem raises records {"error": message} instead of {"output": …}.
# `render!` re-raises Ruby's own errors too (e.g. String#gsub's IndexError for a `\k<name>`
# escape in `replace`), so those count as errors as well.
# The `json` filter is not part of standard Liquid: it is registered here as hookctl documents
# it (JSON.generate of the value), so the extension is checked too.
require "json"
require "liquid"

abort "liquid 5.4.0 required, found #{Liquid::VERSION}" unless Liquid::VERSION == "5.4.0"
abort "run with TZ=UTC" unless ENV["TZ"] == "UTC"

module JsonFilter
  def json(input)
    JSON.generate(input, quirks_mode: true)
  end
end
Liquid::Template.register_filter(JsonFilter)

dir = File.dirname(__FILE__)
suite = JSON.parse(File.read(File.join(dir, "cases.json")))
shared = suite.fetch("data")
expected = {}
suite.fetch("cases").each do |c|
  name = c.fetch("name")
  abort "duplicate case #{name}" if expected.key?(name)
  # A deep copy: `increment` writes into the environment hash, which must not leak.
  data = Marshal.load(Marshal.dump(c.key?("data") ? c["data"] : shared))
  begin
    out = Liquid::Template.parse(c.fetch("template")).render!(data)
    expected[name] = { "output" => out }
  rescue Liquid::Error, StandardError => e
    expected[name] = { "error" => e.message }
  end
end
File.write(File.join(dir, "expected.json"), JSON.pretty_generate(expected) + "\n")
puts "#{expected.size} cases, #{expected.count { |_, v| v.key?("error") }} expected errors"
