import { and, count, eq, gte, lt, sql, sum } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { anonymousCounts, attendance, enrolments, escalations, modules, participants, sessions, surveyAnswers } from "../../db/schema.js";

/** Cells describing fewer people than this are shown as suppressed, so no one can be singled out. */
export const SMALL_CELL = 5;

export interface Cell {
  group: string;
  /** null when suppressed (fewer than SMALL_CELL people). */
  count: number | null;
}

export interface SummaryReport {
  from: string;
  to: string;
  participants: number;
  byRegion: Cell[];
  byLanguage: Cell[];
  byGender: Cell[];
  byAgeGroup: Cell[];
  bySituationAtEntry: Cell[];
  modulesJoined: Cell[];
  sessionsAttended: number;
  childSessions: number;
  escalationsHandled: number;
  erasedOnRequest: number;
}

const suppress = (rows: { group: string | null; n: number }[]): Cell[] =>
  rows
    .map((r) => ({ group: r.group ?? "not answered", count: r.n < SMALL_CELL ? null : r.n }))
    .sort((a, b) => a.group.localeCompare(b.group));

/**
 * The figures funders ask for, over participants who first came in [from, to): counts by
 * answer, never a person. Small cells are suppressed; totals of activity (sessions,
 * children looked after, chats handled) are counted in the period.
 */
export async function summaryReport(db: Db, from: Date, to: Date): Promise<SummaryReport> {
  const cohort = and(gte(participants.createdAt, from), lt(participants.createdAt, to), eq(participants.consentStatus, "accepted"));
  const [total] = await db.select({ n: count() }).from(participants).where(cohort);

  const byAnswer = async (questionId: string, multi = false) => {
    const value = multi ? sql<string>`jsonb_array_elements_text(${surveyAnswers.value})` : sql<string>`${surveyAnswers.value} #>> '{}'`;
    const rows = await db
      .select({ group: value, n: sql<number>`count(distinct ${participants.id})::int` })
      .from(surveyAnswers)
      .innerJoin(participants, eq(participants.id, surveyAnswers.participantId))
      .where(and(cohort, eq(surveyAnswers.questionId, questionId), sql`${surveyAnswers.value} is not null`))
      .groupBy(value);
    return suppress(rows);
  };

  const joined = await db
    .select({ group: modules.code, n: sql<number>`count(distinct ${enrolments.participantId})::int` })
    .from(enrolments)
    .innerJoin(modules, eq(modules.id, enrolments.moduleId))
    .where(and(gte(enrolments.createdAt, from), lt(enrolments.createdAt, to), sql`${enrolments.status} <> 'waitlisted'`))
    .groupBy(modules.code);

  const [attended] = await db
    .select({ n: count(), children: sum(attendance.children) })
    .from(attendance)
    .innerJoin(sessions, eq(sessions.id, attendance.sessionId))
    .where(and(eq(attendance.response, "coming"), gte(sessions.startsAt, from), lt(sessions.startsAt, to)));
  const [handled] = await db
    .select({ n: count() })
    .from(escalations)
    .where(and(eq(escalations.status, "closed"), gte(escalations.closedAt, from), lt(escalations.closedAt, to)));
  const [erased] = await db
    .select({ n: sum(anonymousCounts.value) })
    .from(anonymousCounts)
    .where(and(eq(anonymousCounts.metric, "participants.erased_on_request"), gte(anonymousCounts.period, from.toISOString().slice(0, 7)), lt(anonymousCounts.period, to.toISOString().slice(0, 7) + "~")));

  return {
    from: from.toISOString(),
    to: to.toISOString(),
    participants: total?.n ?? 0,
    byRegion: await byAnswer("region"),
    byLanguage: await byAnswer("languages", true),
    byGender: await byAnswer("gender"),
    byAgeGroup: await byAnswer("age-group"),
    bySituationAtEntry: await byAnswer("situation"),
    modulesJoined: suppress(joined),
    sessionsAttended: attended?.n ?? 0,
    childSessions: Number(attended?.children ?? 0),
    escalationsHandled: handled?.n ?? 0,
    erasedOnRequest: Number(erased?.n ?? 0),
  };
}

/** The same figures as rows for a spreadsheet: section, group, count ("<5" when suppressed). */
export function reportRows(report: SummaryReport): (string | number)[][] {
  const rows: (string | number)[][] = [["participants", "all", report.participants]];
  const sections: [string, Cell[]][] = [
    ["region", report.byRegion],
    ["language", report.byLanguage],
    ["gender", report.byGender],
    ["age_group", report.byAgeGroup],
    ["situation_at_entry", report.bySituationAtEntry],
    ["module_joined", report.modulesJoined],
  ];
  for (const [section, cells] of sections) for (const c of cells) rows.push([section, c.group, c.count ?? `<${SMALL_CELL}`]);
  rows.push(["sessions_attended", "all", report.sessionsAttended], ["child_sessions", "all", report.childSessions], ["escalations_handled", "all", report.escalationsHandled], ["erased_on_request", "all", report.erasedOnRequest]);
  return rows;
}
