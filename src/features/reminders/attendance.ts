import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attendance, enrolments, sessions, sessionVersions } from "../../db/schema.js";
import { enqueueEvent } from "../handoff/outbox.js";

export type AttendanceRow = typeof attendance.$inferSelect;

export type Session = typeof sessions.$inferSelect;

/** Callback data of an answer button: the session and the version the question was asked for. */
export const rsvpData = (answer: "y" | "n" | "c", sessionId: number, version: number) => `rsvp:${answer}:${sessionId}:${version}`;

export type RsvpResult =
  | { ok: true; childrenBooked: number; session: Session }
  | { ok: false; reason: "not-found" | "too-late" | "not-enrolled" }
  /** The button was made for an earlier time of the meeting: ask again with the new one. */
  | { ok: false; reason: "changed"; session: Session; childrenBooked: number };

/**
 * Records "coming" / "not coming" for a session the participant is enrolled for, for the
 * session's current start time. "Not coming" leaves that session's place and childcare
 * seats to others (the childcare list stops counting the family) and tells the
 * coordinators through the outbox. A later answer replaces an earlier one.
 *
 * `version` is the session version the button was made for (buttons of messages sent
 * before versions existed carry none and mean version 0). An answer to an earlier
 * version counts only when the meeting is still at the time that version had (a
 * cancellation withdrawn keeps the time); after a move the participant is asked again.
 */
export async function respondToSession(
  db: Db,
  request: { sessionId: number; participantId: number; response: "coming" | "not_coming"; children?: number; version?: number; now: Date },
): Promise<RsvpResult> {
  return db.transaction(async (tx) => {
    const [session] = await tx.select().from(sessions).where(eq(sessions.id, request.sessionId));
    if (!session) return { ok: false, reason: "not-found" };
    if (session.cancelledAt || session.startsAt.getTime() <= request.now.getTime()) return { ok: false, reason: "too-late" };
    const [enrolment] = await tx
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.moduleId, session.moduleId), eq(enrolments.participantId, request.participantId), eq(enrolments.status, "enrolled")));
    if (!enrolment) return { ok: false, reason: "not-enrolled" };
    if (!(await sameTime(tx, session, request.version ?? 0))) return { ok: false, reason: "changed", session, childrenBooked: enrolment.childrenBooked };
    // Never more children than the family booked: the seats were counted for those.
    const children =
      request.response === "not_coming" ? 0 : Math.min(Math.max(request.children ?? enrolment.childrenBooked, 0), enrolment.childrenBooked);
    const [previous] = await tx
      .select()
      .from(attendance)
      .where(and(eq(attendance.sessionId, session.id), eq(attendance.participantId, request.participantId)));
    // An answer given for another time of the meeting no longer counts.
    const standing = previous && previous.forStartsAt.getTime() === session.startsAt.getTime() ? previous : undefined;
    await tx
      .insert(attendance)
      .values({ sessionId: session.id, participantId: request.participantId, response: request.response, children, forStartsAt: session.startsAt })
      .onConflictDoUpdate({
        target: [attendance.sessionId, attendance.participantId],
        set: { response: request.response, children, forStartsAt: session.startsAt, respondedAt: sql`now()` },
      });
    if (request.response === "not_coming" && standing?.response !== "not_coming") {
      await enqueueEvent(tx, "attendance.declined", `session:${session.id}`, {
        sessionId: session.id,
        moduleId: session.moduleId,
        participantId: request.participantId,
        childcareSeatsFreed: standing?.children ?? enrolment.childrenBooked,
      });
    }
    return { ok: true, childrenBooked: enrolment.childrenBooked, session };
  });
}

/** Whether the session still starts when it did at `version`. */
async function sameTime(db: Db, session: Session, version: number): Promise<boolean> {
  if (version === session.version) return true;
  const [then] = await db
    .select({ startsAt: sessionVersions.startsAt })
    .from(sessionVersions)
    .where(and(eq(sessionVersions.sessionId, session.id), eq(sessionVersions.version, version)));
  return then !== undefined && then.startsAt.getTime() === session.startsAt.getTime();
}

/**
 * Every answer given for a session, oldest first; `forStartsAt` tells whether an answer
 * was given for the session's current time (only those count).
 */
export async function sessionAttendance(db: Db, sessionId: number): Promise<AttendanceRow[]> {
  return db.select().from(attendance).where(eq(attendance.sessionId, sessionId)).orderBy(asc(attendance.respondedAt));
}
