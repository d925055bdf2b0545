import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appointments, followUpAnswers, followUps, partnerOrganisations, participants, plans, planSteps, referrals, staff } from "../../../src/db/schema.js";
import { followUpChanges, isSafe, protectOverlapping, protectPartition } from "../../../src/features/privacy/reports.js";
import { saveAnswer } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { recordConsent, touchParticipant } from "../../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const ADMIN = "4f9c1d7e2b8a6035c1e9f7d2a4b6c8e0";
let testDb: TestDatabase;
let app: App;

beforeAll(async () => {
  testDb = await openTestDatabase();
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN });
});
afterAll(async () => {
  await app.close();
  await testDb.close();
});
beforeEach(() => testDb.reset());

let nextId = 5000;
/** A participant who agreed and came on `day` (Helsinki), with some answers. */
async function person(day: string, answers: { region?: string; languages?: string[]; gender?: string | null; situation?: string }) {
  const db = testDb.database.db;
  const p = await touchParticipant(db, nextId, nextId++);
  await recordConsent(db, p.id, "accepted", "1");
  await db.update(participants).set({ createdAt: new Date(`${day}T12:00:00+03:00`) }).where(sql`${participants.id} = ${p.id}`);
  for (const [question, value] of Object.entries(answers)) await saveAnswer(db, p.id, question, value as never);
  return p;
}

const report = async (from: string, to: string, format = "json") => {
  const res = await app.inject({ url: `/api/reports/summary?from=${from}&to=${to}&format=${format}`, headers: { authorization: `Bearer ${ADMIN}` } });
  return { status: res.statusCode, body: format === "json" ? res.json() : res.body };
};

const ANSWERS = { region: "kanta-hame", languages: ["so", "ar"], gender: "woman", situation: "family-leave" };

describe("the suppression rules", () => {
  it("call a series safe when every count over its first or last quarters is 0 or at least 5", () => {
    expect(isSafe([5])).toBe(true);
    expect(isSafe([0, 0])).toBe(true);
    expect(isSafe([4])).toBe(false);
    expect(isSafe([6, 1])).toBe(false); // the last quarter alone: 1
    expect(isSafe([1, 6])).toBe(false); // the first quarter alone: 1
    expect(isSafe([5, 0, 5])).toBe(true);
  });

  it("suppress one more cell when the total minus the others would give a small one back", () => {
    const cohort = [9];
    expect(protectPartition(new Map([["a", [7]], ["b", [2]]]), cohort)).toEqual([{ group: "suppressed", count: 9 }]);
    expect(protectPartition(new Map([["a", [5]], ["b", [5]], ["c", [2]], ["d", [3]]]), [15])).toEqual([
      { group: "a", count: 5 },
      { group: "b", count: 5 },
      { group: "suppressed", count: 5 },
    ]);
    // Where one person can be in several groups, a group is shown only if the people outside it are safe too.
    expect(protectOverlapping(new Map([["ar", [7]], ["en", [9]]]), [9])).toEqual([
      { group: "en", count: 9 },
      { group: "suppressed", count: null },
    ]);
  });
});

