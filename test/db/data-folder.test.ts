import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderInUseError, LOCK_FILE, lockDataFolder, prepareDataFolder } from "../../src/db/data-folder.js";

let folder: string;
beforeEach(() => {
  folder = prepareDataFolder(mkdtempSync(join(tmpdir(), "bot-lock-")));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A lock as a process in another container (another pid namespace) leaves it. */
function foreignLock(): void {
  writeFileSync(
    join(folder, LOCK_FILE),
    JSON.stringify({ program: "npm start", pid: 1, hostname: "another-container", startedAt: "2026-11-30T10:00:00Z", bootId: "x", pidNamespace: "pid:[1]", token: "theirs" }),
  );
}

describe("the data folder lock", () => {
  it("refuses a second holder, also in the same process, and frees the folder on release", async () => {
    const first = await lockDataFolder(folder, "npm start");
    await expect(lockDataFolder(folder, "npm run db:seed")).rejects.toThrow(DataFolderInUseError);
    first.release();
    const second = await lockDataFolder(folder, "npm run db:seed");
    second.release();
  });

  it("records the running app's address for the tools", async () => {
    const lock = await lockDataFolder(folder, "npm start");
    lock.advertise("http://127.0.0.1:3000");
    const error = await lockDataFolder(folder, "npm run db:seed").catch((e: unknown) => e);
    expect((error as DataFolderInUseError).holder.url).toBe("http://127.0.0.1:3000");
    lock.release();
  });

  it("takes over a lock it cannot check once its heartbeat has stopped, saying it waits", async () => {
    foreignLock();
    const waits: number[] = [];
    const lock = await lockDataFolder(folder, "npm start", { staleAfterMs: 300, onWait: (_holder, ms) => waits.push(ms) });
    expect(waits).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    lock.release();
  });

  it("refuses a lock it cannot check while its heartbeat goes on", async () => {
    foreignLock();
    const heartbeat = setInterval(() => utimesSync(join(folder, LOCK_FILE), new Date(), new Date()), 50);
    try {
      await expect(lockDataFolder(folder, "npm start", { staleAfterMs: 300 })).rejects.toThrow(/in use by npm start \(pid 1 on another-container/);
    } finally {
      clearInterval(heartbeat);
    }
  });

  it("never removes a lock that is not its own", async () => {
    const lock = await lockDataFolder(folder, "npm start");
    foreignLock(); // someone replaced it (by hand)
    lock.release();
    expect(JSON.parse(readFileSync(join(folder, LOCK_FILE), "utf8")).token).toBe("theirs");
  });
});
