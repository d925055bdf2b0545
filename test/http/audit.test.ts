/**
 * The audit log sees every read and change of personal data through the HTTP API. The
 * routes come from the OpenAPI document, so a route added later is checked without
 * anyone remembering to add it here.
 */
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, reminders } from "../../src/db/schema.js";
import { bookAppointment, createCalendarToken, saveAvailability } from "../../src/features/appointments/repository.js";
import { openEscalation, recordIncoming } from "../../src/features/handoff/escalations.js";
import { createRelay } from "../../src/features/handoff/relay.js";
import { createStaff, issueToken } from "../../src/features/handoff/staff.js";
import { signPayload } from "../../src/features/handoff/webhooks.js";
import { createModule, createSession } from "../../src/features/modules/catalogue.js";
import { enrolParticipant } from "../../src/features/modules/enrolment.js";
import { respondToSession } from "../../src/features/reminders/attendance.js";
import { saveAnswer } from "../../src/features/survey/repository.js";
import { addGoal, addStep, createPlan, type FullPlan } from "../../src/features/plan/repository.js";
import { answerConsent, createPartner, createReferral } from "../../src/features/referrals/repository.js";
import { ROUTES_WITHOUT_PERSONAL_DATA } from "../../src/http/audit.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { LOCALE_CODES } from "../../src/i18n/locales.js";
import { recordConsent, touchParticipant } from "../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram } from "../support/fake-fetch.js";

const ADMIN = "4f9c1d7e2b8a6035c1e9f7d2a4b6c8e0";
const INBOUND = "inbound-secret-0123456789";
const NOW = new Date("2026-11-23T10:00:00Z");
let testDb: TestDatabase;
let app: App;
let calendarToken: string;
let ids: Record<string, number>;
let anna: string;

type Operation = { method: string; path: string; schema: Record<string, any> };
let operations: Operation[];

beforeAll(async () => {
  testDb = await openTestDatabase();
  const telegram = createFakeTelegram();
  app = await createServer({
    database: testDb.database,
    logger: pino({ level: "silent" }),
    adminToken: ADMIN,
    relay: createRelay(new Api("1:test", { fetch: telegram.fetch })),
    inboundSecret: INBOUND,
    clock: () => NOW,
    failedAuth: { maxFailures: 1_000_000, windowMs: 60_000 },
  });
  const db = testDb.database.db;
  const p = await touchParticipant(db, 4242, 4242);
  await recordConsent(db, p.id, "accepted", "2026-11");
  await saveAnswer(db, p.id, "child-ages", ["3-6"]);
  const text = Object.fromEntries(LOCALE_CODES.map((l) => [l, "Finnish"]));
  const module = await createModule(db, { code: "finnish", title: text, description: text, regions: [], tags: ["language"], instructionLanguages: [], capacity: 5, childcare: true });
  const session = await createSession(db, module.id, { startsAt: new Date("2026-12-01T08:00:00Z"), endsAt: new Date("2026-12-01T10:00:00Z"), place: "Lahti", childcareSeats: 4 });
  const enrolled = await enrolParticipant(db, { participantId: p.id, moduleId: module.id, children: 1, now: NOW });
  await respondToSession(db, { sessionId: session.id, participantId: p.id, response: "coming", children: 1, now: NOW });
  await db.insert(reminders).values({ sessionId: session.id, participantId: p.id, kind: "day-before", status: "sent", plannedAt: NOW, sentAt: NOW, sessionStartsAt: session.startsAt });
  const { escalation } = await openEscalation(db, p.id, "menu");
  await recordIncoming(db, escalation, { text: "Hello" });
  const annaRow = await createStaff(db, { displayName: "Anna", role: "counsellor" });
  anna = (await issueToken(db, annaRow.id, null)).token;
  const spare = await createStaff(db, { displayName: "Spare", role: "counsellor" });
  const spareToken = await issueToken(db, spare.id, null);
  // Anna's calendar: one window, one appointment with an interpreter, a feed token.
  await saveAvailability(db, annaRow.id, { languages: ["fi"], slotMinutes: 60, homeRegions: [], officeAddress: "Lahti", videoLink: null, windows: [{ kind: "office", weekday: 3, startMinute: 540, endMinute: 720 }] });
  const booked = await bookAppointment(db, { participantId: p.id, staffId: annaRow.id, kind: "office", startsAt: new Date("2026-12-02T07:00:00Z"), interpreterLanguage: "ar", reason: null, now: new Date("2026-11-30T10:00:00Z") });
  if (!booked.ok) throw new Error(`the test appointment was not booked: ${booked.why}`);
  calendarToken = await createCalendarToken(db, annaRow.id);
  // A plan with a goal and a step, a partner organisation and a referral the participant agreed to.
  const { plan } = (await createPlan(db, p.id, { staffId: null, name: "Administrator" })) as { ok: true; plan: FullPlan };
  const goal = await addGoal(db, p.id, { goal: "work" }, { staffId: null, name: "Administrator" });
  const step = await addStep(db, p.id, { catalogueKey: "apply-daycare", assignee: "participant" }, { staffId: null, name: "Administrator" });
  const partner = await createPartner(db, { name: "Kirjasto", region: null, description: "Kielikahvila", languages: ["fi"], contact: "kirjasto.example" });
  const referral = await createReferral(db, p.id, { partnerId: partner.id, reason: "Kieli", reasonLocale: "fi", shared: ["contact"] }, { staffId: null, name: "Administrator" });
  await answerConsent(db, p.id, (referral as { ok: true; referral: { id: number } }).referral.id, true);
  ids = {
    plan: plan.plan.id,
    planGoal: (goal as { ok: true; goal: { id: number } }).goal.id,
    planStep: (step as { ok: true; step: { id: number } }).step.id,
    partner: partner.id,
    referral: (referral as { ok: true; referral: { id: number } }).referral.id,
  };
  ids = { ...ids, participant: p.id, module: module.id, session: session.id, enrolment: (enrolled as { enrolment: { id: number } }).enrolment.id, escalation: escalation.id, staff: spare.id, token: spareToken.id, anna: annaRow.id, appointment: booked.appointment.id };
  operations = Object.entries((await app.inject("/docs/json")).json().paths as Record<string, Record<string, Record<string, any>>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, schema]) => ({ method: method.toUpperCase(), path, schema })),
  );
});
afterAll(async () => {
  await app.close();
  await testDb.close();
});

