-- wrk script for bench_server.sh: BENCH_PATH and BENCH_BODY (empty: GET) from the
-- environment, the token in BENCH_TOKEN. Prints one summary line wrk's own output lacks.
local path = os.getenv("BENCH_PATH")
local body = os.getenv("BENCH_BODY") or ""
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
if body ~= "" then
    wrk.method = "POST"
    wrk.body = body
    wrk.headers["Content-Type"] = "application/json"
end

request = function()
    return wrk.format(nil, path)
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    local socketErrors = e.connect + e.read + e.write + e.timeout
    io.write(string.format("RESULT path=%s requests_per_s=%.0f p50_ms=%.2f p99_ms=%.2f requests=%d socket_errors=%d non_2xx=%d\n",
        path, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.requests, socketErrors, e.status))
end
