import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { TIME_ZONE } from "../../i18n/locales.js";

/**
 * The funders' report: counts by answer, never a person. With counts this small (a
 * project has dozens of participants), a plain "suppress cells under 5" is not enough:
 *
 * - the group of a suppressed cell still said that someone of that group exists;
 * - a total minus the cells shown gave the suppressed one back (9 − 7 = 2);
 * - two periods differing by a day gave that day's one participant, region and all.
 *
 * So: a report covers whole calendar quarters (Helsinki time), at least one; and no
 * number is shown whose group, or whose difference with another number a reader can get,
 * holds fewer than SMALL_CELL people. Concretely, for every number, each of its counts
 * over the first quarters of the period and over the last quarters (every prefix and
 * every suffix of its series by quarter, the whole period included) is 0 or at least
 * SMALL_CELL: the report of a shorter period inside this one, subtracted from it, cannot
 * leave a small group.
 * Within one breakdown, the cells that are suppressed together must pass the same test
 * (complementary suppression: the next smallest cell is suppressed as well until they
 * do), since the total minus the cells shown gives their sum. Suppressed groups are not
 * named; they are one row, "suppressed".
 */
export const SMALL_CELL = 5;

/** The one row that stands for every suppressed group of a breakdown. */
export const SUPPRESSED = "suppressed";

export interface Cell {
  group: string;
  /** null when it could single someone out. */
  count: number | null;
}

export interface SummaryReport {
  from: string;
  to: string;
  /** Participants who first came in the period and agreed; null when too few to show. */
  participants: number | null;
  byRegion: Cell[];
  byLanguage: Cell[];
  byGender: Cell[];
  byAgeGroup: Cell[];
  bySituationAtEntry: Cell[];
  modulesJoined: Cell[];
  sessionsAttended: number | null;
  childSessions: number | null;
  /** Individual guidance appointments that took place (outcome "met"), by their start. */
  guidanceSessions: number | null;
  /** The same by kind of meeting (office, phone, video, home), a partition of it. */
  guidanceByKind: Cell[];
  escalationsHandled: number | null;
  erasedOnRequest: number | null;
  /** Participants of the cohort with an integration plan. */
  participantsWithPlan: number | null;
  /** Plan steps marked done in the period (by anyone). */
  stepsDone: number | null;
  /** Participants with a referral made in the period, by the referral's status now. */
  referralsByStatus: Cell[];
  /** Participants of the cohort who completed a follow-up check-in. */
  followedUp: number | null;
  /** Their Finnish level at the latest follow-up against the first answer: up, same, down, not-answered. */
  finnishChange: Cell[];
  /** Their situation: moved to work, moved to studies, or neither (other). */
  situationChange: Cell[];
  /** Their answer to "have you reached your goals" at the latest follow-up. */
  goalsReached: Cell[];
}

/** Finnish levels in order, as the survey's options are (none < basics < everyday < good). */
const LEVELS = ["none", "basics", "everyday", "good"];

/** A cohort participant's first answers and those of their latest completed follow-up, and the quarter they came in. */
export interface FollowUpFacts {
  quarter: string;
  firstFinnish: string | null;
  lastFinnish: string | null;
  /** The first answer: a list since the survey takes several; one choice in answers from before that. */
  firstSituation: string | readonly string[] | null;
  lastSituation: string | null;
  goalsReached: string | null;
}

/**
 * How the people followed up changed, as series per group by the quarter they came in
 * (so the same suppression rules apply): Finnish level up, the same or down against the
 * first answer ("not-answered" when either is missing); situation moved to work, moved to
 * studies, or neither ("other"); goals reached yes, partly, no. Pure: table-tested.
 */
