#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
bash ./setup.sh || exit 1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
dotnet test LeadIntel.Functions.sln -c Release --logger "trx" --results-directory "$results" "$@"
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
echo "$passed passed, $failed failed"
exit $status
