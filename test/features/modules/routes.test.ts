import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMessenger } from "../../../src/bot/messenger.js";
import { enrolParticipant } from "../../../src/features/modules/enrolment.js";
import { saveAnswer } from "../../../src/features/survey/repository.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { createI18n } from "../../../src/i18n/i18n.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { setLocale, touchParticipant } from "../../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { createFakeTelegram, type FakeTelegramFetch } from "../../support/fake-fetch.js";
import { Api } from "grammy";

const ADMIN = "admin-token-0123456789abcdef";
const auth = { authorization: `Bearer ${ADMIN}` };
const NOW = new Date("2026-11-23T10:00:00Z");

let testDb: TestDatabase;
let app: App;
let telegram: FakeTelegramFetch;

beforeAll(async () => {
  testDb = await openTestDatabase();
  telegram = createFakeTelegram();
  const api = new Api("1:test", { fetch: telegram.fetch });
  const messenger = createMessenger(api, createI18n(), pino({ level: "silent" }));
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, messenger, clock: () => NOW });
});
afterAll(async () => {
  await app.close();
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  telegram.clear();
});

const everyLocale = (s: string) => Object.fromEntries(LOCALE_CODES.map((l) => [l, `${s} ${l}`]));
const moduleBody = (overrides: Record<string, unknown> = {}) => ({
  code: "finnish-lahti",
  title: everyLocale("Finnish"),
  description: everyLocale("Everyday Finnish"),
  regions: ["paijat-hame"],
  tags: ["language", "group"],
  instructionLanguages: ["fi", "ar"],
  capacity: 1,
  childcare: true,
  ...overrides,
});
const post = (url: string, payload: unknown, headers: Record<string, string> = auth) => app.inject({ method: "POST", url, payload: payload as object, headers });

async function moduleWithSession(overrides: Record<string, unknown> = {}) {
  const module = (await post("/api/modules", moduleBody(overrides))).json();
  const session = await post("/api/sessions", {
    moduleId: module.id,
    startsAt: "2026-12-01T08:00:00Z",
    endsAt: "2026-12-01T10:00:00Z",
    place: "Kirkkokatu 1, Lahti",
    childcareSeats: 4,
  });
  expect(session.statusCode).toBe(201);
  return { module, session: session.json() };
}

