#!/usr/bin/env bash
# Prints the summary through Right Job's own code (the summary screen's
# Print button and its CUPS printers) to a private CUPS print server that
# this script starts in a temporary folder: its own cupsd.conf, spool and
# socket, so the computer's printers are never touched. The queue keeps
# each job in a file (a tiny backend in the private ServerBin), and the UI
# test checks that file: a PDF holding the summary's words.
#
# Usage: print_test.sh UI_TESTS_BINARY
# Exits 77 (skipped) only when cupsd is not installed or cannot start here.
set -uo pipefail

ui_tests="$1"
for program in cupsd lpadmin lpstat pdftotext; do
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "WARN: $program is missing (scripts/install-deps.sh --for-tests installs it): printing is not tested."
    exit 77
  fi
done

work="$(mktemp -d /tmp/rightjob-print.XXXXXX)"
cupsd_pid=""
finish() {
  if [ -n "$cupsd_pid" ]; then
    kill "$cupsd_pid" 2>/dev/null
    wait "$cupsd_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap finish EXIT

mkdir -p "$work"/{spool,cache,state,log,tmp,out,bin/backend}
chmod 755 "$work"
chmod 777 "$work/out" # the backend runs as CUPS's own user
# The private ServerBin: CUPS's own programs, and one backend of ours.
cups_bin=/usr/lib/cups
for part in daemon filter notifier cgi-bin monitor driver; do
  [ -e "$cups_bin/$part" ] && ln -s "$cups_bin/$part" "$work/bin/$part"
done
cat > "$work/bin/backend/keepfile" <<'BACKEND'
#!/bin/sh
# keepfile:/folder/name - keeps each job as /folder/name-JOB-copiesN.pdf
if [ $# -eq 0 ]; then
  echo 'file keepfile "Unknown" "Keep each job in a file"'
  exit 0
fi
out="${DEVICE_URI#keepfile:}"
if [ -n "${6:-}" ]; then cat "$6" > "$out.part"; else cat > "$out.part"; fi
mv "$out.part" "$out-$1-copies$4.pdf"
BACKEND
chmod 755 "$work/bin/backend/keepfile"

cat > "$work/cupsd.conf" <<CONF
Listen $work/cups.sock
Browsing No
WebInterface No
LogLevel info
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$work/cups-files.conf" <<CONF
ServerRoot $work
ServerBin $work/bin
RequestRoot $work/spool
CacheDir $work/cache
StateDir $work/state
TempDir $work/tmp
ErrorLog $work/log/error_log
AccessLog $work/log/access_log
PageLog $work/log/page_log
Printcap $work/printcap
FileDevice Yes
Sandboxing Relaxed
CONF

cupsd -f -c "$work/cupsd.conf" -s "$work/cups-files.conf" >"$work/log/cupsd.out" 2>&1 &
cupsd_pid=$!
export CUPS_SERVER="$work/cups.sock"
started=no
for _ in $(seq 1 100); do
  if [ -S "$work/cups.sock" ] && lpstat -r 2>/dev/null | grep -q "is running"; then
    started=yes
    break
  fi
  if ! kill -0 "$cupsd_pid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
if [ "$started" != yes ]; then
  echo "WARN: a private cupsd cannot start here: printing is not tested. Its log:"
  cat "$work/log/cupsd.out" "$work/log/error_log" 2>/dev/null | tail -20
  exit 77
fi

# Two printers: the usual one, which keeps its jobs, and another.
lpadmin -p Right_Job_Test -D "Test printer" -E -v "keepfile:$work/out/job" -m raw 2>&1 | grep -v "deprecated" || true
lpadmin -p Hall_Printer -D "Hall printer" -E -v "keepfile:$work/out/hall" -m raw 2>&1 | grep -v "deprecated" || true
lpadmin -d Right_Job_Test
if ! lpstat -p Right_Job_Test >/dev/null 2>&1; then
  echo "FAIL: the test printer could not be added."
  tail -20 "$work/log/error_log"
  exit 1
fi

export RIGHTJOB_PRINT_TEST_OUT="$work/out"
"$ui_tests" "[cups]"
status=$?
if [ $status -ne 0 ]; then
  echo "The print server's log:"
  tail -30 "$work/log/error_log"
fi
exit $status
