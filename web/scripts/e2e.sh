#!/usr/bin/env bash
# Runs the end-to-end suite once (Playwright in Debian Chromium against the real `leadintel up --demo`, which the
# suite's global setup starts on a free port and stops) and writes its JSON report to $1 (default
# web/test-results/e2e.json). The repository's test.sh reads the counts from that report (scripts/playwrightCounts.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-test-results/e2e.json}
mkdir -p "$(dirname "$report")"
rm -f "$report"

bash scripts/install.sh || exit 1
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[[ -x $chromium ]] || { echo "e2e: no Chromium at $chromium (setup.sh installs Debian's chromium)" >&2; exit 1; }
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
E2E_JSON_REPORT="$(realpath -m "$report")" exec npx playwright test
