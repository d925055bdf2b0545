import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { appointments, attendance, enrolments, escalationMessages, escalations, modules, participants, sessions, surveyAnswers } from "../../db/schema.js";

/** Everything kept about a participant, as plain data (for /mydata and the admin API). */
export async function exportParticipantData(db: Db, participantId: number) {
  const [p] = await db.select().from(participants).where(eq(participants.id, participantId));
  if (!p) return undefined;
  const answers = await db.select().from(surveyAnswers).where(eq(surveyAnswers.participantId, participantId));
  const joined = await db
    .select({ module: modules.code, title: modules.title, status: enrolments.status, childrenBooked: enrolments.childrenBooked, joinedAt: enrolments.createdAt })
    .from(enrolments)
    .innerJoin(modules, eq(modules.id, enrolments.moduleId))
    .where(eq(enrolments.participantId, participantId))
    .orderBy(asc(enrolments.id));
  const answered = await db
    .select({ sessionStartsAt: sessions.startsAt, response: attendance.response, children: attendance.children, respondedAt: attendance.respondedAt })
    .from(attendance)
    .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
    .where(eq(attendance.participantId, participantId));
  const booked = await db.select().from(appointments).where(eq(appointments.participantId, participantId)).orderBy(asc(appointments.startsAt));
  const chats = await db.select().from(escalations).where(eq(escalations.participantId, participantId)).orderBy(asc(escalations.id));
  const messages = chats.length
    ? await db.select().from(escalationMessages).where(inArray(escalationMessages.escalationId, chats.map((c) => c.id))).orderBy(asc(escalationMessages.id))
    : [];
  return {
    participant: {
      telegramUserId: p.telegramUserId,
      language: p.locale,
      consent: { status: p.consentStatus, version: p.consentVersion, at: p.consentAt },
      surveyStatus: p.surveyStatus,
      firstContact: p.createdAt,
      lastSeen: p.lastSeenAt,
    },
    surveyAnswers: answers.map((a) => ({ question: a.questionId, answer: a.value, answeredAt: a.answeredAt })),
    courses: joined.map((j) => ({ course: j.module, title: j.title.en ?? j.module, status: j.status, childrenInChildcare: j.childrenBooked, joinedAt: j.joinedAt })),
    attendance: answered,
    // The counsellor's staff note is theirs, not shown here (issue 15: "a staff-only note").
    appointments: booked.map((a) => ({
      kind: a.kind,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: a.status,
      interpreterLanguage: a.interpreterLanguage,
      reason: a.reason,
      outcome: a.outcome,
      bookedAt: a.createdAt,
    })),
    conversationsWithCounsellors: chats.map((c) => ({
      openedAt: c.openedAt,
      closedAt: c.closedAt,
      messages: messages
        .filter((m) => m.escalationId === c.id)
        .map((m) => ({ from: m.direction === "in" ? "you" : "counsellor", text: m.text, file: m.fileKind, details: m.details, at: m.createdAt })),
    })),
  };
}

export type ParticipantExport = NonNullable<Awaited<ReturnType<typeof exportParticipantData>>>;
