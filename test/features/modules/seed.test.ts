import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listModules, listSessions } from "../../../src/features/modules/catalogue.js";
import { seedCatalogue } from "../../../src/features/modules/seed.js";
import { SEED_MODULES } from "../../../src/features/modules/seed-catalogue.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());

describe("the example catalogue", () => {
  it("is translated into every locale", () => {
    for (const m of SEED_MODULES) {
      for (const l of LOCALE_CODES) {
        expect(m.title[l], `${m.code} title ${l}`).toBeTruthy();
        expect(m.description[l], `${m.code} description ${l}`).toBeTruthy();
      }
    }
  });

  it("loads modules with sessions in the coming weeks, and loading it again changes nothing", async () => {
    const db = testDb.database.db;
    const now = new Date("2026-11-23T10:00:00Z");
    const first = await seedCatalogue(db, now);
    expect(first.created).toHaveLength(SEED_MODULES.length);
    const modules = await listModules(db, { includeArchived: true });
    for (const m of modules) {
      const sessions = await listSessions(db, m.id);
      expect(sessions.length).toBeGreaterThan(0);
      expect(sessions[0]!.startsAt.getTime()).toBeGreaterThan(now.getTime());
      expect(sessions.at(-1)!.startsAt.getTime()).toBeLessThan(now.getTime() + 90 * 86_400_000);
    }
    const sessionsBefore = (await Promise.all(modules.map((m) => listSessions(db, m.id)))).flat().length;
    const second = await seedCatalogue(db, new Date("2026-11-30T10:00:00Z"));
    expect(second).toEqual({ created: [], kept: SEED_MODULES.map((m) => m.code) });
    const sessionsAfter = (await Promise.all(modules.map((m) => listSessions(db, m.id)))).flat().length;
    expect(sessionsAfter).toBe(sessionsBefore);
  });
});
