#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: a release build with
# warnings as errors, then the same tests under AddressSanitizer and
# UndefinedBehaviorSanitizer. Needs no display and no sound card.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" --for-tests
"$root/tests/export/install_node_tools.sh"
jobs="$(nproc)"
# ccache (installed with --for-tests) makes a second run on the same machine
# quick; the first run builds everything as before.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

# Tests never need a screen or speakers.
export SDL_VIDEODRIVER=offscreen
export SDL_AUDIODRIVER=dummy

echo "== Release build (-Wall -Wextra -Werror) =="
cmake -S "$root" -B "$root/build/test-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRIGHTJOB_WERROR=ON \
  "${launcher[@]}"
cmake --build "$root/build/test-release" --parallel "$jobs"
ctest --test-dir "$root/build/test-release" --output-on-failure --parallel "$jobs"

echo "== Speed figures (short run; slow figures are reported, not failed) =="
# One run: the table for people, build/bench.json for machines.
"$root/build/test-release/src/app/rightjob" bench --short --out "$root/build/bench.json" 2>/dev/null

echo "== AddressSanitizer and UndefinedBehaviorSanitizer =="
cmake -S "$root" -B "$root/build/test-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRIGHTJOB_SANITIZE=ON \
  -DRIGHTJOB_WERROR=ON "${launcher[@]}"
cmake --build "$root/build/test-sanitize" --parallel "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build/test-sanitize" --output-on-failure --parallel "$jobs"

echo "== Fuzz smoke test (clang, libFuzzer; about 20 s a harness) =="
"$root/scripts/fuzz-smoke.sh" "$root/build/test-fuzz"