export function followUpChanges(facts: readonly FollowUpFacts[], quarters: readonly string[]) {
  const index = new Map(quarters.map((q, i) => [q, i]));
  const followedUp = [...zero(quarters.length)];
  const finnish = new Map<string, number[]>();
  const situation = new Map<string, number[]>();
  const goals = new Map<string, number[]>();
  const bump = (map: Map<string, number[]>, group: string, i: number) => {
    const s = map.get(group) ?? [...zero(quarters.length)];
    s[i]! += 1;
    map.set(group, s);
  };
  for (const f of facts) {
    const i = index.get(f.quarter);
    if (i === undefined) continue;
    followedUp[i]! += 1;
    const first = LEVELS.indexOf(f.firstFinnish ?? "");
    const last = LEVELS.indexOf(f.lastFinnish ?? "");
    bump(finnish, first < 0 || last < 0 ? "not-answered" : last > first ? "up" : last < first ? "down" : "same", i);
    const before = f.firstSituation === null ? [] : typeof f.firstSituation === "string" ? [f.firstSituation] : f.firstSituation;
    const moved =
      f.lastSituation === "working" && !before.includes("working") ? "to-work" : f.lastSituation === "studying" && !before.includes("studying") ? "to-studies" : "other";
    bump(situation, moved, i);
    bump(goals, f.goalsReached ?? "not-answered", i);
  }
  return { followedUp, finnish, situation, goals };
}

/** Counts per quarter of the period, oldest first. */
export type Series = readonly number[];

const total = (s: Series) => s.reduce((n, x) => n + x, 0);
const tooFew = (n: number) => n > 0 && n < SMALL_CELL;

/** Every prefix and every suffix of the series is 0 or at least SMALL_CELL. */
export function isSafe(series: Series): boolean {
  let forward = 0;
  let backward = 0;
  for (let i = 0; i < series.length; i++) {
    forward += series[i]!;
    backward += series[series.length - 1 - i]!;
    if (tooFew(forward) || tooFew(backward)) return false;
  }
  return true;
}

const add = (a: Series, b: Series) => a.map((x, i) => x + (b[i] ?? 0));
const subtract = (a: Series, b: Series) => a.map((x, i) => x - (b[i] ?? 0));
const zero = (length: number): Series => Array.from({ length }, () => 0);

const byGroup = (cells: Cell[]) => cells.sort((a, b) => (a.group === SUPPRESSED ? 1 : b.group === SUPPRESSED ? -1 : a.group.localeCompare(b.group)));

/**
 * A breakdown whose groups partition the cohort (one answer each, "not-answered" for the
 * rest): small groups suppressed, then more until the suppressed ones together are safe.
 * Their sum is shown only when the total is (it is the total minus the others anyway).
 */
export function protectPartition(cells: ReadonlyMap<string, Series>, cohort: Series): Cell[] {
  const suppressed = new Set([...cells].filter(([, s]) => !isSafe(s)).map(([g]) => g));
  const together = () => [...suppressed].reduce((acc, g) => add(acc, cells.get(g)!), zero(cohort.length));
  while (suppressed.size > 0 && !isSafe(together())) {
    const next = [...cells].filter(([g]) => !suppressed.has(g)).sort(([ga, a], [gb, b]) => total(a) - total(b) || ga.localeCompare(gb))[0];
    if (!next) break;
    suppressed.add(next[0]);
  }
  const shown: Cell[] = [...cells].filter(([g, s]) => !suppressed.has(g) && total(s) > 0).map(([group, s]) => ({ group, count: total(s) }));
  const rest = total(together());
  if (rest > 0) shown.push({ group: SUPPRESSED, count: isSafe(cohort) && isSafe(together()) ? rest : null });
  return byGroup(shown);
}

/**
 * A breakdown where one person can be in several groups (languages): each group is shown
 * only when both it and the rest of the cohort (people not in it) are safe.
 */
export function protectOverlapping(cells: ReadonlyMap<string, Series>, cohort: Series): Cell[] {
  const shown: Cell[] = [];
  let hidden = false;
  for (const [group, s] of cells) {
    if (total(s) === 0) continue;
    if (isSafe(s) && isSafe(subtract(cohort, s))) shown.push({ group, count: total(s) });
    else hidden = true;
  }
  if (hidden) shown.push({ group: SUPPRESSED, count: null });
  return byGroup(shown);
}

