#!/usr/bin/env bash
# Installs what is missing, builds a release build on every core, and opens
# Right Job on the demo person.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$root/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRIGHTJOB_TESTS=OFF
cmake --build "$root/build/release" --parallel "$(nproc)" --target rightjob
exec "$root/build/release/src/app/rightjob" --demo "$@"
