#!/usr/bin/env bash
# Runs the product: for now, extracts phones and emails from the bundled sample page.
set -euo pipefail
cd "$(dirname "$0")"
bash ./setup.sh
dotnet run --project functions/LeadIntel.Cli -c Release -- extract --region CA samples/contact-page.html