describe("the catalogue API", () => {
  it("needs the admin token on every route", async () => {
    for (const [method, url] of [
      ["GET", "/api/modules"],
      ["POST", "/api/modules"],
      ["GET", "/api/modules/1"],
      ["PATCH", "/api/modules/1"],
      ["POST", "/api/modules/1/archive"],
      ["POST", "/api/sessions"],
      ["PATCH", "/api/sessions/1"],
      ["GET", "/api/modules/1/enrolments"],
      ["POST", "/api/enrolments/1/cancel"],
      ["GET", "/api/sessions/1/childcare"],
    ] as const) {
      expect((await app.inject({ method, url })).statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it("creates, lists, changes and archives a module", async () => {
    const created = await post("/api/modules", moduleBody());
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await app.inject({ url: "/api/modules", headers: auth })).json().items).toHaveLength(1);
    const patched = await app.inject({ method: "PATCH", url: `/api/modules/${id}`, headers: auth, payload: { capacity: 12 } });
    expect(patched.json().capacity).toBe(12);
    expect((await post(`/api/modules/${id}/archive`, {})).json().archived).toBe(true);
    expect((await app.inject({ url: "/api/modules", headers: auth })).json().items).toHaveLength(0);
    expect((await app.inject({ url: "/api/modules?includeArchived=true", headers: auth })).json().items).toHaveLength(1);
  });

  it("answers 400 naming the field for invalid input, and changes nothing", async () => {
    const { sv: _sv, ...noSwedish } = everyLocale("Finnish");
    const cases: [unknown, RegExp][] = [
      [moduleBody({ title: noSwedish }), /body\/title must have required property 'sv'/],
      [moduleBody({ capacity: -1 }), /body\/capacity must be >= 0/],
      [moduleBody({ regions: ["atlantis"] }), /body\/regions\/0/],
      [moduleBody({ code: "Not A Code!" }), /body\/code/],
      [{ ...moduleBody(), extra: 1 }, /must NOT have additional properties/],
    ];
    for (const [body, message] of cases) {
      const res = await post("/api/modules", body);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(message);
    }
    expect((await app.inject({ url: "/api/modules?includeArchived=true", headers: auth })).json().items).toHaveLength(0);

    const { module } = await moduleWithSession();
    const endBeforeStart = await post("/api/sessions", { moduleId: module.id, startsAt: "2026-12-01T10:00:00Z", endsAt: "2026-12-01T08:00:00Z", place: "x", childcareSeats: 0 });
    expect(endBeforeStart.statusCode).toBe(400);
    expect(endBeforeStart.json().message).toMatch(/body\/endsAt must be after/);
    const unknownModule = await post("/api/sessions", { moduleId: 999, startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-01T10:00:00Z", place: "x", childcareSeats: 0 });
    expect(unknownModule.statusCode).toBe(400);
    expect(unknownModule.json().message).toMatch(/body\/moduleId: no module with id 999/);
    const negativeSeats = await post("/api/sessions", { moduleId: module.id, startsAt: "2026-12-01T08:00:00Z", endsAt: "2026-12-01T10:00:00Z", place: "x", childcareSeats: -2 });
    expect(negativeSeats.statusCode).toBe(400);
    expect((await post("/api/modules", moduleBody())).statusCode).toBe(409);
    expect((await app.inject({ url: `/api/modules/${module.id}/sessions`, headers: auth })).json().items).toHaveLength(1);
  });
});

describe("enrolments, the waiting list and childcare", () => {
  it("lists enrolled and waiting in order, as JSON and CSV; a cancellation moves the first waiting up and tells them in their language", async () => {
    const { module } = await moduleWithSession({ capacity: 1 });
    const db = testDb.database.db;
    const a = await touchParticipant(db, 7001, 7001);
    const b = await touchParticipant(db, 7002, 7002);
    await setLocale(db, b.id, "ar");
    const first = await enrolParticipant(db, { participantId: a.id, moduleId: module.id, children: 2, now: NOW });
    await enrolParticipant(db, { participantId: b.id, moduleId: module.id, children: 1, now: NOW });

    const list = (await app.inject({ url: `/api/modules/${module.id}/enrolments`, headers: auth })).json();
    expect(list.enrolled.map((e: { participantId: number }) => e.participantId)).toEqual([a.id]);
    expect(list.waitlisted).toEqual([expect.objectContaining({ participantId: b.id, waitlistPosition: 1, childrenBooked: 1 })]);

    const csv = await app.inject({ url: `/api/modules/${module.id}/enrolments`, headers: { ...auth, accept: "text/csv" } });
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("enrolment,participant,status,waitlist_position,children_in_childcare,joined_at,enrolled_at");
    expect(lines).toHaveLength(3);
    expect((await app.inject({ url: `/api/modules/${module.id}/enrolments?format=csv`, headers: auth })).headers["content-type"]).toMatch(/^text\/csv/);

    const cancelled = await post(`/api/enrolments/${first.status === "enrolled" ? first.enrolment.id : 0}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().promoted).toEqual([expect.objectContaining({ participantId: b.id })]);
    const told = telegram.sent(7002);
    expect(told).toHaveLength(1);
    expect(told[0].text).toMatch(/^[\u0600-\u06FF]/);
    expect(told[0].text).toContain("Finnish ar");
    // Cancelling again is a conflict, not a crash.
    expect((await post(`/api/enrolments/${first.status === "enrolled" ? first.enrolment.id : 0}/cancel`, {})).statusCode).toBe(409);
  });

  it("gives the childcare organiser each family's children and ages, with totals against the seats", async () => {
    const { module, session } = await moduleWithSession({ capacity: 5 });
    const db = testDb.database.db;
    const a = await touchParticipant(db, 7101, 7101);
    const b = await touchParticipant(db, 7102, 7102);
    await saveAnswer(db, a.id, "kids", ["1-2", "3-6", "3-6"]);
    await enrolParticipant(db, { participantId: a.id, moduleId: module.id, children: 2, now: NOW });
    await enrolParticipant(db, { participantId: b.id, moduleId: module.id, children: 1, now: NOW });
    const report = (await app.inject({ url: `/api/sessions/${session.id}/childcare`, headers: auth })).json();
    expect(report.families).toEqual([
      { participantId: a.id, children: 2, ageGroups: ["1-2", "3-6"] },
      { participantId: b.id, children: 1, ageGroups: [] },
    ]);
    expect(report).toMatchObject({ totalChildren: 3, seats: 4, seatsLeft: 1 });
    const csv = await app.inject({ url: `/api/sessions/${session.id}/childcare?format=csv`, headers: auth });
    expect(csv.body).toContain(`${a.id},2,1-2 3-6`);
    expect(csv.body).toContain("total,3,seats 4");
  });

  it("fills places from the waiting list when a coordinator raises the capacity", async () => {
    const { module } = await moduleWithSession({ capacity: 0 });
    const db = testDb.database.db;
    const a = await touchParticipant(db, 7201, 7201);
    await enrolParticipant(db, { participantId: a.id, moduleId: module.id, children: 0, now: NOW });
    await app.inject({ method: "PATCH", url: `/api/modules/${module.id}`, headers: auth, payload: { capacity: 1 } });
    const list = (await app.inject({ url: `/api/modules/${module.id}/enrolments`, headers: auth })).json();
    expect(list.enrolled.map((e: { participantId: number }) => e.participantId)).toEqual([a.id]);
    expect(telegram.sent(7201)).toHaveLength(1);
  });
});
