#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
bash ./setup.sh || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
# A test that hangs is killed after 15 min and counts as failed, so a run always ends.
dotnet test LeadIntel.Functions.sln -c Release --logger "trx" --results-directory "$results" --blame-hang-timeout 15m --blame-hang-dump-type none "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [[ -f $trx ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if ((status != 0 && failed == 0)); then failed=1; fi

# Web app: Vitest (npm ci first when node_modules is missing or package-lock.json changed); its counts join the totals.
bash web/scripts/test.sh "$results/vitest.json"; web_status=$?
read -r web_passed web_failed < <(node web/scripts/vitestCounts.mjs "$results/vitest.json" "$web_status")
passed=$((passed + ${web_passed:-0})); failed=$((failed + ${web_failed:-1}))
if ((web_status != 0 && status == 0)); then status=$web_status; fi

# End-to-end: Playwright in Debian Chromium against `leadintel up --demo`, started and stopped by the suite itself.
bash web/scripts/e2e.sh "$results/e2e.json"; e2e_status=$?
read -r e2e_passed e2e_failed < <(node web/scripts/playwrightCounts.mjs "$results/e2e.json" "$e2e_status")
passed=$((passed + ${e2e_passed:-0})); failed=$((failed + ${e2e_failed:-1}))
if ((e2e_status != 0 && status == 0)); then status=$e2e_status; fi
echo "$passed passed, $failed failed"
exit $status
