import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/db/data-folder.js";
import { freePort, runCli, spawnApp, startApp, waitForHttp, type AppProcess } from "../support/app-process.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api.js";

const TOKEN = "123456:one-process-token-abcdefghijklmn";
const ADMIN = "one-process-admin-token-0123456789";

/**
 * DESIGN invariant 13: one process per embedded data folder. Before, `npm run db:seed`
 * beside the running bot reported "10 modules created", the bot saw none and two
 * survived a restart; a token made by `staff:create` was refused, then later accepted.
 * Now a second process is refused, and the tools go through the running bot.
 * (PostgreSQL allows any number of processes: nothing to lock there.)
 */
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("one process per embedded data folder", () => {
  let fake: FakeBotApi;
  let scratch: string;
  let dataDir: string;
  let app: AppProcess | undefined;
  let base: Record<string, string>;

  const api = async (path: string, init: RequestInit = {}, token = ADMIN) => {
    const res = await fetch(`http://127.0.0.1:${app!.port}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const moduleCount = async () => ((await api("/api/modules")).body.items as unknown[]).length;

  beforeAll(async () => {
    fake = await startFakeBotApi({ maxPollMs: 500 });
    scratch = mkdtempSync(join(tmpdir(), "bot-one-process-"));
    dataDir = join(scratch, "data");
    base = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.apiRoot, DATA_DIR: dataDir };
    app = await startApp({ ...base, ADMIN_TOKEN: ADMIN }, await freePort(), "npm");
  });
  afterAll(async () => {
    await app?.kill("SIGKILL");
    await fake.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses a second `npm start` on the folder, naming it and the process that has it", () => {
    const holder = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8")) as { pid: number };
    const second = runCli(["start", "--silent"], { ...base, PORT: "0" });
    expect(second.status, second.output).toBe(1);
    expect(second.output).toContain(`DATA_DIR ${dataDir} is in use by npm start (pid ${holder.pid}`);
    expect(second.output).toContain(`serving http://127.0.0.1:${app!.port}`);
  });

  it("refuses `npm run db:seed` without ADMIN_TOKEN, saying how to do it, and writes nothing", async () => {
    const seed = runCli(["run", "--silent", "db:seed"], { DATA_DIR: dataDir });
    expect(seed.status, seed.output).toBe(1);
    expect(seed.output).toContain(`DATA_DIR ${dataDir} is in use by npm start`);
    expect(seed.output).toContain("ADMIN_TOKEN");
    expect(await moduleCount()).toBe(0);
  });

  it("seeds through the running bot with ADMIN_TOKEN: the bot sees the modules at once", async () => {
    const seed = runCli(["run", "--silent", "db:seed"], { DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    expect(seed.status, seed.output).toBe(0);
    expect(seed.stdout).toContain(`through the running bot at http://127.0.0.1:${app!.port}`);
    expect(seed.stdout).toContain("10 modules created");
    expect(await moduleCount()).toBe(10);
  });

  it("creates a counsellor through the running bot whose token works at once", async () => {
    const created = runCli(["run", "--silent", "staff:create", "--", "Anna Virtanen", "counsellor", "30"], { DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    expect(created.status, created.output).toBe(0);
    const token = created.stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^kb_/);
    expect((await api("/api/escalations", {}, token)).status).toBe(200);
  });

  it("runs the other staff commands through the running bot: list, tokens, disable, enable, revoke", async () => {
    const env = { DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN };
    const staff = (...args: string[]) => runCli(["run", "--silent", "staff", "--", ...args], env);
    const list = staff("list");
    expect(list.status, list.output).toBe(0);
    expect(list.stdout).toContain(`through the running bot at http://127.0.0.1:${app!.port}`);
    expect(list.stdout).toMatch(/^#1\tcounsellor\tactive\tAnna Virtanen$/m);
    const tokens = staff("tokens", "1");
    expect(tokens.status, tokens.output).toBe(0);
    expect(tokens.stdout).toMatch(/^#1\tstaff #1 Anna Virtanen\tactive\texpires \d{4}-/m);
    expect(staff("disable", "1").stdout).toContain('#1 "Anna Virtanen" is disabled');
    expect(((await api("/api/staff")).body.items as { disabled: boolean }[])[0]!.disabled).toBe(true);
    expect(staff("enable", "1").status).toBe(0);
    expect(((await api("/api/staff")).body.items as { disabled: boolean }[])[0]!.disabled).toBe(false);
    const missing = staff("revoke", "999");
    expect(missing.status, missing.output).toBe(2);
    expect(missing.stderr).toContain("No token #999.");
    const wrong = staff("disable", "x");
    expect(wrong.status, wrong.output).toBe(2);
    expect(wrong.stderr).toContain('not "x"');
  });

  it("refuses a wrong argument before creating anything", async () => {
    const created = runCli(["run", "--silent", "staff:create", "--", "Name", "counsellor", "abc"], { DATA_DIR: dataDir, ADMIN_TOKEN: ADMIN });
    expect(created.status, created.output).toBe(2);
    expect(created.stderr).toContain('not "abc"');
    const staff = (await api("/api/staff")).body.items as { displayName: string }[];
    expect(staff.map((s) => s.displayName)).not.toContain("Name");
  });

  it("after the bot stopped, the tools work directly and the bot keeps what they wrote", async () => {
    expect(await app!.kill("SIGTERM")).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const seed = runCli(["run", "--silent", "db:seed"], { DATA_DIR: dataDir });
    expect(seed.status, seed.output).toBe(0);
    expect(seed.stdout).toContain("0 modules created");
    expect(seed.stdout).toContain("10 already there");
    const created = runCli(["run", "--silent", "staff:create", "--", "Ben Korhonen", "admin"], { DATA_DIR: dataDir });
    expect(created.status, created.output).toBe(0);

    app = await startApp({ ...base, ADMIN_TOKEN: ADMIN }, await freePort());
    expect(await moduleCount()).toBe(10);
    const staff = (await api("/api/staff")).body.items as { displayName: string }[];
    expect(staff.map((s) => s.displayName)).toEqual(["Anna Virtanen", "Ben Korhonen"]);
  });

  it("takes over the lock of a process that died without removing it", async () => {
    expect(await app!.kill("SIGKILL")).toBeNull();
    // SIGKILL leaves the lock behind, naming a pid that no longer runs.
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), "utf8")) as { pid: number };
    expect(lock.pid).toBe(app!.child.pid);
    app = await startApp({ ...base, ADMIN_TOKEN: ADMIN }, await freePort());
    expect(await moduleCount()).toBe(10);
  });

  it("takes over a lock whose pid was reused by an unrelated process", async () => {
    await app!.kill("SIGTERM");
    // This test's own process: alive, but it started at another time than the lock says.
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({ program: "npm start", pid: process.pid, hostname: hostname(), startedAt: "2026-01-01T00:00:00Z", processStart: "1", token: "old", ...identity() }),
    );
    const started = spawnApp({ ...base }, await freePort());
    app = started;
    await waitForHttp(started, "/healthz");
  });
});

/** The boot and pid namespace of this machine, as the app records them. */
function identity(): Record<string, string> {
  const read = spawnSync("sh", ["-c", "cat /proc/sys/kernel/random/boot_id; readlink /proc/self/ns/pid"], { encoding: "utf8" }).stdout.trim().split("\n");
  return { bootId: read[0] ?? "", pidNamespace: read[1] ?? "" };
}
