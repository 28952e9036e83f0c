#!/usr/bin/env bash
# Installs what the browser test of the HTML report needs: Debian's Chromium and, from the npm
# registry, the exact versions in tests/browser/package-lock.json (playwright-core drives the
# installed Chromium; it downloads no browser of its own). Failing here only makes the test skip.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2 || echo "setup-browser: chromium not installed; the browser test will be skipped" >&2
fi
if command -v npm >/dev/null 2>&1; then
  (cd tests/browser && npm ci --no-audit --no-fund >&2) || echo "setup-browser: npm ci failed; the browser test will be skipped" >&2
fi
exit 0
