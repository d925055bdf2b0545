import { sql } from "drizzle-orm";
import type { Database } from "./client.js";

/** Tables that hold (or held) what participants wrote or who they are. */
const PERSONAL_TABLES = [
  "participants",
  "survey_answers",
  "enrolments",
  "attendance",
  "reminders",
  "escalations",
  "escalation_messages",
  "outbox",
  "pending_replies",
  "bot_storage",
  "processed_updates",
  "inbound_replays",
  "plans",
  "plan_goals",
  "plan_steps",
  "plan_history",
  "referrals",
  "follow_ups",
  "follow_up_answers",
];

/**
 * Makes deleted rows leave the database's files, after an erasure or a retention run. A
 * DELETE only marks rows dead; their bytes stay in the table files and in the write-ahead
 * log until overwritten.
 *
 * - PGlite: VACUUM FULL rewrites each table into new files and removes the old ones; a
 *   WAL segment switch and a checkpoint let the old segments go, and they are removed,
 *   not recycled (PGlite runs with wal_recycle = off, see client.ts). Afterwards the
 *   erased words are in no file of DATA_DIR (tested). The disk itself may keep freed
 *   blocks until they are reused, and backups keep what they copied.
 * - PostgreSQL: a plain VACUUM (no exclusive lock, so the other processes keep working)
 *   removes the dead rows from the table pages; the server's own checkpoints retire the
 *   WAL. How long WAL and backups keep them is the server operator's setting.
 */
export async function vacuumErasedRows(database: Database): Promise<void> {
  const tables = PERSONAL_TABLES.map((t) => `"${t}"`).join(", ");
  if (database.kind === "pglite") {
    await database.db.execute(sql.raw(`VACUUM FULL ${tables}`));
    await database.db.execute(sql`select pg_switch_wal()`);
    await database.db.execute(sql`CHECKPOINT`);
  } else {
    await database.db.execute(sql.raw(`VACUUM ${tables}`));
  }
}

/**
 * For a job: vacuums when erasures happened since the last run (and once on the first).
 * The anonymous counts only ever grow, one per erased person, so their sum tells.
 */
export function vacuumAfterErasures(database: Database): () => Promise<{ vacuumed: boolean }> {
  let seen: number | undefined;
  return async () => {
    const result = await database.db.execute(sql`select coalesce(sum(value), 0)::int as n from anonymous_counts where metric like 'participants.erased%'`);
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { n: number }[];
    const erased = Number(rows[0]?.n ?? 0);
    if (seen === erased) return { vacuumed: false };
    await vacuumErasedRows(database);
    seen = erased;
    return { vacuumed: true };
  };
}
