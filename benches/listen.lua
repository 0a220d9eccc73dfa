-- wrk script for benches/listen.sh: POST a signed JSON delivery; print machine-readable totals.
local body = os.getenv("BENCH_BODY")
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Scope-Topic"] = "scenario_session/completed"
wrk.headers["X-Scope-Topic-Version"] = "1.1"
wrk.headers["X-Scope-Webhook-Id"] = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"
wrk.headers["X-Scope-Hmac-Sha256"] = os.getenv("BENCH_SIG")

function done(summary, latency, requests)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d non2xx=%d socket_errors=%d rps=%.0f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout,
    summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
