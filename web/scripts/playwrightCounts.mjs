// Reads a Playwright JSON report and prints "<passed> <failed>". A global-setup error (the stack did not start),
// a non-zero exit with no failed test, or a missing report counts as one failure, so a crash never reads as a pass.
import { readFileSync } from "node:fs";

const [report, status = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed = (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0);
  failed = r.stats?.unexpected ?? 0;
  if (failed === 0 && ((r.errors?.length ?? 0) > 0 || status !== "0")) failed = 1;
} catch {
  failed = 1;
}
console.log(`${passed} ${failed}`);