describe("the funders' summary", () => {
  it("with one participant, shows nothing of them: no count, no group, whatever the period", async () => {
    await person("2026-08-14", ANSWERS);
    const { status, body } = await report("2026-07-01", "2026-10-01");
    expect(status).toBe(200);
    expect(body.participants).toBeNull();
    for (const section of ["byRegion", "byLanguage", "byGender", "byAgeGroup", "bySituationAtEntry"]) {
      expect(body[section], section).toEqual([{ group: "suppressed", count: null }]);
    }
    const csv = (await report("2026-07-01", "2026-10-01", "csv")).body as string;
    for (const answer of ["kanta-hame", "so", "ar", "woman", "family-leave"]) expect(csv, answer).not.toContain(`,${answer},`);
    // A day, a week or a month cannot be asked for: reports cover whole quarters.
    for (const [from, to] of [["2026-08-14", "2026-08-15"], ["2026-08-01", "2026-09-01"], ["2026-07-01", "2026-07-01"]]) {
      expect((await report(from!, to!)).status, `${from}–${to}`).toBe(400);
    }
  });

  it("with two participants, the same", async () => {
    await person("2026-07-02", ANSWERS);
    await person("2026-09-30", { ...ANSWERS, region: "paijat-hame" });
    const { body } = await report("2026-07-01", "2026-10-01");
    expect(body.participants).toBeNull();
    expect(body.byRegion).toEqual([{ group: "suppressed", count: null }]);
    expect(JSON.stringify(body)).not.toMatch(/kanta-hame|paijat-hame|woman|family-leave/);
  });

  it("with six participants, shows what holds five or more, and nothing that a difference gives back", async () => {
    // Five from Päijät-Häme and one from Kanta-Häme; all speak Arabic, four also Somali; three did not say their gender.
    for (let i = 0; i < 6; i++) {
      await person("2026-08-0" + (i + 1), { region: i < 5 ? "paijat-hame" : "kanta-hame", languages: i < 4 ? ["ar", "so"] : ["ar"], gender: i < 3 ? "woman" : null, situation: "home" });
    }
    const { body } = await report("2026-07-01", "2026-10-01");
    expect(body.participants).toBe(6);
    // 6 − 5 = 1 would name the one from Kanta-Häme: both go into "suppressed".
    expect(body.byRegion).toEqual([{ group: "suppressed", count: 6 }]);
    expect(body.byLanguage).toEqual([
      { group: "ar", count: 6 },
      { group: "suppressed", count: null },
    ]);
    expect(body.byGender).toEqual([{ group: "suppressed", count: 6 }]);
    expect(body.bySituationAtEntry).toEqual([{ group: "home", count: 6 }]);
    expect(JSON.stringify(body)).not.toMatch(/kanta-hame|"so"/);
  });

  it("does not let a longer period minus a shorter one give back a small group", async () => {
    for (let i = 0; i < 5; i++) await person(`2026-08-1${i}`, { region: "paijat-hame" });
    // One more person from Päijät-Häme in the next quarter.
    await person("2026-11-03", { region: "paijat-hame" });
    const q3 = (await report("2026-07-01", "2026-10-01")).body;
    expect(q3.participants).toBe(5);
    expect(q3.byRegion).toEqual([{ group: "paijat-hame", count: 5 }]);
    // Q3 and Q4 together would be 6, and 6 − 5 = 1 is the newcomer of Q4: not shown.
    const both = (await report("2026-07-01", "2027-01-01")).body;
    expect(both.participants).toBeNull();
    expect(both.byRegion).toEqual([{ group: "suppressed", count: null }]);
  });

  it("shows groups of five and more by name, in JSON and CSV", async () => {
    for (let i = 0; i < 10; i++) await person(`2026-04-1${i}`, { region: i < 5 ? "paijat-hame" : "south-karelia", languages: ["ar"], situation: i < 5 ? "home" : "job-seeker" });
    const { body } = await report("2026-04-01", "2026-07-01");
    expect(body.participants).toBe(10);
    expect(body.byRegion).toEqual([
      { group: "paijat-hame", count: 5 },
      { group: "south-karelia", count: 5 },
    ]);
    const csv = (await report("2026-04-01", "2026-07-01", "csv")).body as string;
    expect(csv).toContain("region,paijat-hame,5");
    expect(csv).toContain("situation_at_entry,job-seeker,5");
    expect(csv).toContain("gender,not-answered,10");
    expect(csv).not.toMatch(/telegram|chat/i);
  });

  it("counts individual guidance sessions that took place, by kind, with the same small-cell rules", async () => {
    const db = testDb.database.db;
    const [counsellor] = await db.insert(staff).values({ displayName: "Anna", role: "counsellor" }).returning();
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await person(`2026-04-1${i}`, { region: "paijat-hame" }));
    // Six met at the office, two by phone, one did not come: all in Q2.
    const rows = people.map((p, i) => ({
      participantId: p.id,
      staffId: counsellor!.id,
      kind: i < 6 ? ("office" as const) : ("phone" as const),
      startsAt: new Date(`2026-05-${String(i + 10)}T07:00:00Z`),
      endsAt: new Date(`2026-05-${String(i + 10)}T08:00:00Z`),
      outcome: "met" as const,
    }));
    await db.insert(appointments).values([...rows, { ...rows[0]!, startsAt: new Date("2026-06-01T07:00:00Z"), endsAt: new Date("2026-06-01T08:00:00Z"), outcome: "no_show" as const }]);
    const { body } = await report("2026-04-01", "2026-07-01");
    expect(body.guidanceSessions).toBe(8);
    // 8 − 6 = 2 would give the phone calls back: both kinds go into "suppressed".
    expect(body.guidanceByKind).toEqual([{ group: "suppressed", count: 8 }]);
    const csv = (await report("2026-04-01", "2026-07-01", "csv")).body as string;
    expect(csv).toContain("guidance_sessions,all,8");
    // Another quarter: nothing took place.
    expect((await report("2026-07-01", "2026-10-01")).body.guidanceSessions).toBe(0);
  });
});

