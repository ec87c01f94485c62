#!/usr/bin/env bash
# The main job on a built-in demo database: dependencies, build, then the dashboard on a
# private PostgreSQL filled with demo data and live traffic (removed on exit).
# Without a display it prints the quota overview of the demo database instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/quotadesk --demo "$@"
fi
echo "No display: showing the demo database's quota overview on the terminal instead." >&2
echo "(For the dashboard: xvfb-run -a build/bin/quotadesk --demo --screenshot overview.png)" >&2
exec build/bin/quotactl --demo overview --limit 40
