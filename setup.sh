#!/usr/bin/env bash
# Installs what LeadIntel needs on a Debian machine, as root. Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# OCR: Tesseract 5 and Leptonica (runtime libraries only; called via P/Invoke), English data; DejaVu fonts render test images.
# curl: run.sh polls the local stack's health endpoint.
# chromium: the browser worker drives Debian Chromium through Playwright (never `playwright install`),
#   and so do the web app's end-to-end tests.
apt_packages=(libtesseract5 liblept5 tesseract-ocr-eng fonts-dejavu-core curl chromium)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Azurite (the Azure Storage emulator) for `leadintel up` and the integration tests, pinned by azurite/package-lock.json.
command -v npm >/dev/null || { echo "setup: node and npm are required on PATH (Azurite)" >&2; exit 1; }
# A copy of the lock file marks a finished install, so a rerun skips npm and an interrupted one repeats it.
if ! cmp -s azurite/package-lock.json azurite/node_modules/.installed-lock.json 2>/dev/null; then
  echo "setup: installing Azurite"
  (cd azurite && npm ci --no-audit --no-fund --loglevel=error >/dev/null && cp package-lock.json node_modules/.installed-lock.json)
fi

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is required on PATH" >&2; exit 1; }
dotnet restore LeadIntel.Functions.sln --verbosity quiet
bash web/scripts/install.sh
