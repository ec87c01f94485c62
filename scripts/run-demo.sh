#!/usr/bin/env bash
# The main job on a built-in demo database: dependencies, build, then run it on a
# private PostgreSQL filled with demo data (stopped and removed on exit).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
exec build/bin/quotactl --demo overview --limit 40 "$@"
