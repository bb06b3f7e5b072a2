import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (web/e2e/../..). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Screenshots, the stack's log and Playwright's own output; git-ignored. */
export const ARTIFACTS = path.join(REPO, "web", "e2e", "artifacts");

const CLI_DLL = path.join(REPO, "functions", "LeadIntel.Cli", "bin", "Release", "net10.0", "leadintel.dll");

/**
 * How the e2e stack differs from `leadintel up --demo`'s defaults: one listing at a time, in batches of three,
 * so leads reach the results table in several steps (the UI is seen streaming) and a campaign of a few dozen
 * listings runs long enough to pause, resume and stop it from the Tasks page.
 */
export const E2E_SETTINGS: Record<string, string> = {
  LeadIntel__Campaigns__BatchSize: "3",
  LeadIntel__Campaigns__MaxParallelBatches: "1",
  LeadIntel__Campaigns__MaxParallelSearches: "1",
  LeadIntel__Activities__ListingConcurrency: "1",
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Newest modification time of the sources the CLI is built from (C# projects under functions/ and browser-worker/, shared props). */
function newestCliSource(): number {
  const files = ["functions", "browser-worker"]
    .flatMap((dir) => readdirSync(path.join(REPO, dir), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(cs|csproj|json|html|css|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !/[\\/](bin|obj)[\\/]/.test(path.relative(REPO, f)));
  const props = ["Directory.Build.props", "Directory.Packages.props"].map((f) => path.join(REPO, f));
  return Math.max(...[...files, ...props].map((f) => statSync(f).mtimeMs));
}

/**
 * Builds the CLI once, so the stack starts from current code. Skipped when the built dll is newer than every
 * source (test.sh has just built the solution): even a no-op `dotnet build` costs tens of seconds here.
 */
export function buildCli(): void {
  if (existsSync(CLI_DLL) && statSync(CLI_DLL).mtimeMs > newestCliSource()) return;
  const build = spawnSync("dotnet", ["build", "functions/LeadIntel.Cli", "-c", "Release", "--verbosity", "quiet", "-nologo"], { cwd: REPO, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`dotnet build of the CLI failed (exit ${build.status})`);
  if (!existsSync(CLI_DLL)) throw new Error(`the CLI build left no ${CLI_DLL}`);
}

export interface RunningStack {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `leadintel up --demo` from the built dll on a free port with a temporary data folder (its Azurite
 * data), and waits until GET /api/health answers 200. `up` itself builds web/dist first when it is stale.
 */
export async function startStack(deadlineMs: number): Promise<RunningStack> {
  const port = await freePort();
  const data = mkdtempSync(path.join(tmpdir(), "leadintel-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = openSync(path.join(ARTIFACTS, "leadintel-up.log"), "w");
  const child = spawn("dotnet", [CLI_DLL, "up", "--demo", "--port", String(port), "--data", data], {
    cwd: REPO,
    env: { ...process.env, ...E2E_SETTINGS },
    stdio: ["ignore", log, log],
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    await terminate(child);
    closeSync(log);
    rmSync(data, { recursive: true, force: true });
  };

  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`leadintel up exited with ${child.exitCode}; see ${path.join(ARTIFACTS, "leadintel-up.log")}`);
    }
    try {
      const health = await fetch(`${url}api/health`, { signal: AbortSignal.timeout(2000) });
      if (health.status === 200) return { url, stop };
    } catch {
      // Not listening yet.
    }
    // No readiness event to wait on: poll.
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`leadintel up was not healthy within ${deadlineMs / 1000} s; see ${path.join(ARTIFACTS, "leadintel-up.log")}`);
}

/** SIGTERM (the stack stops Azurite with it), SIGKILL if it is still there after 20 s. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}
