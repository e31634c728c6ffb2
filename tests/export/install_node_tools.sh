#!/usr/bin/env bash
# Installs the npm packages the export tests use (axe-core, puppeteer-core)
# into tests/export/node_modules, exactly as package-lock.json says. Does
# nothing when they are there already, or when npm is missing (the
# accessibility test then says why it cannot run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v npm >/dev/null 2>&1; then
  echo "Right Job: npm is missing; the HTML accessibility test will be skipped."
  exit 0
fi
# A copy of the lock file beside the packages says which lock they came from.
stamp="$here/node_modules/.rightjob-installed-from-lock"
if cmp -s "$here/package-lock.json" "$stamp" 2>/dev/null; then
  exit 0
fi
echo "Right Job: installing axe-core and puppeteer-core for the HTML accessibility test"
npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
cp "$here/package-lock.json" "$stamp"
