#!/usr/bin/env bash
# The walkthrough: the real program in a real X window (Xvfb), driven with
# the mouse and keyboard by xdotool as a job coach would, then the saved
# profile checked; then the program started again to see it all still there.
#
# Usage: walkthrough.sh RIGHTJOB_BINARY [SCREENSHOT_FOLDER]
# Screenshots go to SCREENSHOT_FOLDER (a temporary folder when not given).
# Exits 77 (skipped) only when Xvfb or xdotool is not installed.
set -uo pipefail

binary="$1"
here="$(cd "$(dirname "$0")" && pwd)"
for program in Xvfb xdotool python3; do
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "WARN: $program is missing (scripts/install-deps.sh --for-tests installs it): the walkthrough is not run."
    exit 77
  fi
done

work="$(mktemp -d /tmp/rightjob-walkthrough.XXXXXX)"
shots="${2:-${RIGHTJOB_WALKTHROUGH_SHOTS:-$work/screenshots}}"
mkdir -p "$shots"
xvfb_pid=""
finish() {
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap finish EXIT

# A free display number.
display=""
for number in $(seq 90 140); do
  if [ ! -e "/tmp/.X${number}-lock" ] && [ ! -e "/tmp/.X11-unix/X${number}" ]; then
    display=":$number"
    break
  fi
done
if [ -z "$display" ]; then
  echo "FAIL: no free X display number."
  exit 1
fi
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done
if ! kill -0 "$xvfb_pid" 2>/dev/null; then
  echo "FAIL: Xvfb did not start:"
  cat "$work/xvfb.log"
  exit 1
fi

# The real window on the X server: not the offscreen driver the other tests use.
unset SDL_VIDEODRIVER
export DISPLAY="$display"
export SDL_AUDIODRIVER=dummy
# Under AddressSanitizer, no leak check for this one test: a real X window
# brings in D-Bus and the X server's own libraries, which keep a little
# memory to the end and are unloaded before LeakSanitizer looks, so their
# stacks cannot be named (and suppressed). Every other sanitizer check stays
# on, and the leak check of our own code runs in every other test.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

python3 "$here/walkthrough.py" "$binary" "$work/data" "$shots" "$work"
