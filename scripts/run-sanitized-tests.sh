#!/usr/bin/env bash
# The test suite once more, built with AddressSanitizer + UndefinedBehaviorSanitizer (clang,
# -O1, in build-asan): every report fails the run. CI runs it after scripts/run-tests.sh.
# Arguments go to ctest (e.g. -R tst_cache to run a few tests while fixing one).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
# clang: it compiles this code base faster than g++ and is needed for the fuzzers anyway.
# -O1 with line tables only keeps the build short and the stack traces readable.
cmake -S . -B build-asan -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DQUOTADESK_SANITIZE=ON
# The test programs and what they run (quotactl, the PostgreSQL fixture); not the
# dashboard program or the benchmarks.
cmake --build build-asan -j2 --target quotadesk_tests

# Reports go to files as well as failing the process: a report in a child process
# (quotactl run by a test that expects it to fail) must not pass unseen.
logs=$PWD/build-asan/sanitizer-logs
rm -rf "$logs"
mkdir -p "$logs"
chmod 1777 "$logs"   # the PostgreSQL fixture's helpers may run as the postgres user
# Leak detection stays off, as in KeePassXC's and Nextcloud's CI: Qt, fontconfig and the
# QPSQL plugin keep process-lifetime allocations that LeakSanitizer reports as leaks.
export ASAN_OPTIONS="detect_leaks=0:log_path=$logs/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan"

# Tests that cannot run under ASan, each with its reason:
#   (none)
excluded='^$'

status=0
(cd build-asan && ctest --output-on-failure -j2 --timeout 900 -E "$excluded" "$@") || status=$?

if compgen -G "$logs/*" >/dev/null; then
    echo "Sanitizer reports:" >&2
    cat "$logs"/* >&2
    exit 1
fi
echo "Sanitizers: no reports."
exit "$status"
