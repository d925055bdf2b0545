import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase, PGLITE_EXTENSIONS, type Database } from "../../src/db/client.js";

export interface TestDatabase {
  database: Database;
  /** postgres:// URL of this test database (only on PostgreSQL), for child processes. */
  url?: string;
  /** The embedded database itself (PGlite only): wrap it again to play a second process. */
  pglite?: PGlite;
  /** Empties every table, keeping the schema. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** True when the suite also runs against a real PostgreSQL server. */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * A migrated database for one test file: in-memory PGlite by default; with
 * TEST_DATABASE_URL, a fresh database on that server (test files run in parallel,
 * so each gets its own), dropped at the end.
 */
export async function openTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const database = await openDatabase({ pglite });
    await database.migrate();
    return { database, pglite, reset: () => truncateAll(database), close: () => database.close() };
  }
  const name = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: options.poolSize ?? 10 });
  await database.migrate();
  return {
    database,
    url: url.toString(),
    reset: () => truncateAll(database),
    async close() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function truncateAll(database: Database): Promise<void> {
  const rows = await database.db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const tables = (Array.isArray(rows) ? rows : (rows as { rows: { tablename: string }[] }).rows).map((r) => `"${r.tablename}"`);
  if (tables.length > 0) await database.db.execute(sql.raw(`truncate ${tables.join(", ")} restart identity cascade`));
}
