#!/usr/bin/env node
// Starts the pinned Azurite with the flags LeadIntel relies on. Extra arguments pass through, e.g.
//   node start.js --location ../.leadintel/azurite --blobPort 10000 --queuePort 10001 --tablePort 10002
// --loose and --skipApiVersionCheck: the Azure SDKs in use may speak a newer API version than Azurite knows.
const path = require("path");
const { spawn } = require("child_process");

const entry = path.join(__dirname, "node_modules", "azurite", "dist", "src", "azurite.js");
const args = [entry, "--silent", "--loose", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry", ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: "inherit" });

// Forward stop signals so the emulator flushes its data files before exiting.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
// If whoever started us dies without stopping us (kill -9 of leadintel up), stop too: no orphaned emulator.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) {
    child.kill("SIGTERM");
  }
}, 1000).unref();

child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
