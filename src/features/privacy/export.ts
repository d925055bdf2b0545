import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  appointments,
  attendance,
  enrolments,
  escalationMessages,
  escalations,
  followUpAnswers,
  followUps,
  modules,
  partnerOrganisations,
  participants,
  referrals,
  sessions,
  surveyAnswers,
} from "../../db/schema.js";
import { loadHistory, loadPlan } from "../plan/repository.js";
import type { LocaleCode } from "../../i18n/locales.js";
import { translated } from "../modules/catalogue.js";

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
  const booked = await db.select().from(appointments).where(eq(appointments.participantId, participantId)).orderBy(asc(appointments.startsAt));
  const chats = await db.select().from(escalations).where(eq(escalations.participantId, participantId)).orderBy(asc(escalations.id));
  const messages = chats.length
    ? await db.select().from(escalationMessages).where(inArray(escalationMessages.escalationId, chats.map((c) => c.id))).orderBy(asc(escalationMessages.id))
    : [];
  const plan = await loadPlan(db, participantId);
  const history = plan ? ((await loadHistory(db, participantId)) ?? []) : [];
  const referred = await db
    .select({ referral: referrals, partner: partnerOrganisations.name })
    .from(referrals)
    .innerJoin(partnerOrganisations, eq(partnerOrganisations.id, referrals.partnerId))
    .where(eq(referrals.participantId, participantId))
    .orderBy(asc(referrals.id));
  const rounds = await db.select().from(followUps).where(eq(followUps.participantId, participantId)).orderBy(asc(followUps.round));
  const roundAnswers = await db.select().from(followUpAnswers).where(eq(followUpAnswers.participantId, participantId));
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
    plan: plan
      ? {
          createdAt: plan.plan.createdAt,
          goals: plan.goals.map((g) => ({ goal: g.goal, text: g.text, textLanguage: g.textLocale, status: g.status })),
          steps: plan.steps.map((s) => ({
            step: s.catalogueKey,
            text: s.text,
            textLanguage: s.textLocale,
            whoDoesIt: s.assignee,
            dueDate: s.dueDate,
            status: s.status,
            doneAt: s.doneAt,
            reminded: s.nudgedAt,
          })),
          history: history.map((h) => ({ at: h.at, who: h.actor, action: h.action, details: h.details })),
        }
      : null,
    referrals: referred.map(({ referral: r, partner }) => ({
      partner,
      reason: r.reason,
      shared: r.shared,
      status: r.status,
      proposedAt: r.createdAt,
      consentAnsweredAt: r.consentAnsweredAt,
      sentAt: r.sentAt,
      acceptedAt: r.acceptedAt,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      declinedAt: r.declinedAt,
    })),
    followUps: rounds.map((f) => ({
      monthsAfterSurvey: f.round,
      offeredAt: f.offeredAt,
      completedAt: f.completedAt,
      answers: roundAnswers.filter((a) => a.round === f.round).map((a) => ({ question: a.questionId, answer: a.value, answeredAt: a.answeredAt })),
    })),
  };
}

export type ParticipantExport = NonNullable<Awaited<ReturnType<typeof exportParticipantData>>>;
