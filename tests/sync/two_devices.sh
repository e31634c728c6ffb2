#!/usr/bin/env bash
# Two devices, one team folder: two real Syncthing instances on 127.0.0.1
# share a people folder; both change the same person at once (with
# sync_editor, which works as the window does) and both must end with every
# answer from both, and no conflict copy left. Only loopback traffic: no
# global or local discovery, no relays, no NAT, no usage reporting, fixed
# ports. Each instance has its own home folder made here; the device ids are
# read from their generated certificates (syncthing serve --device-id).
# Ends by itself (about a minute; at most 3) and always stops both instances.
#
#   tests/sync/two_devices.sh SYNC_EDITOR RIGHTJOB
# Exit 0: converged; 1: did not; 77: skipped (no syncthing).
set -uo pipefail

editor=$1
rightjob=$2
if ! command -v syncthing >/dev/null 2>&1; then
  echo "SKIPPED: syncthing is not installed (scripts/install-deps.sh --for-tests installs it)."
  exit 77
fi

started=$(date +%s)
work=$(mktemp -d /tmp/rightjob-sync-XXXXXX)
pids=()
finish() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  if [ "${keep_work:-0}" = 1 ]; then echo "The folders are kept in $work."; else rm -rf "$work"; fi
}
trap finish EXIT
fail() {
  echo "FAILED: $*"
  for side in a b; do echo "--- syncthing $side log (end)"; tail -n 15 "$work/$side/syncthing.log"; done
  keep_work=1
  exit 1
}
elapsed() { echo $(( $(date +%s) - started )); }

export STNOUPGRADE=1 STNODEFAULTFOLDER=1 STNORESTART=1
declare -A listen=([a]=22171 [b]=22172) gui=([a]=28471 [b]=28472) id=()
for side in a b; do
  mkdir -p "$work/$side/home" "$work/$side/data/people/.stfolder"
  syncthing generate --home="$work/$side/home" --no-default-folder --skip-port-probing >/dev/null 2>&1 \
    || fail "syncthing generate did not work for $side"
  id[$side]=$(syncthing serve --home="$work/$side/home" --device-id 2>/dev/null | tr -d '[:space:]')
  [ -n "${id[$side]}" ] || fail "no device id for $side"
done
# The config is written below in the version this Syncthing generated.
version=$(sed -n 's/.*<configuration version="\([0-9]*\)".*/\1/p' "$work/a/home/config.xml" | head -n 1)
[ -n "$version" ] || fail "the generated config has no version"

for side in a b; do
  other=$([ "$side" = a ] && echo b || echo a)
  cat >"$work/$side/home/config.xml" <<XML
<configuration version="$version">
  <folder id="rightjob-team" label="Right Job team" path="$work/$side/data/people" type="sendreceive"
          rescanIntervalS="3" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${id[a]}"></device>
    <device id="${id[b]}"></device>
    <minDiskFree unit="%">0</minDiskFree>
    <versioning></versioning>
  </folder>
  <device id="${id[$side]}" name="device-$side" compression="metadata" introducer="false">
    <address>tcp://127.0.0.1:${listen[$side]}</address>
  </device>
  <device id="${id[$other]}" name="device-$other" compression="metadata" introducer="false">
    <address>tcp://127.0.0.1:${listen[$other]}</address>
  </device>
  <gui enabled="true" tls="false">
    <address>127.0.0.1:${gui[$side]}</address>
    <apikey>rightjob-test-$side</apikey>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${listen[$side]}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
XML
  # The program writes the folder's .stignore (locks, temporary files, backups).
  "$rightjob" people --data-dir "$work/$side/data" >/dev/null || fail "rightjob people did not run for $side"
  [ -f "$work/$side/data/people/.stignore" ] || fail "rightjob did not write .stignore for $side"
  syncthing serve --home="$work/$side/home" --no-browser --no-restart --no-upgrade \
    >"$work/$side/syncthing.log" 2>&1 &
  pids+=($!)
done

# Wait for the two to connect (their REST API on 127.0.0.1).
for _ in $(seq 1 60); do
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a Syncthing instance stopped"; done
  if curl -s -H "X-API-Key: rightjob-test-a" "http://127.0.0.1:${gui[a]}/rest/system/connections" 2>/dev/null \
       | grep -q '"connected": *true'; then connected=1; break; fi
  sleep 1
done
[ "${connected:-0}" = 1 ] || fail "the two Syncthing instances did not connect within 60 s"
echo "connected after $(elapsed) s"

person=$("$editor" --data-dir "$work/a/data" --create "Sam Sync") || fail "no person made"
for _ in $(seq 1 60); do
  [ -f "$work/b/data/people/$person/profile.json" ] && break
  sleep 1
done
[ -f "$work/b/data/people/$person/profile.json" ] || fail "the person did not reach device b within 60 s"
echo "the person reached device b after $(elapsed) s"

# Both devices work on the person at once, while the folder syncs.
answers=16
"$editor" --data-dir "$work/a/data" --person "$person" --device a --answers $answers --expect $((2 * answers)) \
  --timeout 80 >"$work/a/editor.log" 2>&1 &
editor_a=$!
"$editor" --data-dir "$work/b/data" --person "$person" --device b --answers $answers --expect $((2 * answers)) \
  --timeout 80 >"$work/b/editor.log" 2>&1 &
editor_b=$!
wait $editor_a; status_a=$?
wait $editor_b; status_b=$?
cat "$work/a/editor.log" "$work/b/editor.log"
[ $status_a = 0 ] || fail "device a did not end with every answer"
[ $status_b = 0 ] || fail "device b did not end with every answer"
echo "both devices showed every answer after $(elapsed) s"

# On the disk of both: every answer, and no conflict copy left (rightjob
# people merges any the editors left when they stopped).
for _ in $(seq 1 40); do
  ok=1
  for side in a b; do
    "$rightjob" people --data-dir "$work/$side/data" >/dev/null
    count=$("$editor" --data-dir "$work/$side/data" --person "$person" --count)
    [ "$count" = "answers $((2 * answers)) notes $((2 * ((answers + 2) / 3))) conflict_copies 0" ] || ok=0
  done
  [ $ok = 1 ] && break
  sleep 1
done
for side in a b; do
  echo "device $side on disk: $("$editor" --data-dir "$work/$side/data" --person "$person" --count)"
done
[ $ok = 1 ] || fail "the two profiles on disk did not converge"
cmp -s "$work/a/data/people/$person/profile.json" "$work/b/data/people/$person/profile.json" \
  || fail "the two profile files differ"
echo "PASSED: both devices converged with every answer in $(elapsed) s"
