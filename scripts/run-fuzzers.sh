#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, in build-fuzz: only the core sources
# they exercise) and runs each for FUZZ_SECONDS (default 60), starting from its seed corpus
# in tests/fuzz/corpus/<target>/. A crash, a sanitizer report, a broken property or an input
# slower than 10 s fails the run and leaves the input in build-fuzz/crashes/<target>/: fix
# the code, then add that input to the seed corpus so that every later run replays it.
# Arguments: the targets to run (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/clang-build.sh build-fuzz quotadesk_fuzzers -DQUOTADESK_FUZZ=ON

seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_cache_preview fuzz_prompt_set fuzz_connection_target)
declare -A dictionary=(
    [fuzz_cache_preview]=json [fuzz_prompt_set]=json [fuzz_connection_target]=conninfo)

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# All targets at once: each runs its full time whatever the number of cores, and CI waits
# one period instead of three.
fuzz() {
    local target=$1 work=build-fuzz/corpus/$1 crashes=build-fuzz/crashes/$1
    # New inputs go to a scratch corpus; the seeds in the tree are only read.
    mkdir -p "$work" "$crashes"
    build-fuzz/bin/"$target" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -dict=tests/fuzz/dict/"${dictionary[$target]}".dict -artifact_prefix="$crashes/" \
        "$work" tests/fuzz/corpus/"$target" >build-fuzz/"$target".log 2>&1
}
echo "Fuzzing ${targets[*]} for ${seconds} s each."
declare -A pids
for target in "${targets[@]}"; do
    fuzz "$target" &
    pids[$target]=$!
done
failed=()
for target in "${targets[@]}"; do
    if wait "${pids[$target]}"; then
        echo "$target: $(grep -E '^stat::number_of_executed_units' build-fuzz/"$target".log | awk '{print $2}') inputs, no crash"
    else
        tail -n 60 build-fuzz/"$target".log >&2
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing failed: ${failed[*]} (inputs in build-fuzz/crashes/)" >&2
    exit 1
fi
echo "Fuzzing: no crashes."
