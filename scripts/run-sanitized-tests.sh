#!/usr/bin/env bash
# The test suite once more, built with AddressSanitizer + UndefinedBehaviorSanitizer (clang,
# -O1, in build-asan): every report fails the run. CI runs it after scripts/run-tests.sh.
# Arguments go to ctest (e.g. -R tst_cache to run a few tests while fixing one).
set -euo pipefail
cd "$(dirname "$0")/.."

# clang: libFuzzer needs it (scripts/run-fuzzers.sh), and one compiler serves both. Built:
# the test programs and what they run (quotactl, the PostgreSQL fixture); not the
# dashboard program or the benchmarks.
bash scripts/clang-build.sh build-asan quotadesk_tests -DQUOTADESK_SANITIZE=ON

# Reports go to files (and end the process): a report in a child process, such as a
# quotactl that a test expects to fail, must not pass unseen.
logs=$PWD/build-asan/sanitizer-logs
rm -rf "$logs"
mkdir -p "$logs"
# Leak detection stays off, as in KeePassXC's and Nextcloud's CI: the GUI tests end with
# Qt objects still alive (tst_dashboard: 88 kB in 558 blocks, every stack inside Qt and
# its event dispatch, none through our code), which LeakSanitizer reports as leaks.
export ASAN_OPTIONS="detect_leaks=0:log_path=$logs/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan"

# Every test runs: none has needed excluding. One that cannot run under the sanitizers
# would be named here, with its reason, as ctest -E 'name|name'.
status=0
(cd build-asan && ctest --output-on-failure -j2 "$@") || status=$?

if compgen -G "$logs/*" >/dev/null; then
    echo "Sanitizer reports:" >&2
    cat "$logs"/* >&2
    exit 1
fi
echo "Sanitizers: no reports."
exit "$status"
