#!/usr/bin/env bash
# Builds the libFuzzer harnesses in fuzz/ with clang and runs each one
# briefly from its committed seed corpus: a smoke test that every loader still
# refuses bad input without crashing. Two harnesses run at once; each gets
# FUZZ_SECONDS (20 by default). Fails, printing the crashing input's path,
# when any harness finds a crash, a hang, a leak or a sanitizer report.
# Usage: scripts/fuzz-smoke.sh [build-folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/fuzz}"
seconds="${FUZZ_SECONDS:-20}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz-smoke: clang++ is missing (scripts/install-deps.sh --for-tests installs it)." >&2
  exit 1
fi

echo "== Fuzz smoke test: ${seconds} s for each harness =="
# -O1 with line tables only: quick to build, and the stack traces still name lines.
# A folder that scripts/test.sh already configured for fuzzing (with the tests
# as well) is used as it is.
if ! grep -q '^RIGHTJOB_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
    -DRIGHTJOB_FUZZ=ON -DRIGHTJOB_TESTS=OFF -DRIGHTJOB_WERROR=ON >/dev/null
fi
cmake --build "$build" --target rightjob_fuzzers --parallel "$(nproc)"

work="$build/fuzz-smoke"
rm -rf "$work"
mkdir -p "$work"

run_one() {
  local harness="$1"
  local corpus="$work/corpus-$harness"
  mkdir -p "$corpus"
  local dict=()
  case "$harness" in
    image_import|bundle|zip_archive|wav) ;;
    *) dict=("-dict=$root/fuzz/json.dict") ;;
  esac
  # New inputs go to a scratch corpus; the committed seeds and the inputs
  # that once crashed (fuzz/regressions/) are only read, and run first.
  local regressions=()
  if [ -d "$root/fuzz/regressions/$harness" ]; then
    regressions=("$root/fuzz/regressions/$harness")
  fi
  if (cd "$work" && nice -n 10 "$build/fuzz/fuzz_$harness" "${dict[@]}" -max_total_time="$seconds" \
      -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$work/$harness-" \
      "$corpus" "$root/fuzz/corpus/$harness" "${regressions[@]}" >"$work/$harness.log" 2>&1); then
    echo "fuzz-smoke: $harness ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$harness.log" | grep -o '[0-9]*$') runs)"
  else
    echo "fuzz-smoke: $harness FAILED; the input is in $work/$harness-*; the log follows." >&2
    tail -n 60 "$work/$harness.log" >&2
    return 1
  fi
}
export -f run_one
export root build work seconds

# One harness for each folder of seeds (the regression test checks that
# every loader has one).
ls "$root/fuzz/corpus" | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {}
echo "fuzz-smoke: every harness ran without a crash."
