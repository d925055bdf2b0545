import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { auditLog } from "../../db/schema.js";
import type { Principal } from "../handoff/staff.js";

/** Records a read or change of personal data through the API: who, what, when, whose. */
export async function audit(db: Db, who: Principal, action: string, participantId: number | null, details?: Record<string, unknown>): Promise<void> {
  await db.insert(auditLog).values({ staffId: who.staffId, actor: who.displayName, action, participantId, details: details ?? null });
}

export async function readAudit(db: Db, filter: { participantId?: number; beforeId?: number; limit: number }) {
  return db
    .select()
    .from(auditLog)
    .where(and(filter.participantId ? eq(auditLog.participantId, filter.participantId) : undefined, filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}