/** A request to the route that works on the seeded data (where a route's id is whose). */
function requestFor(op: Operation): { url: string; payload?: object } {
  const owner = op.path.startsWith("/api/participants") ? "participant"
    : op.path.startsWith("/api/modules") ? "module"
    : op.path.startsWith("/api/sessions") ? "session"
    : op.path.startsWith("/api/enrolments") ? "enrolment"
    : op.path.startsWith("/api/escalations") ? "escalation"
    : op.path.startsWith("/api/staff") ? "staff"
    : op.path.startsWith("/api/counsellors") ? "anna"
    : op.path.startsWith("/api/appointments") ? "appointment"
    : op.path.startsWith("/api/plan-goals") ? "planGoal"
    : op.path.startsWith("/api/plan-steps") ? "planStep"
    : op.path.startsWith("/api/partners") ? "partner"
    : op.path.startsWith("/api/referrals") ? "referral"
    : "token";
  let url = op.path.replace("{id}", String(ids[owner])).replace("{exceptionId}", "1").replace("{file}", `${calendarToken}.ics`);
  if (op.path === "/api/reports/summary") url += "?from=2026-11-01&to=2026-12-01";
  if (op.path === "/api/appointments") url += "?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z";
  if (op.path === "/api/appointments/free-times") url += "?kind=office";
  if (op.path === "/api/interpreter-bookings") url += "?date=2026-12-02";
  const bodies: Record<string, object> = {
    "POST /api/escalations/{id}/reply": { text: "Hello from the test" },
    "POST /api/escalations/{id}/close": { note: "done" },
    "POST /api/escalations/{id}/reassign": { counsellorId: ids.anna! },
    "POST /api/staff": { displayName: "New", role: "counsellor" },
    "POST /api/staff/{id}/tokens": {},
    "PATCH /api/modules/{id}": { capacity: 6 },
    "PATCH /api/sessions/{id}": { place: "Lahti, room 2" },
    "POST /api/sessions": { moduleId: ids.module!, startsAt: "2026-12-08T08:00:00Z", endsAt: "2026-12-08T10:00:00Z", place: "Lahti", childcareSeats: 4 },
    "POST /api/inbound/helpdesk": {},
    "POST /api/appointments/{id}/outcome": { outcome: "cancelled_late" },
    "POST /api/counsellors/{id}/exceptions": { startsAt: "2027-01-01T00:00:00Z", endsAt: "2027-01-02T00:00:00Z", reason: "holiday" },
    "POST /api/participants/{id}/plan/goals": { goal: "friends" },
    "POST /api/participants/{id}/plan/steps": { catalogueKey: "finnish-course", assignee: "participant", dueDate: "2026-12-15" },
    "PATCH /api/plan-goals/{id}": { status: "reached" },
    "PATCH /api/plan-steps/{id}": { status: "done" },
    "POST /api/participants/{id}/referrals": { partnerId: ids.partner!, reason: "Kela", reasonLocale: "fi", shared: ["contact"] },
    "PATCH /api/referrals/{id}": { status: "accepted" },
  };
  const key = `${op.method} ${op.path}`;
  return { url, payload: op.method === "GET" ? undefined : (bodies[key] ?? (op.schema.requestBody ? {} : undefined)) };
}

