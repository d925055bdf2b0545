/**
 * Polling mode (the default) through @grammyjs/runner: chats are served concurrently, one
 * chat's updates in order, and a shutdown finishes what is in flight and confirms the offset.
 */
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot, type AppBot } from "../../src/bot/create-bot.js";
import { startPolling, type Polling } from "../../src/bot/polling.js";
import { TEST_DEPS, TEST_TOKEN } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram, type FakeTelegramFetch } from "../support/fake-fetch.js";

let testDb: TestDatabase;
let telegram: FakeTelegramFetch;
let bot: AppBot;
let polling: Polling | undefined;

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await polling?.stop();
  polling = undefined;
  await testDb.reset();
  telegram = createFakeTelegram({ maxPollMs: 200 });
  bot = createBot({ token: TEST_TOKEN, db: testDb.database.db, deps: TEST_DEPS, logger: pino({ level: "silent" }), fetch: telegram.fetch, botInfo: telegram.botInfo });
});

describe("polling", () => {
  it("serves other chats while one chat waits for Telegram", async () => {
    polling = await startPolling(bot, { concurrency: 10, logger: pino({ level: "silent" }) });
    // Telegram does not answer the reply to chat 1 until we let it.
    telegram.failNext("sendMessage", { hang: true, chatId: 1 });
    telegram.sendText({ id: 1, language_code: "en" }, "/start");
    await telegram.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === 1);
    for (const id of [2, 3, 4]) telegram.sendText({ id, language_code: "en" }, "/start");
    for (const id of [2, 3, 4]) await telegram.waitForSent(id, 1);
    expect(telegram.sent(1)).toHaveLength(0);
    // Let go (a timeout in real life); chat 1 gets its reply through the retry job.
    await telegram.close();
    await polling.stop();
    polling = undefined;
    await bot.replies.retryDue(new Date(Date.now() + 60_000));
    expect(telegram.sent(1)).toHaveLength(1);
  });

  it("keeps one chat's updates in order", async () => {
    telegram.setLatency(30);
    polling = await startPolling(bot, { concurrency: 10, logger: pino({ level: "silent" }) });
    const user = { id: 5, language_code: "en" };
    telegram.sendText(user, "/start");
    await telegram.waitForSent(5, 1);
    // Three presses at once: the language, then the notice, then help. In order or the
    // second would find no consent question.
    telegram.pressButton(user, "lang:en");
    telegram.pressButton(user, "consent:yes");
    telegram.sendText(user, "/help");
    const sent = await telegram.waitForSent(5, 4, 10_000);
    const texts = sent.map((p: { text: string }) => p.text);
    expect(texts[1]).toMatch(/English(.|\n)*about your data/);
    expect(texts[2]).toMatch(/^Thank you/);
    expect(texts[3]).toMatch(/\/help|\/counsellor/);
  });

  it("finishes the updates in flight at shutdown and confirms the offset", async () => {
    telegram.setLatency(100);
    polling = await startPolling(bot, { concurrency: 10, logger: pino({ level: "silent" }) });
    const updates = [1, 2, 3].map((id) => telegram.sendText({ id: 20 + id, language_code: "en" }, "/start"));
    await telegram.waitFor((c) => c.method === "sendMessage");
    await polling.stop();
    polling = undefined;
    for (const id of [21, 22, 23]) expect(telegram.sent(id)).toHaveLength(1);
    const last = Math.max(...updates.map((u) => u.update_id));
    const confirm = telegram.calls.filter((c) => c.method === "getUpdates").at(-1)!;
    expect(confirm.payload.offset).toBe(last + 1);
    expect(telegram.pendingUpdates).toHaveLength(0);
  });
});
