import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { LocaleCode } from "../../i18n/locales.js";
import { translated } from "../modules/catalogue.js";
import { attendance, enrolments, escalationMessages, escalations, modules, participants, sessions, surveyAnswers } from "../../db/schema.js";

/**
 * Everything kept about a participant, as plain data (for /mydata and the admin API).
 * Course titles are in `locale` (the participant's own for /mydata; English for staff).
 */
export async function exportParticipantData(db: Db, participantId: number, locale: LocaleCode = "en") {
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
    courses: joined.map((j) => ({ course: j.module, title: translated(j.title, locale), status: j.status, childrenInChildcare: j.childrenBooked, joinedAt: j.joinedAt })),
    attendance: answered,
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
