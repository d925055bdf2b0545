/**
 * Every statement drizzle runs on PostgreSQL is a named (prepared) statement of its
 * connection (src/db/client.ts namedStatements): described once, then one round trip
 * each, in transactions and savepoints too. Needs PostgreSQL (TEST_DATABASE_URL).
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import type { Db } from "../../src/db/client.js";

const url = process.env.TEST_DATABASE_URL;

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/** The connection's prepared statements whose text holds `marker`. */
const preparedWith = (db: Db, marker: string) =>
  rows<{ statement: string }>(db, sql`select statement from pg_prepared_statements where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`);

// PostgreSQL only: PGlite runs in this process and has no protocol round trips to save.
describe.skipIf(!url)("statements on PostgreSQL", () => {
  it("are prepared once per connection, outside and inside transactions and savepoints", async () => {
    // One connection, so every statement below runs where the check looks.
    const database = await openDatabase({ url: url!, poolSize: 1 });
    try {
      const { db } = database;
      for (const n of [1, 2]) expect(await rows<{ n: number }>(db, sql`select ${n}::int + 1 as "n" /* marker-outside */`)).toEqual([{ n: n + 1 }]);
      expect(await preparedWith(db, "marker-outside")).toHaveLength(1);

      await db.transaction(async (tx) => {
        expect(await rows<{ n: number }>(tx, sql`select ${5}::int as "n" /* marker-transaction */`)).toEqual([{ n: 5 }]);
        await tx.transaction(async (savepoint) => {
          expect(await rows<{ n: number }>(savepoint, sql`select ${6}::int as "n" /* marker-savepoint */`)).toEqual([{ n: 6 }]);
        });
        expect(await preparedWith(tx, "marker-transaction")).toHaveLength(1);
        expect(await preparedWith(tx, "marker-savepoint")).toHaveLength(1);
      });
    } finally {
      await database.close();
    }
  });

  it("still roll back a failed transaction and report the failing statement's error", async () => {
    const database = await openDatabase({ url: url!, poolSize: 1 });
    try {
      const { db } = database;
      await rows(db, sql`create temporary table named_statements_probe (n int primary key)`);
      const failed = await db
        .transaction(async (tx) => {
          await rows(tx, sql`insert into named_statements_probe values (${1})`);
          await rows(tx, sql`insert into named_statements_probe values (${1})`);
        })
        .then(() => undefined, (error: unknown) => error as Error & { cause?: { code?: string } });
      // drizzle wraps the driver's error; PostgreSQL's own is its cause.
      expect(failed?.cause?.code).toBe("23505");
      expect(await rows(db, sql`select n from named_statements_probe`)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
