import pino from "pino";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { updateSurveyPosition } from "../../src/features/survey/repository.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { LOCALE_CODES } from "../../src/i18n/locales.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { ANSWERS_BEFORE_WORK_FIELD, participantInSurvey } from "../support/participants.js";
import { allTables } from "../support/tables.js";

// Issue: "   " as a staff name or a plan step was stored as "" (the length was checked
// before trimming) and shown to participants. Every human-written field of a request body
// is HumanText (src/http/schemas.ts): trimmed, then at least one visible character.

const ADMIN = "human-text-admin-token-0123456789abcdef";
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

const db = () => testDb.database.db;
const api = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) =>
  app.inject({ method, url, headers: { authorization: `Bearer ${ADMIN}` }, ...(payload ? { payload } : {}) });

/** Row counts of every table but the audit log (which records refused requests too). */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await allTables(testDb.database)) {
    if (table.includes("audit")) continue;
    const result = await db().execute(sql.raw(`select count(*)::int as n from "${table}"`));
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: { n: number }[] }).rows) as { n: number }[];
    counts[table] = rows[0]!.n;
  }
  return counts;
}

/** A participant with a finished survey and a plan, a partner, a module and a counsellor: things to write about. */
async function world() {
  const p = await participantInSurvey(db(), 9101, { locale: "fi", answers: { ...ANSWERS_BEFORE_WORK_FIELD, situation: "home", goals: ["work"], coping: "okay" } });
  await updateSurveyPosition(db(), p.id, { surveyStatus: "completed", completed: true });
  expect((await api("POST", `/api/participants/${p.id}/plan`)).statusCode).toBe(201);
  const staff = await api("POST", "/api/staff", { displayName: "Anna Virtanen", role: "counsellor" });
  expect(staff.statusCode).toBe(201);
  const partner = await api("POST", "/api/partners", { name: "Kirjasto", region: null, description: "Lainaa kirjoja", languages: ["fi"], contact: "kirjasto@example.fi" });
  expect(partner.statusCode).toBe(201);
  return { participantId: p.id, staffId: staff.json().id as number, partnerId: partner.json().id as number };
}

const everyLocale = (text: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, text]));

describe("human-written text in request bodies", () => {
  it("refuses text of only spaces with a 400 naming the field, and stores nothing", async () => {
    const { participantId, staffId, partnerId } = await world();
    const blank = "  \t ";
    const cases: { method: "POST" | "PATCH" | "PUT"; url: string; body: object; field: string }[] = [
      { method: "POST", url: "/api/staff", body: { displayName: blank, role: "counsellor" }, field: "displayName" },
      { method: "PATCH", url: `/api/staff/${staffId}`, body: { displayName: blank }, field: "displayName" },
      { method: "POST", url: `/api/participants/${participantId}/plan/steps`, body: { text: blank, textLocale: "fi", assignee: "participant" }, field: "text" },
      { method: "POST", url: `/api/participants/${participantId}/plan/goals`, body: { text: blank, textLocale: "fi" }, field: "text" },
      { method: "POST", url: "/api/partners", body: { name: blank, region: null, description: "Neuvoo", languages: [], contact: "a@example.fi" }, field: "name" },
      { method: "PATCH", url: `/api/partners/${partnerId}`, body: { contact: blank }, field: "contact" },
      { method: "POST", url: `/api/participants/${participantId}/referrals`, body: { partnerId, reason: blank, reasonLocale: "fi", shared: [] }, field: "reason" },
      {
        method: "POST",
        url: "/api/modules",
        body: { code: "blank-title", title: { ...everyLocale("Suomea"), sv: blank }, description: everyLocale("Kurssi"), regions: [], tags: [], instructionLanguages: [], capacity: 10, childcare: false },
        field: "title/sv",
      },
      { method: "POST", url: "/api/sessions", body: { moduleId: 1, startsAt: "2026-12-01T10:00:00Z", endsAt: "2026-12-01T12:00:00Z", place: blank, childcareSeats: 0 }, field: "place" },
      { method: "POST", url: "/api/escalations/1/reply", body: { text: blank }, field: "text" },
      { method: "POST", url: "/api/escalations/1/close", body: { note: blank }, field: "note" },
      {
        method: "PUT",
        url: `/api/counsellors/${staffId}/availability`,
        body: { languages: ["fi"], slotMinutes: 45, homeRegions: [], officeAddress: blank, videoLink: null, windows: [] },
        field: "officeAddress",
      },
    ];
    const before = await rowCounts();
    for (const c of cases) {
      const res = await api(c.method, c.url, c.body);
      expect(res.statusCode, `${c.method} ${c.url}`).toBe(400);
      expect(res.json().message, `${c.method} ${c.url}`).toContain(`body/${c.field} must not be blank`);
    }
    expect(await rowCounts()).toEqual(before);
    // The staff member's name and the plan are as they were.
    expect((await api("GET", "/api/staff")).json().items.map((s: { displayName: string }) => s.displayName)).toEqual(["Anna Virtanen"]);
    expect((await api("GET", `/api/participants/${participantId}/plan`)).json().steps).toEqual([]);
  });

  it("stores the text without the spaces around it, and checks the length after trimming", async () => {
    const { participantId } = await world();
    const staff = await api("POST", "/api/staff", { displayName: "  Mikko Mäkinen \n", role: "counsellor" });
    expect(staff.statusCode).toBe(201);
    expect(staff.json().displayName).toBe("Mikko Mäkinen");
    // 500 characters is the most a step may have: surrounding spaces do not count.
    const long = "a".repeat(500);
    const step = await api("POST", `/api/participants/${participantId}/plan/steps`, { text: `   ${long}   `, textLocale: "fi", assignee: "participant" });
    expect(step.statusCode).toBe(201);
    expect(step.json().text).toBe(long);
    expect((await api("GET", `/api/participants/${participantId}/plan`)).json().steps.map((s: { text: string }) => s.text)).toEqual([long]);
  });
});
