import { and, asc, eq, gt, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attendance, enrolments, modules, participants, reminders, sessions, type Translations } from "../../db/schema.js";
import { OUTDATED } from "./changes.js";
import { reminderKey, type Candidate, type Planned } from "./planner.js";

export type ReminderRow = typeof reminders.$inferSelect;
export type ReminderKind = ReminderRow["kind"];

/** A candidate with what the message needs. */
export interface Recipient extends Candidate {
  version: number;
  chatId: number;
  locale: string | null;
  title: Translations;
  place: string;
  /** Kinds already recorded for this participant and session at its current time. */
  recorded: ReminderKind[];
}

/**
 * Enrolled, reachable participants and the sessions of their modules from `since` to
 * `until`, with the reminder kinds already recorded for the session's current time (a
 * reminder of an earlier version counts when it named the same start time, unless it was
 * dropped before it left because the meeting changed), whether they declined this time,
 * and the current version's change notice. Three plain queries (candidates, the
 * reminders of those sessions, the "not coming" answers) merged here: the range query on
 * sessions.starts_at, the (module, status) index on enrolments and the keys of reminders
 * and attendance keep each fast, where subqueries per candidate were slower.
 */
export async function findRecipients(db: Db, since: Date, until: Date): Promise<Recipient[]> {
  return recipients(db, and(isNull(sessions.cancelledAt), gt(sessions.startsAt, since), lte(sessions.startsAt, until)));
}

/** The same for one session (cancelled or not), for the admin API's planned reminders. */
export async function sessionRecipients(db: Db, sessionId: number): Promise<Recipient[]> {
  return recipients(db, eq(sessions.id, sessionId));
}

const REGULAR_KINDS = new Set<string>(["day-before", "soon", "childcare"]);
const NOTICE_KINDS = new Set<string>(["moved", "cancelled", "reinstated"]);
const PENDING_STATUSES = new Set<string>(["queued", "retry", "sending"]);

async function recipients(db: Db, where: SQL | undefined): Promise<Recipient[]> {
  const inRange = db.select({ id: sessions.id }).from(sessions).where(where);
  const [rows, told, declined] = await Promise.all([
    db
      .select({
        sessionId: sessions.id,
        participantId: enrolments.participantId,
        startsAt: sessions.startsAt,
        version: sessions.version,
        childrenBooked: enrolments.childrenBooked,
        chatId: participants.chatId,
        locale: participants.locale,
        title: modules.title,
        place: sessions.place,
      })
      .from(sessions)
      .innerJoin(enrolments, and(eq(enrolments.moduleId, sessions.moduleId), eq(enrolments.status, "enrolled")))
      .innerJoin(participants, and(eq(participants.id, enrolments.participantId), eq(participants.reachable, true)))
      .innerJoin(modules, eq(modules.id, sessions.moduleId))
      .where(where)
      .orderBy(asc(sessions.startsAt)),
    db
      .select({
        sessionId: reminders.sessionId,
        participantId: reminders.participantId,
        kind: reminders.kind,
        status: reminders.status,
        version: reminders.sessionVersion,
        startsAt: reminders.sessionStartsAt,
        note: reminders.note,
        sentAt: reminders.sentAt,
        plannedAt: reminders.plannedAt,
      })
      .from(reminders)
      .where(inArray(reminders.sessionId, inRange)),
    db
      .select({ sessionId: attendance.sessionId, participantId: attendance.participantId, forStartsAt: attendance.forStartsAt })
      .from(attendance)
      .where(and(inArray(attendance.sessionId, inRange), eq(attendance.response, "not_coming"))),
  ]);
  // Keyed by session, then participant: most candidates have no row in either.
  const toldEach = new Map<number, Map<number, (typeof told)[number][]>>();
  for (const t of told) {
    let bySession = toldEach.get(t.sessionId);
    if (!bySession) toldEach.set(t.sessionId, (bySession = new Map()));
    const list = bySession.get(t.participantId);
    if (list) list.push(t);
    else bySession.set(t.participantId, [t]);
  }
  const declinedFor = new Map<number, Map<number, number>>();
  for (const d of declined) {
    let bySession = declinedFor.get(d.sessionId);
    if (!bySession) declinedFor.set(d.sessionId, (bySession = new Map()));
    bySession.set(d.participantId, d.forStartsAt.getTime());
  }
  return rows.map((r) => {
    const recorded: ReminderKind[] = [];
    let notice: Candidate["notice"];
    for (const t of toldEach.get(r.sessionId)?.get(r.participantId) ?? []) {
      if (REGULAR_KINDS.has(t.kind)) {
        const sameTime = t.startsAt.getTime() === r.startsAt.getTime() && t.note !== OUTDATED;
        if (t.version === r.version || sameTime) recorded.push(t.kind);
      } else if (NOTICE_KINDS.has(t.kind) && t.version === r.version) {
        // The current version's notice: still to go, or sent. One that failed or was
        // skipped never told them anything.
        if (PENDING_STATUSES.has(t.status)) notice = { pending: true, at: t.plannedAt };
        else if (t.status === "sent") notice = { pending: false, at: t.sentAt ?? t.plannedAt };
      }
    }
    return {
      sessionId: r.sessionId,
      participantId: r.participantId,
      startsAt: r.startsAt,
      version: r.version,
      childrenBooked: r.childrenBooked,
      chatId: r.chatId,
      locale: r.locale,
      title: r.title,
      place: r.place,
      recorded,
      declined: declinedFor.get(r.sessionId)?.get(r.participantId) === r.startsAt.getTime(),
      notice,
    };
  });
}

