#!/usr/bin/env bash
# Configures BUILD_DIR with clang and builds TARGET: the sanitizer and fuzz builds.
# Usage: clang-build.sh BUILD_DIR TARGET [cmake options...]
# -O1 with line tables only keeps the build short and the sanitizers' stack traces readable.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1 target=$2
shift 2

bash scripts/install-deps.sh
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    "$@"
cmake --build "$build" -j2 --target "$target"
