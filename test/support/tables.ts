import { sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";

/** Every table of the application's schema. */
export async function allTables(database: Database): Promise<string[]> {
  const result = await database.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { tablename: string }[];
  return rows.map((r) => r.tablename);
}

/**
 * Rows of any table that mention `needle` anywhere (as text, in jsonb, as a number), as
 * "table: row" strings: a test that something is gone from every copy, whatever table
 * a later change adds. A number matches only as a whole number.
 */
export async function everyRowMentioning(database: Database, needle: string, options: { except?: string[] } = {}): Promise<string[]> {
  const found: string[] = [];
  const pattern = /^\d+$/.test(needle) ? new RegExp(`(?<![0-9])${needle}(?![0-9])`) : undefined;
  for (const table of await allTables(database)) {
    if (options.except?.includes(table)) continue;
    const result = await database.db.execute(sql.raw(`select row_to_json(t)::text as row from "${table}" t`));
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { row: string }[];
    for (const { row } of rows) if (pattern ? pattern.test(row) : row.includes(needle)) found.push(`${table}: ${row}`);
  }
  return found;
}
