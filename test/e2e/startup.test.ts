import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appCommand, freePort, processEnv, ROOT, spawnApp, waitForHttp, type AppProcess } from "../support/app-process.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";

const TOKEN = "123456:startup-test-token-abcdefghijklmnop";
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Runs `node scripts/run.js dist/main.js` (what npm start runs) to its end. */
function runApp(env: Record<string, string>, timeoutMs = 60_000) {
  const [command, args] = appCommand("node");
  const started = Date.now();
  // SIGKILL at the time limit: a process stuck in a loop never sees a SIGTERM.
  const result = spawnSync(command, args, { cwd: ROOT, env: processEnv(env), encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL" });
  return { status: result.status, signal: result.signal, output: `${result.stdout}${result.stderr}`, ms: Date.now() - started };
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "bot-startup-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("start-up: configuration", () => {
  it("exits non-zero naming each missing or invalid variable", () => {
    const result = runApp({ BOT_MODE: "webhook", PORT: "x" });
    expect(result.status).toBe(1);
    expect(result.output).toContain("BOT_TOKEN is required");
    expect(result.output).toContain("PORT ");
    expect(result.output).toContain("WEBHOOK_URL is required when BOT_MODE=webhook");
    expect(result.output).toContain("WEBHOOK_SECRET is required when BOT_MODE=webhook");
  });

  it("reads .env from the working folder, the environment winning", () => {
    const folder = join(scratch, "dotenv");
    mkdirSync(folder);
    writeFileSync(join(folder, ".env"), "BOT_MODE=webhook\nPORT=from-the-file\n");
    const [command, args] = appCommand("node");
    const result = spawnSync(command, args.map((a) => join(ROOT, a)), {
      cwd: folder,
      // Only what the file must not see overridden: no empty BOT_MODE or PORT here.
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", BOT_TOKEN: TOKEN },
      encoding: "utf8",
      timeout: 60_000,
      killSignal: "SIGKILL",
    });
    // BOT_MODE and PORT came from the file.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("PORT must be a port number");
    expect(result.stderr).toContain("WEBHOOK_URL is required when BOT_MODE=webhook");
  });
});

describe.skipIf(onPostgres)("start-up: a DATA_DIR that cannot be used is named, and the process exits", () => {
  it.each([
    ["a file", () => {
      const file = join(scratch, "a-file");
      writeFileSync(file, "");
      return file;
    }, "is not a folder"],
    ["a folder under a file", () => {
      writeFileSync(join(scratch, "a-file-too"), "");
      return join(scratch, "a-file-too", "data");
    }, "cannot be created"],
    ["a new folder under /proc", () => "/proc/bot-data", "cannot be created"],
    // Before, this one hung without a word: PGlite waits forever on /proc.
    ["/proc itself", () => "/proc", "cannot be written"],
    ["a folder of someone else's files", () => {
      const folder = join(scratch, "photos");
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, "holiday.jpg"), "");
      return folder;
    }, "is not empty and holds no database"],
  ])("%s", (_what, makePath, reason) => {
    const dataDir = makePath();
    const result = runApp({ BOT_TOKEN: TOKEN, DATA_DIR: dataDir, TELEGRAM_API_ROOT: "http://127.0.0.1:9" }, 30_000);
    expect(result.signal, result.output).toBeNull();
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(`DATA_DIR ${dataDir}`);
    expect(result.output).toContain(reason);
  });
});

describe("start-up: a PostgreSQL server that cannot be used is named, without the password", () => {
  it("says nothing listens at DATABASE_URL's address", async () => {
    const port = await freePort();
    const result = runApp({ BOT_TOKEN: TOKEN, DATABASE_URL: `postgres://postgres:s3cret-pw@127.0.0.1:${port}/kotoutuminen`, TELEGRAM_API_ROOT: "http://127.0.0.1:9" });
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(`DATABASE_URL postgres://postgres@127.0.0.1:${port}/kotoutuminen`);
    expect(result.output).toContain("PostgreSQL is not running there");
    expect(result.output).not.toContain("s3cret-pw");
  });

  it.runIf(onPostgres)("says the database does not exist and how to create it", () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = "/no_such_database_for_the_bot";
    url.password = "s3cret-pw";
    const result = runApp({ BOT_TOKEN: TOKEN, DATABASE_URL: url.toString(), TELEGRAM_API_ROOT: "http://127.0.0.1:9" });
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain("DATABASE_URL postgres://");
    expect(result.output).toContain("the database no_such_database_for_the_bot does not exist");
    expect(result.output).toContain("createdb no_such_database_for_the_bot");
    expect(result.output).not.toContain("s3cret-pw");
  });
});

describe("start-up: Telegram", () => {
  let testDb: TestDatabase | undefined;
  let app: AppProcess | undefined;
  let fake: FakeBotApi | undefined;
  let count = 0;

  beforeAll(async () => {
    if (onPostgres) testDb = await openTestDatabase();
  });
  afterEach(async () => {
    await app?.kill("SIGKILL");
    await fake?.close();
    app = fake = undefined;
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const databaseEnv = (): Record<string, string> => (testDb ? { DATABASE_URL: testDb.url! } : { DATA_DIR: join(scratch, `telegram-${++count}`) });

  it("serves HTTP while the Bot API cannot be reached, says so in /readyz and the log, and connects once it can", async () => {
    const telegramPort = await freePort();
    const apiRoot = `http://127.0.0.1:${telegramPort}`;
    app = spawnApp({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, LOG_LEVEL: "info", ...databaseEnv() }, await freePort());

    await waitForHttp(app, "/healthz");
    const notReady = await waitForHttp(app, "/readyz", 503);
    const body = (await notReady.json()) as { message: string; checks: Record<string, string> };
    expect(body.checks.database).toBe("ok");
    expect(body.checks.telegram).toContain(`the Telegram Bot API at ${apiRoot} is not reachable`);
    expect(body.checks.telegram).toContain("connection refused");
    expect(body.message).toContain("Telegram Bot API");
    // The log says what it tries, and where, and that it tries again.
    await expect.poll(() => app!.output(), { timeout: 15_000 }).toContain('"msg":"the Telegram Bot API is not reachable; trying again"');
    expect(app.output()).toContain(`"api_root":"${apiRoot}"`);
    expect(app.output()).not.toContain(TOKEN);
    // And it runs on the Node.js the project installs.
    expect(app.output()).toMatch(/"node":"v24\./);

    // Telegram comes back at that address: the bot connects and starts polling.
    fake = await startFakeBotApi({ port: telegramPort, maxPollMs: 500 });
    await waitForHttp(app, "/readyz", 200, 70_000);
    await fake.waitFor((c) => c.method === "getUpdates", 10_000);
    expect(fake.calls.map((c) => c.method)).toEqual(expect.arrayContaining(["getMe", "deleteWebhook", "getUpdates"]));
  });

  it("exits non-zero naming BOT_TOKEN when Telegram refuses the token", async () => {
    fake = await startFakeBotApi();
    fake.failNext("getMe", { status: 401, description: "Unauthorized", times: 100 });
    app = spawnApp({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, ...databaseEnv() }, await freePort());
    const code = await Promise.race([app.exited, new Promise((r) => setTimeout(() => r("still running"), 60_000))]);
    expect(code, app.output()).toBe(1);
    expect(app.output()).toContain("Telegram refused BOT_TOKEN (401 Unauthorized)");
    expect(app.output()).not.toContain(TOKEN);
  });
});
