import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { enrolments, modules, participants, reminders, sessions, type Translations } from "../../db/schema.js";
import { reminderKey, type Candidate, type Planned } from "./planner.js";

export type ReminderRow = typeof reminders.$inferSelect;
export type ReminderKind = ReminderRow["kind"];

/** A candidate with what the message needs. */
export interface Recipient extends Candidate {
  chatId: number;
  locale: string | null;
  title: Translations;
  place: string;
  /** Kinds already recorded for this participant and session. */
  recorded: ReminderKind[];
}

/**
 * Enrolled, reachable participants and the sessions of their modules from `since` to
 * `until`, with the reminder kinds already recorded. The range query on
 * sessions.starts_at and the (module, status) index on enrolments keep this fast.
 */
export async function findRecipients(db: Db, since: Date, until: Date): Promise<Recipient[]> {
  const rows = await db
    .select({
      sessionId: sessions.id,
      participantId: enrolments.participantId,
      startsAt: sessions.startsAt,
      childrenBooked: enrolments.childrenBooked,
      chatId: participants.chatId,
      locale: participants.locale,
      title: modules.title,
      place: sessions.place,
      recorded: sql<ReminderKind[]>`coalesce((select array_agg(${reminders.kind}) from ${reminders} where ${reminders.sessionId} = ${sessions.id} and ${reminders.participantId} = ${enrolments.participantId}), '{}')`,
    })
    .from(sessions)
    .innerJoin(enrolments, and(eq(enrolments.moduleId, sessions.moduleId), eq(enrolments.status, "enrolled")))
    .innerJoin(participants, and(eq(participants.id, enrolments.participantId), eq(participants.reachable, true)))
    .innerJoin(modules, eq(modules.id, sessions.moduleId))
    .where(and(isNull(sessions.cancelledAt), gt(sessions.startsAt, since), lte(sessions.startsAt, until)))
    .orderBy(asc(sessions.startsAt));
  return rows.map((r) => ({ ...r, recorded: parseArray(r.recorded) as ReminderKind[] }));
}

/** postgres.js parses text[] into an array; PGlite may hand back the literal. */
function parseArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  if (typeof value === "string") return value.replace(/^\{|\}$/g, "").split(",").filter(Boolean);
  return [];
}

/**
 * Takes reminders for sending, in one statement; returns the ids of those this call
 * took (not those any process took, or recorded, before), keyed by reminderKey.
 */
export async function claimReminders(db: Db, planned: readonly Planned[]): Promise<Map<string, number>> {
  const claimed = new Map<string, number>();
  for (let i = 0; i < planned.length; i += 500) {
    const rows = await db
      .insert(reminders)
      .values(planned.slice(i, i + 500).map((p) => ({ ...p, status: "sending" as const, attempts: 1 })))
      .onConflictDoNothing()
      .returning({ id: reminders.id, sessionId: reminders.sessionId, participantId: reminders.participantId, kind: reminders.kind });
    for (const r of rows) claimed.set(reminderKey(r), r.id);
  }
  return claimed;
}

