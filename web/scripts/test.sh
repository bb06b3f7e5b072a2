#!/usr/bin/env bash
# Runs the web app's Vitest suite once and writes its JSON report to $1 (default web/test-results/vitest.json).
# The repository's test.sh reads the counts from that report (scripts/vitestCounts.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-test-results/vitest.json}
mkdir -p "$(dirname "$report")"
rm -f "$report"

bash scripts/install.sh || exit 1
exec npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