/** Rows of a raw statement: postgres.js returns an array, PGlite an object with `rows`. */
export function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Takes reminders for sending, in one statement per 500; returns the ids of those this
 * call took (not those any process took, or recorded, before), keyed by reminderKey.
 *
 * A reminder is taken only while its session is still at the version it was planned for
 * and not cancelled, and the session's row is share-locked while it is taken: a change
 * being made waits for the claim (and then sees the reminder as possibly sent when it
 * works out what each participant knows), and a claim after the change takes nothing.
 */
export async function claimReminders(db: Db, planned: readonly Planned[]): Promise<Map<string, number>> {
  const claimed = new Map<string, number>();
  for (let i = 0; i < planned.length; i += 500) {
    const batch = planned.slice(i, i + 500).map((p) => ({
      session_id: p.sessionId,
      participant_id: p.participantId,
      kind: p.kind,
      session_version: p.version,
      planned_at: p.plannedAt.toISOString(),
    }));
    const result = await db.execute(sql`
      insert into reminders (session_id, participant_id, kind, status, session_version, session_starts_at, planned_at, attempts)
      select v.session_id, v.participant_id, v.kind, 'sending', v.session_version, s.starts_at, v.planned_at, 0
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as v(session_id int, participant_id int, kind text, session_version int, planned_at timestamptz)
      join sessions s on s.id = v.session_id and s.version = v.session_version and s.cancelled_at is null
      for share of s
      on conflict do nothing
      returning id, session_id, participant_id, kind`);
    for (const r of resultRows<{ id: number; session_id: number; participant_id: number; kind: string }>(result)) {
      claimed.set(reminderKey({ sessionId: r.session_id, participantId: r.participant_id, kind: r.kind }), Number(r.id));
    }
  }
  return claimed;
}

/** Takes reminders and notices waiting for their time or another attempt; returns the ids this call took. */
export async function claimRetries(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .update(reminders)
    .set({ status: "sending", updatedAt: sql`now()` })
    .where(and(inArray(reminders.id, [...ids]), inArray(reminders.status, ["queued", "retry"])))
    .returning({ id: reminders.id });
  return new Set(rows.map((r) => r.id));
}

export async function recordSkipped(db: Db, skipped: readonly (Planned & { reason: string })[], startsAt: ReadonlyMap<number, Date>): Promise<void> {
  for (let i = 0; i < skipped.length; i += 500) {
    await db
      .insert(reminders)
      .values(
        skipped.slice(i, i + 500).map((s) => ({
          sessionId: s.sessionId,
          participantId: s.participantId,
          kind: s.kind,
          sessionVersion: s.version,
          sessionStartsAt: startsAt.get(s.sessionId)!,
          plannedAt: s.plannedAt,
          status: "skipped" as const,
          note: s.reason,
        })),
      )
      .onConflictDoNothing();
  }
}

const sentStatements = new WeakMap<Db, { execute: (values: { id: number; at: string }) => Promise<unknown> }>();
const tryingStatements = new WeakMap<Db, { execute: (values: { id: number }) => Promise<{ attempts: number }[]> }>();

/**
 * Counts an attempt, just before the call to Telegram: after a crash the count says how
 * many calls were really made (a reminder claimed but never tried stays at 0). Returns
 * the new count. Prepared once per database handle: it is on the sender's hot path.
 */
