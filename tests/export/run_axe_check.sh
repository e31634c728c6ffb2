#!/usr/bin/env bash
# The HTML accessibility test: writes the summary page of every test profile
# (the export tests binary's "[.write-summaries]" case) and checks each with
# axe-core in headless Chromium (axe_check.js). ctest runs it with the tests
# binary as its argument. Exits 77, which ctest reports as skipped, when
# node or Chromium is missing; install_node_tools.sh (run by
# scripts/test.sh) installs the npm packages.
set -euo pipefail
script="${BASH_SOURCE[0]}"
[[ "$script" == */* ]] || script="./$script"
here="$(cd "${script%/*}" && pwd)"
tests_binary="${1:?give the rightjob_export_tests binary}"

if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed (Debian package nodejs), so axe-core cannot check the HTML page."
  exit 77
fi
if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "SKIPPED: Chromium is not installed (Debian package chromium), so axe-core cannot check the HTML page."
  exit 77
fi
if [ ! -d "$here/node_modules/axe-core" ] || [ ! -d "$here/node_modules/puppeteer-core" ]; then
  echo "FAILED: the npm packages axe-core and puppeteer-core are not installed."
  echo "Run tests/export/install_node_tools.sh (scripts/test.sh does)."
  exit 1
fi

pages="$(mktemp -d)"
trap 'rm -rf "$pages"' EXIT
RIGHTJOB_SUMMARY_PAGES="$pages" "$tests_binary" "[.write-summaries]" >/dev/null
node "$here/axe_check.js" "$pages"/*.html
