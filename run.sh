#!/usr/bin/env bash
# Runs the product: starts the local stack (leadintel up --demo: Azurite, the Durable Task engine, the API, the web
# app and the bundled demo directory), runs a demo campaign against it, then keeps the stack up until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
bash ./setup.sh
port="${LEADINTEL_PORT:-7071}"
dotnet build functions/LeadIntel.Cli -c Release --verbosity quiet -nologo
cli=(dotnet functions/LeadIntel.Cli/bin/Release/net10.0/leadintel.dll)

"${cli[@]}" up --demo --port "$port" &
up=$!
trap 'kill -TERM "$up" 2>/dev/null; wait "$up" 2>/dev/null' EXIT
# Up to 4 min: on a fresh clone `up` first builds the web app (npm run build, about a minute).
for _ in $(seq 1 480); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$up" 2>/dev/null || { echo "run: leadintel up exited" >&2; exit 1; }
  sleep 0.5
done

"${cli[@]}" campaign start --api "http://127.0.0.1:$port/" --platform directory --query "dentists in Toronto" --region CA
echo "The stack keeps running (Ctrl-C stops it). Web app: http://127.0.0.1:$port/  API: http://127.0.0.1:$port/api"
wait "$up"
