import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attendance, enrolments, sessions } from "../../db/schema.js";
import { enqueueEvent } from "../handoff/outbox.js";

export type AttendanceRow = typeof attendance.$inferSelect;

export type RsvpResult =
  | { ok: true; childrenBooked: number }
  | { ok: false; reason: "not-found" | "too-late" | "not-enrolled" };

/**
 * Records "coming" / "not coming" for a session the participant is enrolled for.
 * "Not coming" leaves that session's place and childcare seats to others (the
 * childcare list stops counting the family) and tells the coordinators through the
 * outbox. A later answer replaces an earlier one.
 */
export async function respondToSession(
  db: Db,
  request: { sessionId: number; participantId: number; response: "coming" | "not_coming"; children?: number; now: Date },
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
    // Never more children than the family booked: the seats were counted for those.
    const children =
      request.response === "not_coming" ? 0 : Math.min(Math.max(request.children ?? enrolment.childrenBooked, 0), enrolment.childrenBooked);
    const [previous] = await tx
      .select()
      .from(attendance)
      .where(and(eq(attendance.sessionId, session.id), eq(attendance.participantId, request.participantId)));
    await tx
      .insert(attendance)
      .values({ sessionId: session.id, participantId: request.participantId, response: request.response, children })
      .onConflictDoUpdate({
        target: [attendance.sessionId, attendance.participantId],
        set: { response: request.response, children, respondedAt: sql`now()` },
      });
    if (request.response === "not_coming" && previous?.response !== "not_coming") {
      await enqueueEvent(tx, "attendance.declined", `session:${session.id}`, {
        sessionId: session.id,
        moduleId: session.moduleId,
        participantId: request.participantId,
        childcareSeatsFreed: previous?.children ?? enrolment.childrenBooked,
      });
    }
    return { ok: true, childrenBooked: enrolment.childrenBooked };
  });
}

export async function sessionAttendance(db: Db, sessionId: number): Promise<AttendanceRow[]> {
  return db.select().from(attendance).where(eq(attendance.sessionId, sessionId)).orderBy(asc(attendance.respondedAt));
}