/** Groups with no total to subtract them from (people who joined each module): each shown when safe. */
export function protectIndependent(cells: ReadonlyMap<string, Series>): Cell[] {
  const shown: Cell[] = [];
  let hidden = false;
  for (const [group, s] of cells) {
    if (total(s) === 0) continue;
    if (isSafe(s)) shown.push({ group, count: total(s) });
    else hidden = true;
  }
  if (hidden) shown.push({ group: SUPPRESSED, count: null });
  return byGroup(shown);
}

/** A count of the period (no breakdown): shown only when safe. */
export const protectCount = (s: Series): number | null => (isSafe(s) ? total(s) : null);

/** The calendar quarters of [from, to), as "YYYY-Qn". */
export function quartersOf(from: string, to: string): string[] {
  const quarters: string[] = [];
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = to.split("-").map(Number) as [number, number];
  for (let q = fromYear * 4 + (fromMonth - 1) / 3; q < toYear * 4 + (toMonth - 1) / 3 && quarters.length < 400; q++) {
    quarters.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  }
  return quarters;
}

/** "2026-11" → "2026-Q4". */
const quarterOfMonth = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** A period a report can cover: whole quarters, from the first day of one to the first day of a later one. */
export function reportPeriodProblem(from: string, to: string): string | undefined {
  const quarterStart = /^\d{4}-(01|04|07|10)-01$/;
  if (!quarterStart.test(from)) return "querystring/from must be the first day of a quarter (January, April, July or October 1st): reports cover whole quarters";
  if (!quarterStart.test(to)) return "querystring/to must be the first day of a quarter (January, April, July or October 1st): reports cover whole quarters";
  if (to <= from) return "querystring/to must be after querystring/from (at least one whole quarter)";
  return undefined;
}

