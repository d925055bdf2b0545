import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppBot } from "../../src/bot/create-bot.js";
import { createServer, WEBHOOK_PATH, type App } from "../../src/http/create-server.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { createWebhookTestBot } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram, type FakeTelegramFetch } from "../support/fake-fetch.js";

const SECRET = "webhook-secret-0123456789";

let testDb: TestDatabase;
let telegram: FakeTelegramFetch;
let bot: AppBot;
let app: App;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await app?.close();
  await testDb.reset();
  telegram = createFakeTelegram();
  bot = createWebhookTestBot(testDb.database.db, telegram);
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), webhook: { bot, secret: SECRET } });
});

const post = (body: unknown, secret: string | null = SECRET) =>
  app.inject({
    method: "POST",
    url: WEBHOOK_PATH,
    headers: secret === null ? {} : { "x-telegram-bot-api-secret-token": secret },
    payload: body as object,
  });

describe("the Telegram webhook", () => {
  it("refuses a missing or wrong secret with 401 and handles nothing", async () => {
    const update = telegram.textUpdate({ id: 301 }, "/start");
    expect((await post(update, null)).statusCode).toBe(401);
    expect((await post(update, "wrong-secret-0123456789")).statusCode).toBe(401);
    expect((await post(update, SECRET.slice(0, -1))).statusCode).toBe(401);
    expect(telegram.sent()).toEqual([]);
  });

  it("handles an update and answers 200", async () => {
    const res = await post(telegram.textUpdate({ id: 302 }, "/start"));
    expect(res.statusCode).toBe(200);
    expect(telegram.sent(302)).toHaveLength(1);
  });

  it("handles a re-delivered update_id once", async () => {
    const update = telegram.textUpdate({ id: 303 }, "/start");
    expect((await post(update)).statusCode).toBe(200);
    expect((await post(update)).statusCode).toBe(200);
    // Both at once, as from two processes or a retry racing the first delivery.
    const second = telegram.textUpdate({ id: 303 }, "/help");
    const results = await Promise.all([post(second), post(second)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(telegram.sent(303)).toHaveLength(2);
  });

  it("answers 400 to a body that is not an update", async () => {
    expect((await post({ hello: "world" })).statusCode).toBe(400);
  });

  it("answers 500 when a reply could not be sent, keeps what the update stored, and sends the reply once on redelivery", async () => {
    telegram.failNext("sendMessage", { status: 500, description: "Internal Server Error" });
    const update = telegram.textUpdate({ id: 304 }, "/start");
    expect((await post(update)).statusCode).toBe(500);
    // The participant's side is stored even though Telegram failed.
    expect(await findParticipantByTelegramId(testDb.database.db, 304)).toBeDefined();
    expect(telegram.sent(304)).toHaveLength(0);
    // Telegram's retry sends what was left, and a third delivery sends nothing more.
    expect((await post(update)).statusCode).toBe(200);
    expect((await post(update)).statusCode).toBe(200);
    expect(telegram.sent(304)).toHaveLength(1);
  });
});