describe("the plan, referral and follow-up figures", () => {
  const Q = ["2026-Q3", "2026-Q4"];
  const facts = (quarter: string, firstFinnish: string | null, lastFinnish: string | null, firstSituation: string | string[] | null, lastSituation: string | null, goalsReached: string | null) => ({
    quarter,
    firstFinnish,
    lastFinnish,
    firstSituation,
    lastSituation,
    goalsReached,
  });
  it.each([
    { name: "Finnish up a level", row: facts("2026-Q3", "basics", "everyday", "home", "home", "yes"), finnish: "up", situation: "other", goals: "yes" },
    { name: "Finnish the same", row: facts("2026-Q3", "good", "good", "working", "working", "partly"), finnish: "same", situation: "other", goals: "partly" },
    { name: "Finnish down (an honest answer)", row: facts("2026-Q4", "everyday", "basics", "home", "studying", "no"), finnish: "down", situation: "to-studies", goals: "no" },
    { name: "from home to work", row: facts("2026-Q4", "none", "basics", "home", "working", null), finnish: "up", situation: "to-work", goals: "not-answered" },
    { name: "from job seeker to work", row: facts("2026-Q3", "none", "none", "job-seeker", "working", "yes"), finnish: "same", situation: "to-work", goals: "yes" },
    { name: "studying both times is no move", row: facts("2026-Q3", "basics", "basics", "studying", "studying", "yes"), finnish: "same", situation: "other", goals: "yes" },
    { name: "at home and already working part-time, then working: no move", row: facts("2026-Q3", "basics", "basics", ["home", "working"], "working", "yes"), finnish: "same", situation: "other", goals: "yes" },
    { name: "at home and on a course, then studying", row: facts("2026-Q4", "basics", "basics", ["home", "course"], "studying", "partly"), finnish: "same", situation: "to-studies", goals: "partly" },
    { name: "a skipped first answer", row: facts("2026-Q3", null, "good", null, "home", "yes"), finnish: "not-answered", situation: "other", goals: "yes" },
  ])("counts $name in the quarter the person came", ({ row, finnish, situation, goals }) => {
    const changes = followUpChanges([row], Q);
    const at = Q.indexOf(row.quarter);
    const expected = Q.map((_, i) => (i === at ? 1 : 0));
    expect(changes.followedUp).toEqual(expected);
    expect(Object.fromEntries(changes.finnish)).toEqual({ [finnish]: expected });
    expect(Object.fromEntries(changes.situation)).toEqual({ [situation]: expected });
    expect(Object.fromEntries(changes.goals)).toEqual({ [goals]: expected });
  });

  it("ignores people outside the period's quarters", () => {
    expect(followUpChanges([facts("2027-Q1", "none", "good", "home", "working", "yes")], Q).followedUp).toEqual([0, 0]);
  });

  /** `n` participants of one quarter with a plan, one step done, a referral and a completed follow-up each. */
  async function followedUp(n: number, day: string, last: { finnish: string; situation: string; goals: string }, referral: "sent" | "consent-refused" = "sent") {
    const db = testDb.database.db;
    const [partner] = await db.insert(partnerOrganisations).values({ name: "Kirjasto", description: "x", contact: "x" }).returning();
    for (let i = 0; i < n; i++) {
      const p = await person(day, { region: "paijat-hame", situation: "home" });
      await saveAnswer(db, p.id, "finnish", "basics");
      const [plan] = await db.insert(plans).values({ participantId: p.id }).returning();
      await db.insert(planSteps).values({ planId: plan!.id, catalogueKey: "apply-daycare", assignee: "participant", status: "done", doneAt: new Date(`${day}T12:00:00+03:00`) });
      await db.insert(referrals).values({ participantId: p.id, partnerId: partner!.id, reason: "r", reasonLocale: "fi", shared: ["contact"], status: referral, createdAt: new Date(`${day}T12:00:00+03:00`) });
      await db.insert(followUps).values({ participantId: p.id, round: 3, offerStatus: "offered", completedAt: new Date() });
      for (const [q, v] of [["finnish", last.finnish], ["situation", last.situation], ["goals-reached", last.goals]] as const) {
        await db.insert(followUpAnswers).values({ participantId: p.id, round: 3, questionId: q, value: v });
      }
    }
  }

  it("shows participants with a plan, steps done, referrals by status and the change, under the same small-cell rules", async () => {
    await followedUp(5, "2026-08-10", { finnish: "everyday", situation: "working", goals: "yes" });
    await followedUp(2, "2026-08-20", { finnish: "basics", situation: "studying", goals: "no" }, "consent-refused");
    const { body } = await report("2026-07-01", "2026-10-01");
    expect(body.participantsWithPlan).toBe(7);
    expect(body.stepsDone).toBe(7);
    expect(body.followedUp).toBe(7);
    // 5 sent; the 2 refused are too few to show.
    expect(body.referralsByStatus).toEqual([
      { group: "sent", count: 5 },
      { group: "suppressed", count: null },
    ]);
    // 5 up and 2 the same: 7 − 5 = 2 would give the two back, so both go.
    expect(body.finnishChange).toEqual([{ group: "suppressed", count: 7 }]);
    expect(body.situationChange).toEqual([{ group: "suppressed", count: 7 }]);
    expect(body.goalsReached).toEqual([{ group: "suppressed", count: 7 }]);
    await followedUp(5, "2026-09-10", { finnish: "basics", situation: "studying", goals: "no" });
    const more = (await report("2026-07-01", "2026-10-01")).body;
    expect(more.finnishChange).toEqual([
      { group: "same", count: 7 },
      { group: "up", count: 5 },
    ]);
    expect(more.situationChange).toEqual([
      { group: "to-studies", count: 7 },
      { group: "to-work", count: 5 },
    ]);
    const csv = (await report("2026-07-01", "2026-10-01", "csv")).body as string;
    expect(csv).toContain("finnish_change,up,5");
    expect(csv).toContain("participants_with_plan,all,12");
  });

  it("shows none of it for one person", async () => {
    await followedUp(1, "2026-08-10", { finnish: "good", situation: "working", goals: "yes" });
    const { body } = await report("2026-07-01", "2026-10-01");
    expect([body.participantsWithPlan, body.stepsDone, body.followedUp]).toEqual([null, null, null]);
    for (const section of ["referralsByStatus", "finnishChange", "situationChange", "goalsReached"]) expect(body[section], section).toEqual([{ group: "suppressed", count: null }]);
  });
});
