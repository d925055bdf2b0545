import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/data-folder.js";
import { freePort, isRunning, processEnv, ROOT, spawnApp, waitForHttp, type AppProcess } from "../support/app-process.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";

const TOKEN = "123456:shutdown-test-token-abcdefghijklm";

/** The pid of the node process serving `port` (npm's child), from the lock file or the log. */
function appPid(app: AppProcess): number {
  const match = /"pid":(\d+)/.exec(app.output());
  if (!match) throw new Error(`no pid in the log:\n${app.output()}`);
  return Number(match[1]);
}

async function refusesConnections(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

/**
 * `npm start` as someone runs it, stopped as a process manager (SIGTERM to npm) or a
 * person (Ctrl-C: SIGINT to the terminal's whole process group) stops it. Before, npm
 * exited 143 and the app went on serving, orphaned.
 */
describe("shut-down", () => {
  let fake: FakeBotApi;
  let testDb: TestDatabase | undefined;
  let scratch: string;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    fake = await startFakeBotApi({ maxPollMs: 500 });
    scratch = mkdtempSync(join(tmpdir(), "bot-shutdown-"));
    if (process.env.TEST_DATABASE_URL) testDb = await openTestDatabase();
  });
  afterEach(async () => {
    if (app && app.child.exitCode === null) {
      const pid = /"pid":(\d+)/.exec(app.output());
      if (pid && isRunning(Number(pid[1]))) process.kill(Number(pid[1]), "SIGKILL");
      await app.kill("SIGKILL");
    }
    app = undefined;
  });
  afterAll(async () => {
    await fake.close();
    await testDb?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const env = (): Record<string, string> => ({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    LOG_LEVEL: "info",
    // One folder for all: only the first start pays for creating a database.
    ...(testDb ? { DATABASE_URL: testDb.url! } : { DATA_DIR: join(scratch, "data") }),
  });

  it("SIGTERM to `npm start` stops the app, which finishes cleanly", async () => {
    const port = await freePort();
    app = spawnApp(env(), port, "npm");
    await waitForHttp(app, "/readyz");
    const pid = appPid(app);

    app.child.kill("SIGTERM");
    const code = await app.exited;
    expect(code, app.output()).toBe(0);
    expect(app.output()).toContain('"msg":"stopped"');
    await expect.poll(() => isRunning(pid), { timeout: 10_000 }).toBe(false);
    expect(await refusesConnections(port)).toBe(true);
  });

  it("Ctrl-C (SIGINT to the whole process group, so twice to the app) stops it cleanly", async () => {
    const port = await freePort();
    // A process group of its own, as a terminal gives a foreground job.
    const child = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      env: processEnv({ ...env(), PORT: String(port), HOST: "127.0.0.1" }),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    app = { child, port, output: () => output, exited, kill: async (s) => (child.kill(s), exited) };
    await waitForHttp(app, "/readyz");
    const pid = appPid(app);

    process.kill(-child.pid!, "SIGINT");
    const code = await exited;
    expect(code, output).toBe(0);
    expect(output).toContain('"msg":"stopped"');
    await expect.poll(() => isRunning(pid), { timeout: 10_000 }).toBe(false);
    expect(await refusesConnections(port)).toBe(true);
  });

  it("a signal in the middle of start-up stops what has started, and exits 0", async () => {
    const port = await freePort();
    const dataEnv = env();
    app = spawnApp(dataEnv, port, "node");
    // As soon as the process says it is starting: it is loading or creating the database.
    await expect.poll(() => app!.output(), { timeout: 30_000 }).toContain('"msg":"starting"');
    app.child.kill("SIGTERM");
    const code = await Promise.race([app.exited, new Promise((r) => setTimeout(() => r("still running"), 30_000))]);
    // Before, the handlers were set at the end of start-up: the signal killed it (code null).
    expect(code, app.output()).toBe(0);
    expect(app.output()).toContain('"reason":"SIGTERM"');
    if (dataEnv.DATA_DIR) expect(existsSync(join(dataEnv.DATA_DIR, LOCK_FILE))).toBe(false);
  });

  it("stops while still trying to reach Telegram, at once", async () => {
    const port = await freePort();
    app = spawnApp({ ...env(), TELEGRAM_API_ROOT: `http://127.0.0.1:${await freePort()}` }, port, "node");
    await waitForHttp(app, "/readyz", 503);
    const started = Date.now();
    app.child.kill("SIGTERM");
    expect(await app.exited, app.output()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
