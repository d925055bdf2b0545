import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveAnswer } from "../../src/features/survey/repository.js";
import { createServer, type App } from "../../src/http/create-server.js";
import { recordConsent, touchParticipant } from "../../src/participants/repository.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";

const ADMIN = "admin-token-0123456789abcdef";
const auth = { authorization: `Bearer ${ADMIN}` };

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

describe("health", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await app.inject("/healthz")).json()).toEqual({ status: "ok" });
    expect((await app.inject("/readyz")).json()).toEqual({ status: "ready" });
  });

  it("serves the OpenAPI document with every admin route", async () => {
    const res = await app.inject("/docs/json");
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(expect.arrayContaining(["/api/participants", "/api/participants/{id}"]));
  });
});

describe("admin authentication", () => {
  it("answers 401 without a token, with a wrong one, and with a malformed header", async () => {
    for (const headers of [{}, { authorization: "Bearer wrong-token-0123456789abcdef" }, { authorization: ADMIN }]) {
      const res = await app.inject({ url: "/api/participants", headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: "Unauthorized", message: expect.stringContaining("Bearer") });
    }
  });

  it("keeps the admin API closed when no ADMIN_TOKEN is configured", async () => {
    const closed = await createServer({ database: testDb.database, logger: pino({ level: "silent" }) });
    const res = await closed.inject({ url: "/api/participants", headers: { authorization: "Bearer " } });
    expect(res.statusCode).toBe(401);
    await closed.close();
  });
});

describe("participants", () => {
  async function participantWithAnswers(telegramId: number) {
    const db = testDb.database.db;
    const p = await touchParticipant(db, telegramId, telegramId);
    await recordConsent(db, p.id, "accepted", "2026-11");
    await saveAnswer(db, p.id, "region", "meri-lappi");
    await saveAnswer(db, p.id, "coping", "talk");
    await saveAnswer(db, p.id, "gender", null);
    return p;
  }

  it("returns a participant's consent, answers in survey order, and the 'wants to talk' flag", async () => {
    const p = await participantWithAnswers(5001);
    const res = await app.inject({ url: `/api/participants/${p.id}`, headers: auth });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: p.id,
      telegramUserId: 5001,
      consent: { status: "accepted", version: "2026-11" },
      surveyStatus: "not_started",
      flags: ["wants-to-talk"],
    });
    expect(body.answers.map((a: { questionId: string; value: unknown }) => [a.questionId, a.value])).toEqual([
      ["region", "meri-lappi"],
      ["coping", "talk"],
      ["gender", null],
    ]);
  });

  it("pages through participants", async () => {
    for (let i = 0; i < 5; i++) await participantWithAnswers(6000 + i);
    const first = (await app.inject({ url: "/api/participants?limit=2", headers: auth })).json();
    expect(first.items.map((p: { telegramUserId: number }) => p.telegramUserId)).toEqual([6000, 6001]);
    expect(first.total).toBe(5);
    const second = (await app.inject({ url: `/api/participants?limit=2&after=${first.next}`, headers: auth })).json();
    expect(second.items.map((p: { telegramUserId: number }) => p.telegramUserId)).toEqual([6002, 6003]);
    const last = (await app.inject({ url: `/api/participants?limit=2&after=${second.next}`, headers: auth })).json();
    expect(last.items).toHaveLength(1);
    expect(last.next).toBeNull();
  });

  it("answers 404 for an unknown participant and 400 naming the field for bad input", async () => {
    expect((await app.inject({ url: "/api/participants/999", headers: auth })).statusCode).toBe(404);
    const bad = await app.inject({ url: "/api/participants/abc", headers: auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/params\/id/);
    const limit = await app.inject({ url: "/api/participants?limit=1000", headers: auth });
    expect(limit.statusCode).toBe(400);
    expect(limit.json().message).toMatch(/querystring\/limit/);
    const sql = await app.inject({ url: "/api/participants?after=1;drop table participants", headers: auth });
    expect(sql.statusCode).toBe(400);
  });

  it("answers 404 with a reason for unknown routes", async () => {
    const res = await app.inject({ url: "/api/nothing-here", headers: auth });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain("/api/nothing-here");
  });
});