async function auditState(): Promise<Map<number, number>> {
  const rows = await testDb.database.db.select({ id: auditLog.id, times: auditLog.times }).from(auditLog);
  return new Map(rows.map((r) => [r.id, r.times]));
}

/** The entry a request wrote: a new row, or an earlier one it counted up. */
async function entryAfter(before: Map<number, number>) {
  const rows = await testDb.database.db.select().from(auditLog);
  return rows.find((r) => (before.get(r.id) ?? 0) < r.times);
}

const latestAudit = async () => (await testDb.database.db.select().from(auditLog)).sort((a, b) => b.id - a.id)[0]!;

/** Property names that identify a person or carry their words, anywhere in a schema. */
const PERSONAL_FIELDS = new Set(["participantId", "participantIds", "telegramUserId", "chatId", "text", "answers", "families", "messages", "displayName", "actor", "token", "counsellor"]);
function personalFieldsIn(schema: unknown, found = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== "object") return found;
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === "properties" && value && typeof value === "object") for (const name of Object.keys(value)) if (PERSONAL_FIELDS.has(name)) found.add(name);
    personalFieldsIn(value, found);
  }
  return found;
}

describe("the audit log, checked against the OpenAPI document", () => {
  it("declares only routes that exist and return nothing that identifies a person", () => {
    const known = new Set(operations.map((o) => `${o.method} ${o.path}`));
    for (const route of ROUTES_WITHOUT_PERSONAL_DATA) {
      expect(known.has(route), `${route} is declared but not in the OpenAPI document`).toBe(true);
      const op = operations.find((o) => `${o.method} ${o.path}` === route)!;
      expect([...personalFieldsIn(op.schema.responses?.["200"] ?? op.schema.responses?.["201"])], route).toEqual([]);
    }
  });

  it("audits the CSV lists as well as the JSON ones", async () => {
    for (const path of [`/api/modules/${ids.module}/enrolments`, `/api/sessions/${ids.session}/childcare`, `/api/sessions/${ids.session}/attendance`]) {
      const res = await app.inject({ url: `${path}?format=csv`, headers: { authorization: `Bearer ${ADMIN}` } });
      expect(res.headers["content-type"]).toMatch(/text\/csv/);
      expect(await latestAudit()).toMatchObject({ outcome: "ok", details: expect.objectContaining({ format: "csv", participantIds: [ids.participant] }) });
    }
  });

  it("writes refused attempts (401 without a token, 403 for a counsellor on an admin route), on every route", async () => {
    for (const op of operations.filter((o) => o.path.startsWith("/api/"))) {
      const { url, payload } = requestFor(op);
      const res = await app.inject({ method: op.method as "GET", url, ...(payload !== undefined ? { payload } : {}) });
      expect(res.statusCode, op.path).toBe(401);
      expect(await latestAudit(), `${op.method} ${op.path}`).toMatchObject({ actor: "unauthenticated", outcome: "denied", details: expect.objectContaining({ status: 401 }) });
    }
    const res = await app.inject({ url: `/api/participants/${ids.participant}`, headers: { authorization: `Bearer ${anna}` } });
    expect(res.statusCode).toBe(403);
    expect(await latestAudit()).toMatchObject({ actor: "Anna", action: "participant.read", participantId: ids.participant, outcome: "denied" });
  });

  it("counts a console's polling of one chat on one row, every read included", async () => {
    expect((await app.inject({ url: "/api/escalations", headers: { authorization: `Bearer ${anna}` } })).statusCode).toBe(200);
    expect((await app.inject({ url: `/api/modules/${ids.module}/enrolments`, headers: { authorization: `Bearer ${ADMIN}` } })).statusCode).toBe(200);
    const rows = async () => (await testDb.database.db.select().from(auditLog)).filter((r) => r.action === "escalation.read" && r.actor === "Anna");
    const before = await rows();
    for (const after of [0, 1, 1, 5]) {
      const res = await app.inject({ url: `/api/escalations/${ids.escalation}?after=${after}`, headers: { authorization: `Bearer ${anna}` } });
      expect(res.statusCode).toBe(200);
    }
    const now = await rows();
    expect(now.length - before.length).toBe(1);
    expect(now.at(-1)).toMatchObject({ times: 4, participantId: ids.participant, outcome: "ok" });
    expect(now.at(-1)!.lastAt).not.toBeNull();
    // Filtered by participant, the log finds the reads and the lists that showed them.
    const log = (await app.inject({ url: `/api/audit?participantId=${ids.participant}&limit=500`, headers: { authorization: `Bearer ${ADMIN}` } })).json().items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(["escalation.read", "escalation.list", "enrolment.list", "session.childcare"]));
  });

  it("writes an entry with actor, action, participant and outcome for every call of every other route", async () => {
    // Reads first, then changes, the ones that end something (erase, cancel, close…) last,
    // so that each call finds the seeded data it is about.
    const rank = (o: Operation) => (o.method === "GET" ? 0 : /erase|cancel|close|revoke|disable|sign-out|claim|reassign|helpdesk/.test(o.path) ? 2 : 1);
    const audited = operations.filter((o) => !ROUTES_WITHOUT_PERSONAL_DATA.includes(`${o.method} ${o.path}`)).sort((a, b) => rank(a) - rank(b));
    expect(audited.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const op of audited) {
      const { url, payload } = requestFor(op);
      const before = await auditState();
      let headers: Record<string, string> = { authorization: `Bearer ${ADMIN}` };
      let body = payload;
      if (op.path === "/inbound/helpdesk") {
        const raw = JSON.stringify({ action: "claim", escalationId: ids.escalation, counsellorId: ids.staff });
        const timestamp = Math.floor(Date.now() / 1000);
        headers = { "content-type": "application/json", "x-signature-timestamp": String(timestamp), "x-signature": `sha256=${signPayload(INBOUND, timestamp, raw)}` };
        body = JSON.parse(raw);
      }
      const res = await app.inject({ method: op.method as "GET", url, headers, ...(body !== undefined ? { payload: body } : {}) });
      const entry = await entryAfter(before);
      if (!entry) {
        missing.push(`${op.method} ${op.path} → ${res.statusCode}, no audit entry`);
        continue;
      }
      expect(entry.actor, op.path).not.toBe("");
      expect(entry.action, op.path).not.toMatch(/^(GET|POST|PATCH|DELETE) /); // named, not derived
      expect(entry.details, op.path).toMatchObject({ status: res.statusCode });
      // Reads of the seeded data succeed, so the entry is of a real read, not a refusal.
      if (op.method === "GET") expect([entry.outcome, op.path, res.statusCode]).toEqual(["ok", op.path, 200]);
      // Whose data: the participant named by the route, or the participants a list showed.
      if (/participants\/\{id\}|escalations\/\{id\}$|plan-goals|plan-steps|referrals\/\{id\}/.test(op.path)) expect(entry.participantId, op.path).toBe(ids.participant);
      if (/enrolments|childcare|attendance|reminders|^\/api\/escalations$|^\/api\/participants$/.test(op.path) && op.method === "GET") {
        expect(entry.details, op.path).toMatchObject({ participantIds: [ids.participant] });
      }
    }
    expect(missing).toEqual([]);
  });
});
