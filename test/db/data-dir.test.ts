/**
 * The embedded database on disk: private to the process's user, and erased rows leave its
 * files. PGlite only; on PostgreSQL the vacuum itself is checked to run.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { DataDirPermissionError, secureDataDir } from "../../src/db/data-dir.js";
import { addStep, createPlan } from "../../src/features/plan/repository.js";
import { createPartner, createReferral } from "../../src/features/referrals/repository.js";
import { vacuumAfterErasures, vacuumErasedRows } from "../../src/db/vacuum.js";
import { openEscalation, recordIncoming } from "../../src/features/handoff/escalations.js";
import { eraseParticipant } from "../../src/features/privacy/erasure.js";
import { saveAnswer } from "../../src/features/survey/repository.js";
import { recordConsent, touchParticipant } from "../../src/participants/repository.js";
import { onPostgres, openTestDatabase } from "../support/database.js";

const base = mkdtempSync(join(tmpdir(), "kb-data-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function everyEntry(dir: string): { path: string; mode: number; directory: boolean }[] {
  const out: { path: string; mode: number; directory: boolean }[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    out.push({ path, mode: stat.mode & 0o777, directory: stat.isDirectory() });
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  visit(dir);
  return out;
}

function filesContaining(dir: string, needle: string): string[] {
  return everyEntry(dir)
    .filter((e) => !e.directory && readFileSync(e.path).includes(needle))
    .map((e) => e.path.slice(dir.length));
}

describe.skipIf(onPostgres)("PGlite's data folder", () => {
  it("is created 0700 with every file 0600, even under a umask of 000, and a folder left open by an older version is closed at start-up", async () => {
    const dir = join(base, "fresh");
    const previous = process.umask(0);
    try {
      const database = await openDatabase({ dataDir: dir });
      await database.migrate();
      await database.close();
      // An older version made the folder 0777 and PGlite's files 0666.
      for (const entry of everyEntry(dir)) chmodSync(entry.path, entry.directory ? 0o777 : 0o666);
    } finally {
      process.umask(previous);
    }
    process.umask(0);
    try {
      const again = await openDatabase({ dataDir: dir });
      await again.close();
    } finally {
      process.umask(previous);
    }
    const entries = everyEntry(dir);
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((e) => e.mode !== (e.directory ? 0o700 : 0o600)).map((e) => `${e.path} ${e.mode.toString(8)}`)).toEqual([]);
  }, 60_000);

  it("stops start-up when it cannot make the folder private", () => {
    const dir = join(base, "checked");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "file"), "x", { mode: 0o644 });
    secureDataDir(dir);
    expect(statSync(join(dir, "file")).mode & 0o777).toBe(0o600);
    // A file of another user cannot be chmodded; root can, so the check is simulated.
    const original = process.getuid;
    process.getuid = () => 12345;
    try {
      expect(() => secureDataDir(dir)).toThrow(DataDirPermissionError);
    } finally {
      process.getuid = original;
    }
  });

  it("keeps no trace of an erased participant's words in any file after the vacuum that follows erasure", async () => {
    const dir = join(base, "erased");
    const database = await openDatabase({ dataDir: dir });
    try {
      await database.migrate();
      const db = database.db;
      const p = await touchParticipant(db, 777, 777);
      await saveAnswer(db, p.id, "work-field", "Kx9-words-of-a-parent in the survey");
      const { escalation } = await openEscalation(db, p.id, "menu");
      await recordIncoming(db, escalation, { text: "Kx9-words-of-a-parent to a counsellor" });
      // The plan and a referral hold a counsellor's words about them.
      await recordConsent(db, p.id, "accepted", "2026-11");
      const counsellor = { staffId: null, name: "Administrator" };
      await createPlan(db, p.id, counsellor);
      await addStep(db, p.id, { text: "Kx9-words-of-a-parent in the plan", textLocale: "fi", assignee: "participant" }, counsellor);
      const partner = await createPartner(db, { name: "Kirjasto", region: null, description: "x", languages: [], contact: "x" });
      await createReferral(db, p.id, { partnerId: partner.id, reason: "Kx9-words-of-a-parent in a referral", reasonLocale: "fi", shared: ["contact"] }, counsellor);
      const keep = await touchParticipant(db, 778, 778);
      await saveAnswer(db, keep.id, "work-field", "Jq2-another-parent stays");
      await db.execute(sql`CHECKPOINT`);
      // Written to the files (the write-ahead log at least) as soon as committed.
      expect(filesContaining(dir, "Kx9-words-of-a-parent").length).toBeGreaterThan(0);

      await eraseParticipant(db, p.id, new Date(), "request");
      // Deleted is not gone: the rows are still in the files until the vacuum.
      expect(filesContaining(dir, "Kx9-words-of-a-parent").length).toBeGreaterThan(0);
      const job = vacuumAfterErasures(database);
      expect(await job()).toEqual({ vacuumed: true });
      expect(filesContaining(dir, "Kx9-words-of-a-parent")).toEqual([]);
      // Nothing else was lost, and a second run without a new erasure does nothing.
      expect(filesContaining(dir, "Jq2-another-parent").length).toBeGreaterThan(0);
      expect(await job()).toEqual({ vacuumed: false });
    } finally {
      await database.close();
    }
  }, 60_000);
});

describe("vacuum after erasure", () => {
  it("runs on the test database (PostgreSQL: a plain VACUUM that does not lock the tables)", async () => {
    const testDb = await openTestDatabase();
    try {
      const p = await touchParticipant(testDb.database.db, 779, 779);
      await eraseParticipant(testDb.database.db, p.id, new Date(), "request");
      await vacuumErasedRows(testDb.database);
      expect(await vacuumAfterErasures(testDb.database)()).toEqual({ vacuumed: true });
    } finally {
      await testDb.close();
    }
  });
});
