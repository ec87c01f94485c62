#!/usr/bin/env bash
# Benchmark of quotadesk-server (not a test): starts `quotadesk-server --demo` (a throwaway
# PostgreSQL cluster with the demo data, the server's own service+delegate login) and runs
# wrk at 32 connections against POST /api/v1/quota/check and GET /api/v1/quota/status.
# Prints requests/s, p50/p99 latency and errors per endpoint. Target: >= 3,000 req/s with
# p99 <= 20 ms and 0 errors. The server runs in the C locale (its printed lines are read here). Needs wrk (Debian package wrk; not needed by the tests).
#
#   tests/bench/bench_server.sh [BUILD_DIR] [SECONDS] [CONNECTIONS] [THREADS]
#
# THREADS: the server's database workers (default: the server's own, one per core).
# Each endpoint gets a 3-second warm-up first, not counted: each worker's session plans
# its statements once.
set -euo pipefail

build=${1:-build}
seconds=${2:-20}
connections=${3:-32}
threads=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
server="$build/bin/quotadesk-server"
port=$((20000 + RANDOM % 20000))
out=$(mktemp -d)
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$out"' EXIT

command -v wrk >/dev/null || { echo "bench_server: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
LC_ALL=C.UTF-8 "$server" --demo --listen "127.0.0.1:$port" ${threads:+--threads "$threads"} >"$out/stdout" 2>"$out/stderr" &
pid=$!
for _ in $(seq 1 600); do
    grep -q "^Try:" "$out/stdout" 2>/dev/null && break
    kill -0 $pid 2>/dev/null || { cat "$out/stderr" >&2; exit 2; }
    sleep 0.5
done
# The staff account's token: it asks about itself (a demo user may be over quota: 429s
# are answers, but wrk would count them as errors).
token=$(grep -A1 "^Staff JWT" "$out/stdout" | tail -1)
[ -n "$token" ] || { echo "bench_server: no token printed" >&2; cat "$out/stdout" "$out/stderr" >&2; exit 2; }

echo "quotadesk-server --demo, ${threads:-default} database workers; wrk: $connections connections, ${seconds} s per endpoint; $(nproc) cores (shared), load $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
    BENCH_TOKEN=$token BENCH_PATH=$1 BENCH_BODY=$2 \
        wrk -t2 -c"$connections" -d3s -s "$here/bench_server.lua" "http://127.0.0.1:$port" >/dev/null
    BENCH_TOKEN=$token BENCH_PATH=$1 BENCH_BODY=$2 \
        wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/bench_server.lua" "http://127.0.0.1:$port" | grep '^RESULT'
}
run /api/v1/quota/check '{"task_type": "extraction", "estimated_tokens": 10}'
run /api/v1/quota/status ''
