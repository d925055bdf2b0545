import { and, asc, count, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { attendance, enrolments, escalations, modules, participants, sessions, surveyAnswers } from "../../db/schema.js";

export interface CountBy {
  key: string;
  count: number;
}

/**
 * The coordinators' overview (issue 14): counts only, no person named.
 * - participants by survey status, by region (the survey's answer) and by language;
 * - the survey funnel: started the bot → chose a language → consented → began the survey → completed it;
 * - per live module: enrolled, waiting, capacity;
 * - per session in the window: coming / not coming answers and the enrolled count;
 * - chats: open (waiting for a counsellor), claimed, and open ones waiting longer than an hour.
 * `from`/`to` bound the sessions shown (start time, UTC instants).
 */
export async function loadOverview(db: Db, window: { from: Date; to: Date }, now: Date) {
  const n = (v: unknown) => Number(v ?? 0);
  const byStatus = await db.select({ key: participants.surveyStatus, count: count() }).from(participants).groupBy(participants.surveyStatus);
  const byLanguage = await db
    .select({ key: sql<string>`coalesce(${participants.locale}, 'none')`, count: count() })
    .from(participants)
    .groupBy(sql`coalesce(${participants.locale}, 'none')`);
  const byRegion = await db
    .select({ key: sql<string>`${surveyAnswers.value} #>> '{}'`, count: count() })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.questionId, "region"))
    .groupBy(sql`${surveyAnswers.value} #>> '{}'`);
  const [funnel] = await db
    .select({
      started: count(),
      language: sql<number>`count(${participants.locale})`,
      consented: sql<number>`count(*) filter (where ${participants.consentStatus} = 'accepted')`,
      surveyStarted: sql<number>`count(*) filter (where ${participants.surveyStatus} <> 'not_started')`,
      completed: sql<number>`count(*) filter (where ${participants.surveyStatus} = 'completed')`,
    })
    .from(participants);
  const perModule = await db
    .select({
      id: modules.id,
      code: modules.code,
      title: modules.title,
      capacity: modules.capacity,
      enrolled: sql<number>`count(${enrolments.id}) filter (where ${enrolments.status} = 'enrolled')`,
      waitlisted: sql<number>`count(${enrolments.id}) filter (where ${enrolments.status} = 'waitlisted')`,
    })
    .from(modules)
    .leftJoin(enrolments, eq(enrolments.moduleId, modules.id))
    .where(isNull(modules.archivedAt))
    .groupBy(modules.id)
    .orderBy(asc(modules.id));
  const perSession = await db
    .select({
      sessionId: sessions.id,
      moduleId: sessions.moduleId,
      startsAt: sessions.startsAt,
      cancelled: sql<boolean>`${sessions.cancelledAt} is not null`,
      coming: sql<number>`count(${attendance.participantId}) filter (where ${attendance.response} = 'coming' and ${attendance.forStartsAt} = ${sessions.startsAt})`,
      notComing: sql<number>`count(${attendance.participantId}) filter (where ${attendance.response} = 'not_coming' and ${attendance.forStartsAt} = ${sessions.startsAt})`,
    })
    .from(sessions)
    .leftJoin(attendance, eq(attendance.sessionId, sessions.id))
    .where(and(gte(sessions.startsAt, window.from), lt(sessions.startsAt, window.to)))
    .groupBy(sessions.id)
    .orderBy(asc(sessions.startsAt));
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const [chats] = await db
    .select({
      open: sql<number>`count(*) filter (where ${escalations.status} = 'open')`,
      claimed: sql<number>`count(*) filter (where ${escalations.status} = 'claimed')`,
      waitingOverAnHour: sql<number>`count(*) filter (where ${escalations.status} = 'open' and ${escalations.openedAt} < ${hourAgo.toISOString()})`,
    })
    .from(escalations);
  const counts = (rows: { key: string | null; count: number }[]): CountBy[] => rows.map((r) => ({ key: r.key ?? "none", count: n(r.count) })).sort((a, b) => b.count - a.count);
  return {
    participantsByStatus: counts(byStatus),
    participantsByLanguage: counts(byLanguage),
    participantsByRegion: counts(byRegion),
    surveyFunnel: [
      { key: "started", count: n(funnel?.started) },
      { key: "language", count: n(funnel?.language) },
      { key: "consented", count: n(funnel?.consented) },
      { key: "surveyStarted", count: n(funnel?.surveyStarted) },
      { key: "completed", count: n(funnel?.completed) },
    ],
    modules: perModule.map((m) => ({ id: m.id, code: m.code, title: m.title, capacity: m.capacity, enrolled: n(m.enrolled), waitlisted: n(m.waitlisted) })),
    attendance: perSession.map((s) => ({ sessionId: s.sessionId, moduleId: s.moduleId, startsAt: s.startsAt.toISOString(), cancelled: Boolean(s.cancelled), coming: n(s.coming), notComing: n(s.notComing) })),
    chats: { open: n(chats?.open), claimed: n(chats?.claimed), waitingOverAnHour: n(chats?.waitingOverAnHour) },
  };
}

/**
 * Sessions of every module starting in [from, to), with the module's code and title and
 * the enrolled count and childcare children booked (the calendar).
 */
export async function listCalendar(db: Db, window: { from: Date; to: Date }) {
  const rows = await db
    .select({
      id: sessions.id,
      moduleId: sessions.moduleId,
      code: modules.code,
      title: modules.title,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      place: sessions.place,
      childcareSeats: sessions.childcareSeats,
      cancelled: sql<boolean>`${sessions.cancelledAt} is not null`,
      capacity: modules.capacity,
      enrolled: sql<number>`(select count(*) from ${enrolments} e where e.module_id = ${sessions.moduleId} and e.status = 'enrolled')`,
      childrenBooked: sql<number>`(select coalesce(sum(e.children_booked), 0) from ${enrolments} e where e.module_id = ${sessions.moduleId} and e.status = 'enrolled')`,
    })
    .from(sessions)
    .innerJoin(modules, eq(modules.id, sessions.moduleId))
    .where(and(gte(sessions.startsAt, window.from), lt(sessions.startsAt, window.to)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
  return rows.map((r) => ({
    id: r.id,
    moduleId: r.moduleId,
    code: r.code,
    title: r.title,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    place: r.place,
    cancelled: Boolean(r.cancelled),
    placesLeft: Math.max(0, r.capacity - Number(r.enrolled)),
    childcareSeats: r.childcareSeats,
    childcareSeatsLeft: Math.max(0, r.childcareSeats - Number(r.childrenBooked)),
  }));
}