export async function countAttempt(db: Db, id: number): Promise<number> {
  let statement = tryingStatements.get(db);
  if (!statement) {
    statement = db
      .update(reminders)
      .set({ attempts: sql`${reminders.attempts} + 1` })
      .where(eq(reminders.id, sql.placeholder("id")))
      .returning({ attempts: reminders.attempts })
      .prepare("reminder_count_attempt");
    tryingStatements.set(db, statement);
  }
  const [row] = await statement.execute({ id });
  return row?.attempts ?? 1;
}

/**
 * Marks a reminder sent at `at` (the sender's clock): with the attempt count, the writes
 * per message on the sender's hot path, so the statement is prepared once per handle.
 */
export async function markSent(db: Db, id: number, at: Date): Promise<void> {
  let statement = sentStatements.get(db);
  if (!statement) {
    statement = db
      .update(reminders)
      .set({ status: "sent", sentAt: sql`${sql.placeholder("at")}::timestamptz`, updatedAt: sql`now()`, note: null, nextAttemptAt: null })
      .where(eq(reminders.id, sql.placeholder("id")))
      .prepare("reminder_mark_sent");
    sentStatements.set(db, statement);
  }
  await statement.execute({ id, at: at.toISOString() });
}

export async function markReminder(db: Db, id: number, change: { status: ReminderRow["status"]; note?: string | null; nextAttemptAt?: Date | null }): Promise<void> {
  await db
    .update(reminders)
    .set({ status: change.status, note: change.note ?? null, nextAttemptAt: change.nextAttemptAt ?? null, updatedAt: sql`now()` })
    .where(eq(reminders.id, id));
}

/**
 * Rows left 'sending' by a sender that died. Only the lock holder sends, so whoever
 * holds the lock finds only orphans here: they go back to 'retry' (see sender.ts for why
 * this errs towards sending the one in-flight message twice rather than never). Their
 * attempt counts stay as they are: a reminder claimed but never tried still says 0.
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
  /** The version the row was made for, and the session's version now. */
  rowVersion: number;
  /** The start time the row names (a cancellation: the time the participant knew). */
  rowStartsAt: Date;
  version: number;
  startsAt: Date;
  cancelled: boolean;
  enrolled: boolean;
  declined: boolean;
  childrenBooked: number;
  chatId: number;
  locale: string | null;
  reachable: boolean;
  title: Translations;
  place: string;
}

/** Reminders waiting for another attempt and change notices waiting for their time, due now. */
export async function dueRetries(db: Db, now: Date, limit = 5000): Promise<RetryRow[]> {
  const enrolment = sql`(select ${enrolments.childrenBooked} from ${enrolments} where ${enrolments.moduleId} = ${sessions.moduleId} and ${enrolments.participantId} = ${reminders.participantId} and ${enrolments.status} = 'enrolled' limit 1)`;
  const rows = await db
    .select({
      id: reminders.id,
      sessionId: reminders.sessionId,
      participantId: reminders.participantId,
      kind: reminders.kind,
      attempts: reminders.attempts,
      rowVersion: reminders.sessionVersion,
      rowStartsAt: reminders.sessionStartsAt,
      version: sessions.version,
      startsAt: sessions.startsAt,
      cancelled: sql<boolean>`${sessions.cancelledAt} is not null`,
      enrolledChildren: sql<number | null>`${enrolment}`,
      declined: sql<boolean>`exists (select 1 from attendance a where a.session_id = ${sessions.id} and a.participant_id = ${reminders.participantId} and a.response = 'not_coming' and a.for_starts_at = ${sessions.startsAt})`,
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
    .where(and(inArray(reminders.status, ["queued", "retry"]), lte(reminders.nextAttemptAt, now)))
    .orderBy(asc(reminders.nextAttemptAt), asc(reminders.id))
    .limit(limit);
  return rows.map(({ enrolledChildren, ...r }) => ({
    ...r,
    cancelled: r.cancelled === true || (r.cancelled as unknown) === "t",
    declined: r.declined === true || (r.declined as unknown) === "t",
    enrolled: enrolledChildren !== null,
    childrenBooked: Number(enrolledChildren ?? 0),
  }));
}

export async function sessionReminders(db: Db, sessionId: number): Promise<ReminderRow[]> {
  return db.select().from(reminders).where(eq(reminders.sessionId, sessionId)).orderBy(asc(reminders.id));
}

export async function markUnreachable(db: Db, participantIds: number[]): Promise<void> {
  if (participantIds.length === 0) return;
  await db.update(participants).set({ reachable: false }).where(inArray(participants.id, participantIds));
}
