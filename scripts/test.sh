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
  # The test binaries use a precompiled header; ccache caches them only so.
  export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
fi

# How long each part took, so a slow CI run says where the time went.
phase_started=0
took() {
  echo "== $1 took $((SECONDS - phase_started)) s (all so far: ${SECONDS} s) =="
  phase_started=$SECONDS
}

took "Installing what is missing"

# Tests never need a screen or speakers.
export SDL_VIDEODRIVER=offscreen
export SDL_AUDIODRIVER=dummy

echo "== Release build (-Wall -Wextra -Werror) =="
cmake -S "$root" -B "$root/build/test-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRIGHTJOB_WERROR=ON \
  "${launcher[@]}"
cmake --build "$root/build/test-release" --parallel "$jobs"
took "The release build"
ctest --test-dir "$root/build/test-release" --output-on-failure --parallel "$jobs"
took "The release tests"

echo "== Speed figures (short run; slow figures are reported, not failed) =="
# One run: the table for people, build/bench.json for machines.
"$root/build/test-release/src/app/rightjob" bench --short --out "$root/build/bench.json" 2>/dev/null
took "The speed figures"

echo "== AddressSanitizer and UndefinedBehaviorSanitizer, and the fuzz smoke test: one clang build =="
# One build serves both: every test under ASan and UBSan, then every libFuzzer
# harness for about 20 s. -O1 with line tables keeps the stack traces naming
# lines and runs the slow tests (SIGKILL power loss, the UI loop) far quicker
# than -O0; building the sanitizers and the fuzzers apart cost a whole build.
CC=clang CXX=clang++ cmake -S "$root" -B "$root/build/test-sanitize" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
  -DRIGHTJOB_FUZZ=ON -DRIGHTJOB_TESTS=ON -DRIGHTJOB_WERROR=ON "${launcher[@]}"
cmake --build "$root/build/test-sanitize" --parallel "$jobs"
took "The sanitizer build"
# The package test (label install) runs in the release build only: a .deb
# of sanitizer-built programs is not what anyone installs.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build/test-sanitize" --output-on-failure --parallel "$jobs" --label-exclude install
took "The tests under the sanitizers"

"$root/scripts/fuzz-smoke.sh" "$root/build/test-sanitize"
took "The fuzz smoke test"
