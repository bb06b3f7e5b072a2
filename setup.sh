#!/usr/bin/env bash
# Installs what LeadIntel needs on a Debian machine, as root. Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# OCR: Tesseract 5 and Leptonica (runtime libraries only; called via P/Invoke), English data; DejaVu fonts render test images.
apt_packages=(libtesseract5 liblept5 tesseract-ocr-eng fonts-dejavu-core)
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

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is required on PATH" >&2; exit 1; }
dotnet restore LeadIntel.Functions.sln --verbosity quiet
bash web/scripts/install.sh
