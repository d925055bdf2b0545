import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NewerDatabaseError } from "../../src/db/client.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());

describe("migrations at start-up", () => {
  it("are applied once; applying them again changes nothing", async () => {
    await testDb.database.migrate();
    const rows = await testDb.database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    const n = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows)[0] as { n: number };
    expect(n.n).toBeGreaterThanOrEqual(6);
  });

  it("refuse a database migrated by newer code", async () => {
    await testDb.database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-the-future', ${Date.UTC(2099, 0, 1)})`);
    await expect(testDb.database.migrate()).rejects.toThrow(NewerDatabaseError);
    await expect(testDb.database.migrate()).rejects.toThrow(/newer than this code/);
  });
});
