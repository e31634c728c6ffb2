#!/usr/bin/env bash
# Counts the instructions of the parts of Right Job that use no threads and
# no I/O, with valgrind's callgrind. Instruction counts do not drift with the
# machine's load the way times do, so they show a change in speed on a
# shared machine. Each part runs once (`rightjob bench --only PART`); only
# the instructions inside the part's function are counted, not its setup.
#
#   scripts/callgrind.sh [path/to/rightjob] [runs]
#
# The program defaults to build/test-release/src/app/rightjob. Needs valgrind
# (scripts/install-deps.sh --for-tests installs it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
program="${1:-$root/build/test-release/src/app/rightjob}"
runs="${2:-1}"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "callgrind.sh: valgrind is not installed (scripts/install-deps.sh --for-tests)." >&2
  exit 1
fi
if [ ! -x "$program" ]; then
  echo "callgrind.sh: no program at $program; build it first or give its path." >&2
  exit 1
fi
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy

# part, then the function whose instructions are counted (callgrind's
# --toggle-collect pattern: everything it calls is counted too).
parts=(
  "match_person|rightjob::core::matchPerson(*"
  "match_vacancy|rightjob::core::matchVacancy(*"
  "match_person_cached|rightjob::core::MatchCache::matchPerson(*"
  "match_vacancy_cached|rightjob::core::MatchCache::matchVacancy(*"
  "symbol_search|rightjob::core::SymbolIndex::search(*"
  "summary_text|rightjob::core::makeSummary(*"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%-22s %16s %16s\n' "part" "instructions" "per run"
for entry in "${parts[@]}"; do
  part="${entry%%|*}"
  function="${entry#*|}"
  valgrind --tool=callgrind --callgrind-out-file="$work/$part.out" --collect-atstart=no \
    "--toggle-collect=$function" "$program" bench --only "$part" --runs "$runs" >"$work/$part.log" 2>&1 || {
    echo "callgrind.sh: $part failed:" >&2
    cat "$work/$part.log" >&2
    exit 1
  }
  total="$(sed -n 's/^totals: *//p' "$work/$part.out" | head -n 1)"
  if [ -z "$total" ]; then
    total="$(sed -n 's/^summary: *//p' "$work/$part.out" | head -n 1)"
  fi
  if [ -z "$total" ] || [ "$total" = "0" ]; then
    echo "callgrind.sh: no instructions counted for $part (is $function in the program?)" >&2
    exit 1
  fi
  printf '%-22s %16s %16s\n' "$part" "$total" "$((total / runs))"
done
