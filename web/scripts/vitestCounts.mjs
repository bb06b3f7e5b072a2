// Reads a Vitest JSON report and prints "<passed> <failed>". A file that failed to load, a non-zero exit with no
// failed test, or a missing report counts as one failure, so a crash never reads as a clean pass.
import { readFileSync } from "node:fs";

const [report, status = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  if (failed === 0 && (r.numFailedTestSuites > 0 || status !== "0")) failed = 1;
} catch {
  failed = status === "0" ? 0 : 1;
}
console.log(`${passed} ${failed}`);