/** Takes reminders waiting for another attempt; returns the ids this call took. */
export async function claimRetries(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .update(reminders)
    .set({ status: "sending", attempts: sql`${reminders.attempts} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(reminders.id, [...ids]), eq(reminders.status, "retry")))
    .returning({ id: reminders.id });
  return new Set(rows.map((r) => r.id));
}

export async function recordSkipped(db: Db, skipped: readonly (Planned & { reason: string })[]): Promise<void> {
  if (skipped.length === 0) return;
  await db
    .insert(reminders)
    .values(skipped.map((s) => ({ sessionId: s.sessionId, participantId: s.participantId, kind: s.kind, plannedAt: s.plannedAt, status: "skipped" as const, note: s.reason })))
    .onConflictDoNothing();
}

const sentStatements = new WeakMap<Db, { execute: (values: { id: number; attempts: number }) => Promise<unknown> }>();

/**
 * Marks a reminder sent: the one write per message on the sender's hot path, so the
 * statement is prepared once per database handle instead of built every time.
 */
export async function markSent(db: Db, id: number, attempts: number): Promise<void> {
  let statement = sentStatements.get(db);
  if (!statement) {
    statement = db
      .update(reminders)
      .set({ status: "sent", sentAt: sql`now()`, updatedAt: sql`now()`, note: null, nextAttemptAt: null, attempts: sql`${sql.placeholder("attempts")}::int` })
      .where(eq(reminders.id, sql.placeholder("id")))
      .prepare("reminder_mark_sent");
    sentStatements.set(db, statement);
  }
  await statement.execute({ id, attempts });
}

export async function markReminder(
  db: Db,
  id: number,
  change: { status: ReminderRow["status"]; note?: string | null; nextAttemptAt?: Date | null; sent?: boolean; attempts?: number },
): Promise<void> {
  await db
    .update(reminders)
    .set({
      status: change.status,
      note: change.note ?? null,
      nextAttemptAt: change.nextAttemptAt ?? null,
      updatedAt: sql`now()`,
      ...(change.sent ? { sentAt: sql`now()` } : {}),
      ...(change.attempts !== undefined ? { attempts: change.attempts } : {}),
    })
    .where(eq(reminders.id, id));
}

/**
 * Rows left 'sending' by a sender that died. Only the lock holder sends, so whoever
 * holds the lock finds only orphans here: they go back to 'retry' (see sender.ts for why
 * this errs towards sending the one in-flight message twice rather than never).
 */
export async function requeueOrphans(db: Db): Promise<number> {
  const rows = await db
    .update(reminders)
    .set({ status: "retry", nextAttemptAt: sql`now()`, note: "requeued after an interrupted send", updatedAt: sql`now()` })
    .where(eq(reminders.status, "sending"))
    .returning({ id: reminders.id });
  return rows.length;
}

export interface RetryRow {
  id: number;
  sessionId: number;
  participantId: number;
  kind: ReminderKind;
  attempts: number;
  startsAt: Date;
  cancelled: boolean;
  childrenBooked: number;
  chatId: number;
  locale: string | null;
  reachable: boolean;
  title: Translations;
  place: string;
}

/** Reminders waiting for another attempt (and session-cancelled notices), due now. */
export async function dueRetries(db: Db, now: Date, limit = 5000): Promise<RetryRow[]> {
  return db
    .select({
      id: reminders.id,
      sessionId: reminders.sessionId,
      participantId: reminders.participantId,
      kind: reminders.kind,
      attempts: reminders.attempts,
      startsAt: sessions.startsAt,
      cancelled: sql<boolean>`${sessions.cancelledAt} is not null`,
      childrenBooked: sql<number>`coalesce((select ${enrolments.childrenBooked} from ${enrolments} where ${enrolments.moduleId} = ${sessions.moduleId} and ${enrolments.participantId} = ${reminders.participantId} and ${enrolments.status} = 'enrolled' limit 1), 0)`,
      chatId: participants.chatId,
      locale: participants.locale,
      reachable: participants.reachable,
      title: modules.title,
      place: sessions.place,
    })
    .from(reminders)
    .innerJoin(sessions, eq(sessions.id, reminders.sessionId))
    .innerJoin(modules, eq(modules.id, sessions.moduleId))
    .innerJoin(participants, eq(participants.id, reminders.participantId))
    .where(and(eq(reminders.status, "retry"), lte(reminders.nextAttemptAt, now)))
    .orderBy(asc(reminders.nextAttemptAt), asc(reminders.id))
    .limit(limit);
}

/** Cancels a session and queues one notice per enrolled participant (once, whoever asks twice). */
export async function cancelSessionAndQueueNotices(db: Db, sessionId: number, now: Date): Promise<{ found: boolean; queued: number }> {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .update(sessions)
      .set({ cancelledAt: sql`coalesce(${sessions.cancelledAt}, now())` })
      .where(eq(sessions.id, sessionId))
      .returning();
    if (!session) return { found: false, queued: 0 };
    const enrolled = await tx
      .select({ participantId: enrolments.participantId })
      .from(enrolments)
      .where(and(eq(enrolments.moduleId, session.moduleId), eq(enrolments.status, "enrolled")));
    if (enrolled.length === 0) return { found: true, queued: 0 };
    const rows = await tx
      .insert(reminders)
      .values(enrolled.map((e) => ({ sessionId, participantId: e.participantId, kind: "cancelled" as const, status: "retry" as const, plannedAt: now, nextAttemptAt: now })))
      .onConflictDoNothing()
      .returning({ id: reminders.id });
    return { found: true, queued: rows.length };
  });
}

export async function sessionReminders(db: Db, sessionId: number): Promise<ReminderRow[]> {
  return db.select().from(reminders).where(eq(reminders.sessionId, sessionId)).orderBy(asc(reminders.id));
}

export async function markUnreachable(db: Db, participantIds: number[]): Promise<void> {
  if (participantIds.length === 0) return;
  await db.update(participants).set({ reachable: false }).where(inArray(participants.id, participantIds));
}
