import { buildCli, startStack } from "./localStack";

/**
 * Starts the real local stack once for the whole run: builds the CLI, launches `leadintel up --demo` on a free
 * port with a temporary data folder, waits for /api/health, and hands the address to the tests through the
 * environment. The returned function is the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  buildCli();
  // Generous: on a fresh clone `up` builds web/dist first (about a minute on two busy cores).
  const stack = await startStack(240_000);
  process.env.LEADINTEL_E2E_URL = stack.url;
  return () => stack.stop();
}
