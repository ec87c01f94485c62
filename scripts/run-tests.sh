#!/usr/bin/env bash
# The whole test suite on a new Debian 12 machine: dependencies, configure, build, ctest.
# CI runs exactly this (.ci/run). Tests start their own throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
cd build
ctest --output-on-failure -j2 --timeout 600
