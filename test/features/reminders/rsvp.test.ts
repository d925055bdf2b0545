import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outbox } from "../../../src/db/schema.js";
import { createModule, createSession } from "../../../src/features/modules/catalogue.js";
import { enrolParticipant } from "../../../src/features/modules/enrolment.js";
import { createServer, type App } from "../../../src/http/create-server.js";
import { LOCALE_CODES } from "../../../src/i18n/locales.js";
import { findParticipantByTelegramId, recordConsent } from "../../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";

const NOW = new Date("2026-12-01T08:00:00Z");
const ADMIN = "admin-token-0123456789abcdef";
const auth = { authorization: `Bearer ${ADMIN}` };
let testDb: TestDatabase;
let harness: TestBot;
let app: App;

beforeAll(async () => {
  testDb = await openTestDatabase();
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), adminToken: ADMIN, clock: () => NOW });
});
afterAll(async () => {
  await app.close();
  await testDb.close();
});
beforeEach(async () => {
  await testDb.reset();
  harness = await startTestBot(testDb.database.db, {}, undefined, () => NOW);
});

async function setUp() {
  const db = testDb.database.db;
  const text = Object.fromEntries(LOCALE_CODES.map((l) => [l, `Finnish ${l}`]));
  const module = await createModule(db, { code: "fi", title: text, description: text, regions: [], tags: ["language"], instructionLanguages: [], capacity: 5, childcare: true });
  const session = await createSession(db, module.id, { startsAt: new Date("2026-12-02T08:00:00Z"), endsAt: new Date("2026-12-02T10:00:00Z"), place: "x", childcareSeats: 5 });
  const chat = harness.user(601, "en");
  await chat.send("/start");
  await chat.tap("English");
  const p = (await findParticipantByTelegramId(db, 601))!;
  await recordConsent(db, p.id, "accepted", "2026-11");
  await enrolParticipant(db, { participantId: p.id, moduleId: module.id, children: 2, now: NOW });
  return { chat, session, p };
}

describe("answering a reminder", () => {
  it("records coming, a changed number of children, and not coming; the childcare list follows; coordinators get an event", async () => {
    const { chat, session, p } = await setUp();
    const childcare = async () => (await app.inject({ url: `/api/sessions/${session.id}/childcare`, headers: auth })).json();
    expect((await childcare()).totalChildren).toBe(2);

    expect(await chat.press(`rsvp:y:${session.id}`)).toEqual(["Thank you! See you there."]);
    await chat.press(`rsvp:c:${session.id}`);
    expect(chat.buttons().map((b) => b.text)).toEqual(["None", "1", "2"]);
    expect(await chat.tap("1")).toEqual(["Thank you. Children in childcare this time: 1."]);
    expect((await childcare()).totalChildren).toBe(1);

    expect(await chat.press(`rsvp:n:${session.id}`)).toEqual(["Thank you for telling us. Your place and the childcare are free for others this time."]);
    expect((await childcare())).toMatchObject({ totalChildren: 0, seatsLeft: 5 });
    const attendance = (await app.inject({ url: `/api/sessions/${session.id}/attendance`, headers: auth })).json();
    expect(attendance).toMatchObject({ coming: 0, notComing: 1, items: [{ participantId: p.id, response: "not_coming", children: 0 }] });
    const events = await testDb.database.db.select().from(outbox);
    expect(events.map((e) => [e.event, e.orderingKey])).toEqual([["attendance.declined", `session:${session.id}`]]);
    expect(events[0]!.payload).toMatchObject({ sessionId: session.id, participantId: p.id, childcareSeatsFreed: 1 });
  });

  it("refuses answers for a cancelled session or someone not enrolled, and never more children than booked", async () => {
    const { chat, session } = await setUp();
    expect(await chat.press(`rsvp:k:${session.id}:9`)).toEqual(["Thank you. Children in childcare this time: 2."]);
    const stranger = harness.user(602, "en");
    await stranger.send("/start");
    await stranger.tap("English");
    expect(await stranger.press(`rsvp:y:${session.id}`)).toEqual(["This course is not available any more."]);
    const cancelled = await app.inject({ method: "POST", url: `/api/sessions/${session.id}/cancel`, headers: auth });
    expect(cancelled.json()).toEqual({ sessionId: session.id, noticesQueued: 1 });
    expect(await chat.press(`rsvp:y:${session.id}`)).toEqual(["This meeting has already started or is cancelled."]);
    expect((await app.inject({ method: "POST", url: "/api/sessions/9999/cancel", headers: auth })).statusCode).toBe(404);
    const queued = (await app.inject({ url: `/api/sessions/${session.id}/reminders`, headers: auth })).json();
    expect(queued.items).toEqual([expect.objectContaining({ kind: "cancelled", status: "queued", sessionVersion: 1, attempts: 0 })]);
  });
});
