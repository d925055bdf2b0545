/**
 * A chat transaction (src/db/transaction.ts) with writes sent without waiting for them
 * (pipelineWrite): they are kept exactly when the transaction is, a failed one fails
 * the transaction with its own error and nothing is kept, and later reads see them.
 * On PGlite and, with TEST_DATABASE_URL, on PostgreSQL.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { openDatabase } from "../../src/db/client.js";
import { pipelineWrite, withChatTransaction } from "../../src/db/transaction.js";
import { onPostgres, openTestDatabase, type TestDatabase } from "../support/database.js";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase({ poolSize: 2 });
  await testDb.database.db.execute(sql`create table if not exists pipeline_probe (n int primary key)`);
});
afterAll(() => testDb.close());
beforeEach(() => testDb.database.db.execute(sql`delete from pipeline_probe`));

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}
const probe = () => rows<{ n: number }>(testDb.database.db, sql`select n from pipeline_probe order by n`);

describe("a chat transaction's pipelined writes", () => {
  it("are kept with the transaction, and a later read in it sees them", async () => {
    const seen = await withChatTransaction(testDb.database.db, 42, async (tx) => {
      await pipelineWrite(tx, tx.execute(sql`insert into pipeline_probe values (${1})`));
      await pipelineWrite(tx, tx.execute(sql`insert into pipeline_probe values (${2})`));
      return rows<{ n: number }>(tx, sql`select count(*)::int as n from pipeline_probe`);
    });
    expect(seen).toEqual([{ n: 2 }]);
    expect(await probe()).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("fail the transaction with the failed write's own error, and nothing of it is kept", async () => {
    await testDb.database.db.execute(sql`insert into pipeline_probe values (${7})`);
    const failure = await withChatTransaction(testDb.database.db, 42, async (tx) => {
      await pipelineWrite(tx, tx.execute(sql`insert into pipeline_probe values (${8})`));
      // A duplicate key, not awaited: the transaction carries on as if it had worked.
      await pipelineWrite(tx, tx.execute(sql`insert into pipeline_probe values (${7})`));
      await pipelineWrite(tx, tx.execute(sql`insert into pipeline_probe values (${9})`));
      return "returned";
    }).then(
      () => undefined,
      (error: Error & { cause?: { code?: string } }) => error,
    );
    expect(failure?.cause?.code).toBe("23505");
    expect(await probe()).toEqual([{ n: 7 }]);
  });

  it("report the failed write, not the aborted transaction, when a later read fails because of it", async () => {
    await testDb.database.db.execute(sql`insert into pipeline_probe values (${7})`);
    const failure = await withChatTransaction(testDb.database.db, 42, async (tx) => {
      await pipelineWrite(tx, tx.execute(sql`insert into pipeline_probe values (${7})`));
      return rows(tx, sql`select n from pipeline_probe`);
    }).then(
      () => undefined,
      (error: Error & { cause?: { code?: string } }) => error,
    );
    expect(failure?.cause?.code).toBe("23505");
  });

  it("are awaited where there is no chat transaction: the error reaches the caller", async () => {
    const { db } = testDb.database;
    await db.execute(sql`insert into pipeline_probe values (${3})`);
    await expect(pipelineWrite(db, db.execute(sql`insert into pipeline_probe values (${3})`))).rejects.toBeDefined();
  });
});

// PostgreSQL only: PGlite has no connection to lose.
describe.skipIf(!onPostgres)("a transaction whose connection breaks", () => {
  it("fails, keeps nothing, and the pool connects again for the next one", async () => {
    const database = await openDatabase({ url: testDb.url!, poolSize: 1 });
    try {
      const { db } = database;
      const broken = await db
        .transaction(async (tx) => {
          await tx.execute(sql`insert into pipeline_probe values (${11})`);
          await tx.execute(sql`select pg_terminate_backend(pg_backend_pid())`);
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(broken).toBeDefined();
      // The one connection of the pool connects again. The first transaction after the
      // kill may still fail with the closed connection's error (postgres.js reuses the
      // connection object; known, see the closing note of this stop); then they work.
      const attempt = (n: number) => db.transaction(async (tx) => void (await tx.execute(sql`insert into pipeline_probe values (${n})`)));
      await attempt(12).catch(() => attempt(12));
      await attempt(13);
      expect(await probe()).toEqual([{ n: 12 }, { n: 13 }]);
    } finally {
      await database.close();
    }
  });

  it("nested transactions roll back to their savepoint only", async () => {
    const { db } = testDb.database;
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into pipeline_probe values (${21})`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into pipeline_probe values (${22})`);
          throw new Error("inner gives up");
        })
        .catch(() => {});
      await tx.execute(sql`insert into pipeline_probe values (${23})`);
    });
    expect(await probe()).toEqual([{ n: 21 }, { n: 23 }]);
  });
});
