#!/usr/bin/env bash
# A headless run of Right Job under valgrind's memcheck (issue 9): every
# screen drawn with `rightjob screenshot`, and the summary exported as a PDF,
# each under
#   valgrind --tool=memcheck --error-exitcode=1 --leak-check=full
# with suppressions (scripts/memcheck.supp) only for libraries that are not
# ours, each with its reason. Fails when any run reports an error or a leak.
#
#   scripts/memcheck.sh [path/to/rightjob]
#
# The program defaults to build/test-release/src/app/rightjob; build it with
# debug information (RelWithDebInfo) so the stacks name our functions. Needs
# valgrind (scripts/install-deps.sh --for-tests installs it). Exit status 0
# clean, 1 a finding, 77 valgrind missing (ctest skips).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
program="${1:-$root/build/test-release/src/app/rightjob}"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "memcheck.sh: SKIP: valgrind is not installed (scripts/install-deps.sh --for-tests)."
  exit 77
fi
if [ ! -x "$program" ]; then
  echo "memcheck.sh: no program at $program; build it first or give its path." >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/people/demo" "$work/home" "$work/out"
cp "$root/assets/demo/profile.json" "$work/data/people/demo/profile.json"
profile="$work/data/people/demo/profile.json"
# A second person whose name the font atlas cannot draw (right to left, an
# emoji), so the people screen draws text through pango as well.
mkdir -p "$work/data/people/sara"
sed 's/"name": "Jordan Reed", "preferred_name": "Jordan"/"name": "\xd8\xb3\xd8\xa7\xd8\xb1\xd8\xa9 \xf0\x9f\x90\xb6", "preferred_name": ""/' \
  "$profile" >"$work/data/people/sara/profile.json"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy

# Every screen the demo person can show, with what it needs.
runs=(
  "people|screenshot --data-dir $work/data --screen people"
  "person|screenshot --profile $profile --screen person"
  "section|screenshot --profile $profile --screen section --section likes"
  "mat|screenshot --profile $profile --screen mat --section likes"
  "session|screenshot --profile $profile --screen session"
  "add-person|screenshot --profile $profile --screen add-person"
  "delete-person|screenshot --profile $profile --screen delete-person"
  "settings|screenshot --profile $profile --screen settings"
  "jobs|screenshot --profile $profile --screen jobs"
  "vacancy|screenshot --profile $profile --screen vacancy"
  "passphrase|screenshot --profile $profile --screen passphrase"
  "pronunciations|screenshot --profile $profile --screen pronunciations"
  "about|screenshot --profile $profile --screen about"
  "summary|screenshot --profile $profile --screen summary"
  "export-pdf|export --profile $profile --format pdf --out $work/out/summary.pdf"
)

failed=0
total_errors=0
total_lost=0
for entry in "${runs[@]}"; do
  name="${entry%%|*}"
  arguments="${entry#*|}"
  case "$arguments" in screenshot*) arguments="$arguments --size 1024x768 --out $work/out/$name.png" ;; esac
  log="$work/$name.log"
  start=$(date +%s)
  # shellcheck disable=SC2086
  valgrind --tool=memcheck --error-exitcode=1 --leak-check=full --num-callers=30 \
    --suppressions="$root/scripts/memcheck.supp" --log-file="$log" "$program" $arguments >"$work/$name.out" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9,]*\) errors.*/\1/p' "$log" | tail -1 | tr -d ,)
  lost=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$log" | tail -1 | tr -d ,)
  errors=${errors:-?}
  lost=${lost:-0}
  printf '%-16s exit %d, %s errors, %s bytes definitely lost, %d s\n' "$name" "$status" "$errors" "$lost" "$seconds"
  if [ "$status" -ne 0 ] || [ "$errors" != 0 ]; then
    failed=1
    if [ -n "${MEMCHECK_KEEP:-}" ]; then cp "$log" "$MEMCHECK_KEEP/$name.log"; fi
    sed 's/^/    /' "$work/$name.out"
    grep -v '^==[0-9]*== *$' "$log" | sed -n '/ERROR SUMMARY/q;p' | tail -n +8 | head -120 | sed 's/^/    /'
  fi
  [ "$errors" != "?" ] && total_errors=$((total_errors + errors))
  total_lost=$((total_lost + lost))
done
echo "memcheck: ${#runs[@]} runs, $total_errors errors, $total_lost bytes definitely lost."
exit "$failed"
