#!/usr/bin/env bash
# Installs web/ dependencies with `npm ci` only when node_modules is missing or package-lock.json changed since
# the last install (a hash stamp in node_modules), so repeated setup/test runs cost nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v npm >/dev/null || { echo "web: Node.js >= 20.19 with npm is required" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "web: Node.js >= 20.19 is required (found $(node --version))" >&2; exit 1; }

stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -d node_modules && -f $stamp && $(cat "$stamp") == "$want" ]]; then exit 0; fi
echo "web: npm ci"
# @playwright/test drives Debian's Chromium (/usr/bin/chromium); never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund --loglevel=error
echo "$want" >"$stamp"
