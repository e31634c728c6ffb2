#!/usr/bin/env bash
# Makes Right Job's sound cues: short, soft sine tones with gentle fades,
# 22,050 Hz mono 16-bit WAV, the format the program plays speech in.
#   answer-placed.wav  two notes going up: "that went in"
#   undo.wav           two notes going down: "taken back"
#   error.wav          one low note, twice, softly: "that did not work"
#   done.wav           three notes going up: "all finished"
#   scan-step.wav      one short, high, quiet note: "the highlight moved"
# Needs sox (apt-get install sox). No dither, so the same sox makes the same
# bytes every time. Run from anywhere; the files are written beside this script.
set -euo pipefail

folder="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

rate=22050
volume=0.25   # about -12 dBFS at the peak: present, never startling

# note NAME SECONDS FREQUENCY: a sine note that starts softly and dies away.
note() {
  local name=$1 seconds=$2 frequency=$3
  sox -D -n -r "$rate" -c 1 -b 16 "$work/$name.wav" \
    synth "$seconds" sine "$frequency" \
    fade q 0.008 "$seconds" "$(awk "BEGIN { print $seconds * 0.6 }")" \
    vol "$volume"
}

# silence NAME SECONDS
silence() {
  sox -D -n -r "$rate" -c 1 -b 16 "$work/$1.wav" trim 0 "$2"
}

# cue OUTPUT PARTS...: joins parts and ends the cue with a short fade.
cue() {
  local output=$1
  shift
  local parts=()
  for part in "$@"; do parts+=("$work/$part.wav"); done
  sox -D "${parts[@]}" -r "$rate" -c 1 -b 16 "$folder/$output.wav" fade q 0 -0 0.01
  echo "made audio/$output.wav ($(soxi -D "$folder/$output.wav") s)"
}

# Notes of a C major chord, soft and consonant.
note c5 0.09 523.25
note e5 0.09 659.25
note g5 0.16 783.99
note a4 0.16 440.00
note d5 0.09 587.33
note low1 0.11 233.08
note low2 0.15 233.08
note e6 0.13 1318.51
silence gap 0.04

cue answer-placed c5 g5          # 250 ms
cue undo d5 a4                   # 250 ms
cue error low1 gap low2          # 300 ms
cue done c5 e5 g5                # 340 ms
cue scan-step e6                 # 130 ms
