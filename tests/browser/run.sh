#!/usr/bin/env sh
# Runs a browser test (report_test.mjs: the HTML report; page_test.mjs: the service's page), or
# says why it is skipped (no node, no Chromium, or
# the npm packages not installed: scripts/setup-browser.sh installs both).
# Usage: tests/browser/run.sh JAMKOLL_BINARY SOURCE_DIR [TEST.mjs]
here=$(dirname "$0")
if ! command -v node >/dev/null 2>&1; then
  echo "SKIPPED: node is not installed"; echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -x /usr/bin/chromium ]; then
  echo "SKIPPED: run scripts/setup-browser.sh (Debian chromium + npm playwright-core, axe-core)"
  echo "0 passed, 0 failed, 1 skipped"; exit 0
fi
exec node "$here/${3:-report_test.mjs}" "$1" "$2"
