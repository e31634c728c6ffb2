#!/bin/sh
# The program makes no network connection (RELIABILITY.md, privacy). Runs the
# real binary as a person or a script would — screenshots of a few screens,
# every export format, speech to a file, a check — under strace, and fails
# when any socket other than a local one (AF_UNIX, AF_NETLINK) is opened, or
# any connect goes to an internet address.
#
# Usage: tests/no_network.sh RIGHTJOB_BINARY SOURCE_FOLDER
# Exit status: 0 no network use, 1 some, 77 skipped (no strace, or tracing
# is not allowed here), as ctest's SKIP_RETURN_CODE expects.
set -u
# LeakSanitizer cannot work under ptrace, so a sanitizer build checks leaks
# in every other test, not here (the option is ignored by other builds).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

binary=${1:?the rightjob binary}
source=${2:?the source folder}

if ! command -v strace >/dev/null 2>&1; then
  echo "SKIP: strace is not installed (scripts/install-deps.sh --for-tests installs it)."
  exit 77
fi
if ! strace -f -qq -o /dev/null -e trace=socket true >/dev/null 2>&1; then
  echo "SKIP: strace cannot trace here (ptrace is not allowed)."
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/people/demo" "$work/home" "$work/out"
cp "$source/assets/demo/profile.json" "$work/data/people/demo/profile.json"
profile="$work/data/people/demo/profile.json"
# Settings and anything else the program keeps go to the scratch folder.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export SDL_VIDEODRIVER="${SDL_VIDEODRIVER:-offscreen}" SDL_AUDIODRIVER="${SDL_AUDIODRIVER:-dummy}"

failed=0
runs=0

# Lines of a trace that use the network: a socket of another family, or a
# connect to an internet address.
network_lines() {
  grep -E 'socket\(|connect\(' "$1" \
    | grep -vE 'socket\((AF_UNIX|AF_LOCAL|AF_NETLINK|PF_UNIX|PF_LOCAL|PF_NETLINK),' \
    | grep -E 'socket\(|sa_family=AF_INET' || true
}

# traced NAME COMMAND...: runs the command under strace; fails on network use
# or when the command itself fails.
traced() {
  name=$1
  shift
  runs=$((runs + 1))
  if ! strace -f -qq -o "$work/$name.trace" -e trace=socket,connect "$@" >"$work/$name.log" 2>&1; then
    echo "FAIL: $name: the command failed:"
    sed 's/^/  /' "$work/$name.log"
    failed=1
  fi
  found=$(network_lines "$work/$name.trace")
  if [ -n "$found" ]; then
    echo "FAIL: $name used the network:"
    echo "$found" | sed 's/^/  /'
    failed=1
  else
    echo "ok: $name ($(grep -cE 'socket\(|connect\(' "$work/$name.trace") local socket calls)"
  fi
}

# The check itself must be able to fail: a shell opening a TCP connection to
# this computer (nothing listens; no packet leaves it) must be seen.
strace -f -qq -o "$work/self-check.trace" -e trace=socket,connect \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' >/dev/null 2>&1
if [ -z "$(network_lines "$work/self-check.trace")" ]; then
  echo "FAIL: the check did not see a TCP connection that a test shell made; it cannot be trusted."
  exit 1
fi

for screen in people person section summary settings; do
  section=""
  if [ "$screen" = section ]; then section="--section likes"; fi
  # shellcheck disable=SC2086
  traced "screenshot-$screen" "$binary" screenshot --profile "$profile" --data-dir "$work/data" --screen "$screen" \
    $section --size 1024x768 --out "$work/out/$screen.png"
done
for format in txt html pdf wav json obz bundle; do
  traced "export-$format" "$binary" export --profile "$profile" --format "$format" --out "$work/out/summary.$format"
done
traced say "$binary" say "I like cooking." --out "$work/out/say.wav"
traced check "$binary" check "$profile" "$source/layouts/vocational_profile.json"

if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "No network use in $runs runs of rightjob."
