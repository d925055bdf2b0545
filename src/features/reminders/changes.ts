import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { enrolments, reminders, sessions, sessionVersions } from "../../db/schema.js";
import { knownVersions, noticeForAny, noticeSendTime, type SessionFacts } from "./notices.js";
import type { ReminderPolicy } from "./planner.js";

export type Session = typeof sessions.$inferSelect;

/** The note of a notice or reminder dropped because the meeting changed before it left. */
export const OUTDATED = "outdated: the meeting changed";

export interface SessionChange {
  startsAt?: Date;
  endsAt?: Date;
  place?: string;
  childcareSeats?: number;
  cancelled?: boolean;
}

export type SessionChangeResult =
  | { ok: true; session: Session; noticesQueued: number }
  | { ok: false; reason: "not-found" | "ends-before-start" };

const factsOf = (s: { startsAt: Date; place: string; cancelledAt: Date | null }): SessionFacts => ({
  startsAt: s.startsAt,
  place: s.place,
  cancelled: s.cancelledAt !== null,
});

const sameFacts = (a: SessionFacts, b: SessionFacts) =>
  a.startsAt.getTime() === b.startsAt.getTime() && a.place === b.place && a.cancelled === b.cancelled;

/**
 * The one way a session is changed: a new time, place, end or childcare seats, a
 * cancellation or a cancellation withdrawn (the admin API's PATCH and its cancel route both
 * come here). Run it inside the caller's transaction.
 *
 * When what participants are told changes (the start time, the place, cancelled or not;
 * a cancelled meeting's time or place only when it is back on), the session's version goes up, the versions before and after are kept in
 * session_versions, notices and reminders of earlier versions that have not left are
 * dropped (they say something no longer true), and each enrolled participant gets one
 * notice that brings what they know up to date: "moved", "cancelled" or "reinstated", or
 * nothing when what they know is true again (a time moved and moved back before the first
 * notice left). A notice's row is unique per session, participant, kind and version, so a
 * change is told once however many processes send; the reminder sender sends it, with its
 * quiet hours, rate limit and handling of blocked chats.
 *
 * The session's row is locked for the change: two changes at once take turns, and a
 * reminder being claimed for the old version either finishes first (and then counts as
 * possibly sent) or finds the new version and is not claimed (repository.claimReminders).
 */
export async function changeSession(
  tx: Db,
  sessionId: number,
  change: SessionChange,
  now: Date,
  policy: ReminderPolicy,
): Promise<SessionChangeResult> {
  const [before] = await tx.select().from(sessions).where(eq(sessions.id, sessionId)).for("update");
  if (!before) return { ok: false, reason: "not-found" };
  const startsAt = change.startsAt ?? before.startsAt;
  const endsAt = change.endsAt ?? before.endsAt;
  if (endsAt.getTime() <= startsAt.getTime()) return { ok: false, reason: "ends-before-start" };
  const cancelled = change.cancelled ?? before.cancelledAt !== null;
  const place = change.place ?? before.place;
  const previous = factsOf(before);
  const current: SessionFacts = { startsAt, place, cancelled };
  // A cancelled meeting's new time or place is nobody's news until it is back on (its
  // notice then gives them); the pending cancellation notices stay as they are.
  const told = !sameFacts(previous, current) && !(previous.cancelled && current.cancelled);
  const version = told ? before.version + 1 : before.version;

  const [session] = await tx
    .update(sessions)
    .set({
      startsAt,
      endsAt,
      place,
      childcareSeats: change.childcareSeats ?? before.childcareSeats,
      cancelledAt: cancelled ? (before.cancelledAt ?? now) : null,
      version,
    })
    .where(eq(sessions.id, sessionId))
    .returning();
  if (!told) return { ok: true, session: session!, noticesQueued: 0 };

  // The version before the change is written the first time the session changes.
  await tx
    .insert(sessionVersions)
    .values({ sessionId, version: before.version, ...previous, changedAt: before.createdAt })
    .onConflictDoNothing();
  await tx.insert(sessionVersions).values({ sessionId, version, ...current, changedAt: now });
  return { ok: true, session: session!, noticesQueued: await queueNotices(tx, session!, now, policy) };
}

async function queueNotices(tx: Db, session: Session, now: Date, policy: ReminderPolicy): Promise<number> {
  // What has not left yet and was made for an earlier version is no longer true.
  await tx
    .update(reminders)
    .set({ status: "skipped", note: OUTDATED, nextAttemptAt: null, updatedAt: sql`now()` })
    .where(and(eq(reminders.sessionId, session.id), lt(reminders.sessionVersion, session.version), inArray(reminders.status, ["queued", "retry"])));
  // A meeting that has begun (or was moved into the past) needs no news.
  if (session.startsAt.getTime() <= now.getTime()) return 0;

  const enrolled = await tx
    .select({ participantId: enrolments.participantId, enrolledAt: enrolments.enrolledAt, createdAt: enrolments.createdAt })
    .from(enrolments)
    .where(and(eq(enrolments.moduleId, session.moduleId), eq(enrolments.status, "enrolled")));
  if (enrolled.length === 0) return 0;
  const told = await tx
    .select({
      participantId: reminders.participantId,
      sessionVersion: reminders.sessionVersion,
      status: reminders.status,
      attempts: reminders.attempts,
      knownVersion: reminders.knownVersion,
    })
    .from(reminders)
    .where(eq(reminders.sessionId, session.id));
  const toldEach = new Map<number, typeof told>();
  for (const row of told) toldEach.set(row.participantId, [...(toldEach.get(row.participantId) ?? []), row]);
  const history = await tx.select().from(sessionVersions).where(eq(sessionVersions.sessionId, session.id));
  const facts = new Map(history.map((h) => [h.version, h]));
  const current = facts.get(session.version)!;

  const sendAt = noticeSendTime(now, session.startsAt, policy);
  const notices = enrolled.flatMap((e) => {
    const joined = (e.enrolledAt ?? e.createdAt).getTime();
    // The version their course card showed: the latest one made before they joined.
    const atEnrolment = history.filter((h) => h.version === 0 || h.changedAt.getTime() < joined).reduce((v, h) => Math.max(v, h.version), 0);
    const known = knownVersions(toldEach.get(e.participantId) ?? [], atEnrolment);
    const notice = noticeForAny([...known.perhaps, known.surely], (v) => facts.get(v) ?? facts.get(session.version - 1)!, current);
    if (!notice) return [];
    const { kind } = notice;
    const knows = facts.get(notice.from) ?? facts.get(session.version - 1)!;
    return {
      sessionId: session.id,
      participantId: e.participantId,
      kind,
      status: "queued" as const,
      sessionVersion: session.version,
      // A cancellation names the meeting as the participant knows it; other notices the new time.
      sessionStartsAt: kind === "cancelled" ? knows.startsAt : session.startsAt,
      knownVersion: known.surely,
      plannedAt: sendAt,
      nextAttemptAt: sendAt,
    };
  });
  if (notices.length === 0) return 0;
  const rows = await tx.insert(reminders).values(notices).onConflictDoNothing().returning({ id: reminders.id });
  return rows.length;
}
