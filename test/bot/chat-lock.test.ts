import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client.js";
import { loadAnswers } from "../../src/features/survey/repository.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { startTestBot, type TestBot } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram } from "../support/fake-fetch.js";

/**
 * Two bot instances on one database play two processes behind a load balancer. On
 * PostgreSQL each has its own connection pool, as separate processes would; on PGlite
 * (one process per data folder) they share the one connection.
 */
let testDb: TestDatabase;
let second: Database;
let botA: TestBot;
let botB: TestBot;

beforeAll(async () => {
  testDb = await openTestDatabase();
  second = testDb.url ? await openDatabase({ url: testDb.url, poolSize: 5 }) : testDb.database;
  const telegram = createFakeTelegram();
  botA = await startTestBot(testDb.database.db, {}, telegram);
  botB = await startTestBot(second.db, {}, telegram);
});
afterAll(async () => {
  if (second !== testDb.database) await second.close();
  await testDb.close();
});

describe("one chat, two processes", () => {
  it("applies a message and a button press that arrive at the same moment one after the other", async () => {
    for (let round = 0; round < 8; round++) {
      const userId = 900 + round;
      const chat = botA.user(userId, "en");
      await chat.onboard();
      await chat.tap(/Start the questions/);
      await chat.tap("Somewhere else");
      await chat.tap("1 to 3 years");
      const question = chat.lastMessage();

      // Two ticks of the same multiple-choice question, on two processes at once: both
      // read and write the chat's session; without the chat lock one tick is lost.
      const t = botA.telegram;
      await Promise.all([
        botA.bot.handleUpdate(t.callbackUpdate(chat.user, "sv:t:languages:ar", question)),
        botB.bot.handleUpdate(t.callbackUpdate(chat.user, "sv:t:languages:so", question)),
        botB.bot.handleUpdate(t.callbackUpdate(chat.user, "sv:t:languages:en", question)),
      ]);
      await botB.bot.handleUpdate(t.callbackUpdate(chat.user, "sv:d:languages", question));
      const p = await findParticipantByTelegramId(testDb.database.db, userId);
      expect((await loadAnswers(testDb.database.db, p!.id)).languages, `round ${round}`).toEqual(["ar", "so", "en"]);
    }
  });

  it("handles one update delivered to both processes at once only once", async () => {
    const chat = botA.user(950, "en");
    const update = botA.telegram.textUpdate(chat.user, "/start");
    await Promise.all([botA.bot.handleUpdate(update), botB.bot.handleUpdate(structuredClone(update))]);
    expect(botA.telegram.sent(950)).toHaveLength(1);
  });
});