const rowsOf = <T>(result: unknown) => (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
const quarterOf = (column: SQL) => sql`to_char(${column} at time zone ${TIME_ZONE}, 'YYYY-"Q"Q')`;

/**
 * The figures funders ask for, over participants who first came in the quarters
 * [from, to) and agreed to the notice. Activity (sessions attended, children looked
 * after, chats handled, erasures on request) is counted in the same quarters.
 */
export async function summaryReport(db: Db, from: string, to: string): Promise<SummaryReport> {
  const quarters = quartersOf(from, to);
  const index = new Map(quarters.map((q, i) => [q, i]));
  const start = sql`(${from}::date)::timestamp at time zone ${TIME_ZONE}`;
  const end = sql`(${to}::date)::timestamp at time zone ${TIME_ZONE}`;
  const cohort = sql`p.created_at >= ${start} and p.created_at < ${end} and p.consent_status = 'accepted'`;

  /** Rows of (group, quarter, n) as a series per group. */
  const toSeries = (rows: { grp: string | null; quarter: string; n: number }[]) => {
    const series = new Map<string, number[]>();
    for (const r of rows) {
      const group = r.grp ?? "not-answered";
      const s = series.get(group) ?? [...zero(quarters.length)];
      const i = index.get(r.quarter);
      if (i !== undefined) s[i]! += Number(r.n);
      series.set(group, s);
    }
    return series;
  };
  const one = (rows: { quarter: string; n: number | string | null }[]) => {
    const s = [...zero(quarters.length)];
    for (const r of rows) {
      const i = index.get(r.quarter);
      if (i !== undefined) s[i]! += Number(r.n ?? 0);
    }
    return s;
  };

  const cohortSeries = one(
    rowsOf(await db.execute(sql`select ${quarterOf(sql`p.created_at`)} as quarter, count(*)::int as n from participants p where ${cohort} group by 1`)),
  );
  const singleAnswer = async (questionId: string) =>
    toSeries(
      rowsOf(
        await db.execute(sql`
          select a.value #>> '{}' as grp, ${quarterOf(sql`p.created_at`)} as quarter, count(*)::int as n
          from participants p left join survey_answers a on a.participant_id = p.id and a.question_id = ${questionId}
          where ${cohort} group by 1, 2`),
      ),
    );
  /**
   * A multiple-choice answer: a participant counts once in each group they ticked, and
   * once in "not-answered" without an answer. A single answer stored by an earlier
   * version of the survey (situation was one choice) counts as a list of one.
   */
  const multiAnswer = async (questionId: string) =>
    toSeries(
      rowsOf(
        await db.execute(sql`
          select l.grp, ${quarterOf(sql`p.created_at`)} as quarter, count(distinct p.id)::int as n
          from participants p
          left join survey_answers a on a.participant_id = p.id and a.question_id = ${questionId} and jsonb_typeof(a.value) in ('array', 'string')
          left join lateral jsonb_array_elements_text(case when jsonb_typeof(a.value) = 'string' then jsonb_build_array(a.value) else a.value end) as l(grp) on true
          where ${cohort} group by 1, 2`),
      ),
    );
  const languages = await multiAnswer("languages");
  const joined = toSeries(
    rowsOf(
      await db.execute(sql`
        select m.code as grp, ${quarterOf(sql`e.created_at`)} as quarter, count(distinct e.participant_id)::int as n
        from enrolments e join modules m on m.id = e.module_id
        where e.created_at >= ${start} and e.created_at < ${end} and e.status <> 'waitlisted'
        group by 1, 2`),
    ),
  );
  const attended = rowsOf<{ quarter: string; n: number; children: number | null }>(
    await db.execute(sql`
      select ${quarterOf(sql`s.starts_at`)} as quarter, count(*)::int as n, coalesce(sum(at.children), 0)::int as children
      from attendance at join sessions s on s.id = at.session_id
      where at.response = 'coming' and s.starts_at >= ${start} and s.starts_at < ${end}
      group by 1`),
  );
  const handled = rowsOf<{ quarter: string; n: number }>(
    await db.execute(sql`
      select ${quarterOf(sql`e.closed_at`)} as quarter, count(*)::int as n from escalations e
      where e.status = 'closed' and e.closed_at >= ${start} and e.closed_at < ${end} group by 1`),
  );
  const guidance = toSeries(
    rowsOf(
      await db.execute(sql`
        select a.kind as grp, ${quarterOf(sql`a.starts_at`)} as quarter, count(*)::int as n from appointments a
        where a.outcome = 'met' and a.starts_at >= ${start} and a.starts_at < ${end} group by 1, 2`),
    ),
  );
  const guidanceTotal = zero(quarters.length).map((_, i) => [...guidance.values()].reduce((n, s) => n + s[i]!, 0));
  const erased = rowsOf<{ month: string; n: number }>(
    await db.execute(sql`
      select period as month, sum(value)::int as n from anonymous_counts
      where metric in ('participants.erased_on_request', 'participants.erased_on_withdrawal') and period >= ${from.slice(0, 7)} and period < ${to.slice(0, 7)}
      group by 1`),
  ).map((r) => ({ quarter: quarterOfMonth(r.month), n: r.n }));

  const withPlan = one(
    rowsOf(await db.execute(sql`select ${quarterOf(sql`p.created_at`)} as quarter, count(*)::int as n from participants p join plans pl on pl.participant_id = p.id where ${cohort} group by 1`)),
  );
  const stepsDone = one(
    rowsOf(
      await db.execute(sql`
        select ${quarterOf(sql`s.done_at`)} as quarter, count(*)::int as n from plan_steps s
        where s.status = 'done' and s.done_at >= ${start} and s.done_at < ${end} group by 1`),
    ),
  );
  const referralStatus = toSeries(
    rowsOf(
      await db.execute(sql`
        select r.status as grp, ${quarterOf(sql`r.created_at`)} as quarter, count(distinct r.participant_id)::int as n from referrals r
        where r.created_at >= ${start} and r.created_at < ${end} group by 1, 2`),
    ),
  );
  const facts = rowsOf<{ quarter: string; first_finnish: string | null; last_finnish: string | null; first_situation: string | null; last_situation: string | null; goals_reached: string | null }>(
    await db.execute(sql`
      select ${quarterOf(sql`p.created_at`)} as quarter,
        (select a.value #>> '{}' from survey_answers a where a.participant_id = p.id and a.question_id = 'finnish') as first_finnish,
        (select a.value::text from survey_answers a where a.participant_id = p.id and a.question_id = 'situation') as first_situation,
        (select f.value #>> '{}' from follow_up_answers f where f.participant_id = p.id and f.round = r.round and f.question_id = 'finnish') as last_finnish,
        (select f.value #>> '{}' from follow_up_answers f where f.participant_id = p.id and f.round = r.round and f.question_id = 'situation') as last_situation,
        (select f.value #>> '{}' from follow_up_answers f where f.participant_id = p.id and f.round = r.round and f.question_id = 'goals-reached') as goals_reached
      from participants p
      join lateral (select fu.round from follow_ups fu where fu.participant_id = p.id and fu.completed_at is not null order by fu.round desc limit 1) r on true
      where ${cohort}`),
  );
  const changes = followUpChanges(
    facts.map((f) => ({ quarter: f.quarter, firstFinnish: f.first_finnish, lastFinnish: f.last_finnish, firstSituation: f.first_situation === null ? null : (JSON.parse(f.first_situation) as string | string[]), lastSituation: f.last_situation, goalsReached: f.goals_reached })),
    quarters,
  );

  return {
    from,
    to,
    participants: protectCount(cohortSeries),
    byRegion: protectPartition(await singleAnswer("region"), cohortSeries),
    byLanguage: protectOverlapping(languages, cohortSeries),
    byGender: protectPartition(await singleAnswer("gender"), cohortSeries),
    byAgeGroup: protectPartition(await singleAnswer("age-group"), cohortSeries),
    // Several situations at once (at home and on a course): the groups overlap.
    bySituationAtEntry: protectOverlapping(await multiAnswer("situation"), cohortSeries),
    modulesJoined: protectIndependent(joined),
    sessionsAttended: protectCount(one(attended)),
    childSessions: protectCount(one(attended.map((r) => ({ quarter: r.quarter, n: r.children })))),
    guidanceSessions: protectCount(guidanceTotal),
    guidanceByKind: protectPartition(guidance, guidanceTotal),
    escalationsHandled: protectCount(one(handled)),
    erasedOnRequest: protectCount(one(erased)),
    participantsWithPlan: protectCount(withPlan),
    stepsDone: protectCount(stepsDone),
    referralsByStatus: protectIndependent(referralStatus),
    followedUp: protectCount(changes.followedUp),
    finnishChange: protectPartition(changes.finnish, changes.followedUp),
    situationChange: protectPartition(changes.situation, changes.followedUp),
    goalsReached: protectPartition(changes.goals, changes.followedUp),
  };
}

/** The same figures as rows for a spreadsheet: section, group, count ("suppressed" where it could single someone out). */
export function reportRows(report: SummaryReport): (string | number)[][] {
  const shown = (n: number | null) => n ?? SUPPRESSED;
  const rows: (string | number)[][] = [["participants", "all", shown(report.participants)]];
  const sections: [string, Cell[]][] = [
    ["region", report.byRegion],
    ["language", report.byLanguage],
    ["gender", report.byGender],
    ["age_group", report.byAgeGroup],
    ["situation_at_entry", report.bySituationAtEntry],
    ["module_joined", report.modulesJoined],
    ["guidance_by_kind", report.guidanceByKind],
    ["referrals_by_status", report.referralsByStatus],
    ["finnish_change", report.finnishChange],
    ["situation_change", report.situationChange],
    ["goals_reached", report.goalsReached],
  ];
  for (const [section, cells] of sections) for (const c of cells) rows.push([section, c.group, shown(c.count)]);
  rows.push(
    ["sessions_attended", "all", shown(report.sessionsAttended)],
    ["child_sessions", "all", shown(report.childSessions)],
    ["guidance_sessions", "all", shown(report.guidanceSessions)],
    ["escalations_handled", "all", shown(report.escalationsHandled)],
    ["erased_on_request", "all", shown(report.erasedOnRequest)],
    ["participants_with_plan", "all", shown(report.participantsWithPlan)],
    ["steps_done", "all", shown(report.stepsDone)],
    ["followed_up", "all", shown(report.followedUp)],
  );
  return rows;
}
