import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { auditLog } from "../../db/schema.js";
import type { Principal } from "../handoff/staff.js";

/** How the request ended, in the audit log's words. */
export type AuditOutcome = "ok" | "denied" | "not-found" | "conflict" | "invalid" | "failed";

export interface AuditEntry {
  staffId: number | null;
  actor: string;
  action: string;
  participantId: number | null;
  outcome: AuditOutcome;
  /** Ids only (route parameters, participantIds of a list, the status code): never words. */
  details?: Record<string, unknown>;
}

/** A repeated read (a console polling a chat) within this long counts up the earlier row. */
const COALESCE_MINUTES = 10;

/**
 * Records a read or change of personal data (or an attempt at one): who, what, whose, how
 * it ended. With `coalesce`, the same entry repeated within minutes by the same actor
 * counts up `times` and moves `last_at` on its latest row, so a console that polls every
 * two seconds leaves one row per chat and quarter of an hour instead of hundreds.
 */
export async function recordAudit(db: Db, entry: AuditEntry, options: { coalesce?: boolean } = {}): Promise<void> {
  const details = entry.details ?? null;
  if (options.coalesce) {
    const repeated = await db
      .update(auditLog)
      .set({ times: sql`${auditLog.times} + 1`, lastAt: sql`now()` })
      .where(
        eq(
          auditLog.id,
          sql`(select id from ${auditLog} where ${auditLog.actor} = ${entry.actor} and ${auditLog.action} = ${entry.action}
            and ${auditLog.staffId} is not distinct from ${entry.staffId}::int and ${auditLog.participantId} is not distinct from ${entry.participantId}::int
            and ${auditLog.outcome} = ${entry.outcome} and ${auditLog.details} is not distinct from ${details === null ? null : JSON.stringify(details)}::jsonb
            and coalesce(${auditLog.lastAt}, ${auditLog.at}) > now() - make_interval(mins => ${COALESCE_MINUTES})
            order by ${auditLog.id} desc limit 1)`,
        ),
      )
      .returning({ id: auditLog.id });
    if (repeated.length > 0) return;
  }
  await db.insert(auditLog).values({ staffId: entry.staffId, actor: entry.actor, action: entry.action, participantId: entry.participantId, outcome: entry.outcome, details });
}

/** Records what a staff member did outside HTTP (the command line), or an action of the API that is not a route of its own. */
export async function audit(db: Db, who: Principal, action: string, participantId: number | null, details?: Record<string, unknown>): Promise<void> {
  await recordAudit(db, { staffId: who.staffId, actor: who.displayName, action, participantId, outcome: "ok", details });
}

/**
 * The log, newest first. Filtered by participant, it also finds the lists that showed them
 * (their id among a list's `participantIds`).
 */
export async function readAudit(db: Db, filter: { participantId?: number; beforeId?: number; limit: number }) {
  const participant = filter.participantId;
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        participant ? or(eq(auditLog.participantId, participant), sql`${auditLog.details} -> 'participantIds' @> ${JSON.stringify([participant])}::jsonb`) : undefined,
        filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}
