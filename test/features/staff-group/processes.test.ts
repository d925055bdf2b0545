import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/client.js";
import { staffGroupTopics } from "../../../src/db/schema.js";
import { runStaffGroupTick } from "../../../src/features/staff-group/queue.js";
import { findParticipantByTelegramId } from "../../../src/participants/repository.js";
import { startTestBot, TEST_TOKEN, type TestBot } from "../../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../../support/database.js";
import { createFakeTelegram } from "../../support/fake-fetch.js";

/**
 * Three bot instances on one database play three processes behind a load balancer, each
 * with its own staff group job. On PostgreSQL each has its own connection pool (the
 * "staff-group" lock is a real advisory lock there); on PGlite, which is one process by
 * nature, they share the database object as the other multi-process tests do.
 */
const GROUP = -1009876543210;
let testDb: TestDatabase;
const databases: Database[] = [];
const bots: TestBot[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
  const telegram = createFakeTelegram();
  telegram.addGroup(GROUP, { perMinute: 1000 });
  for (let i = 0; i < 3; i++) {
    const database = i === 0 || !testDb.url ? testDb.database : await openDatabase({ url: testDb.url, poolSize: 5 });
    databases.push(database);
    bots.push(await startTestBot(database.db, {}, telegram, undefined, { staffGroupId: GROUP }));
  }
});
afterAll(async () => {
  for (const database of databases) if (database !== testDb.database) await database.close();
  await testDb.close();
});

describe("one topic per participant across three processes", () => {
  it("opens one topic for each escalation, and posts each participant's words only into their own topic", async () => {
    const telegram = bots[0]!.telegram;
    const posters = databases.map((database) => ({ database, api: new Api(TEST_TOKEN, { fetch: telegram.fetch }), groupChatId: GROUP, logger: pino({ level: "silent" }), perMinute: 1000 }));
    const people = [801, 802, 803, 804, 805, 806];
    for (const [i, id] of people.entries()) {
      const chat = bots[i % 3]!.user(id, "en");
      await chat.onboard();
    }
    // Everyone asks for a person and writes at once, on the three processes, while the
    // three jobs run.
    await Promise.all([
      ...people.map(async (id, i) => {
        const bot = bots[i % 3]!;
        const chat = bot.user(id, "en");
        await chat.send("/counsellor");
        for (let n = 1; n <= 3; n++) await bots[(i + n) % 3]!.user(id, "en").send(`from ${id}: ${n}`);
      }),
      ...posters.map(async (poster) => {
        for (let round = 0; round < 5; round++) await runStaffGroupTick(poster);
      }),
    ]);
    // One process at a time runs the feed and the poster: while one holds the turn, the
    // others' ticks do nothing. (Ticks started together may still each run, one after the
    // other, when the first is quick; the effects below show none ran twice at once.)
    const held = await databases[0]!.tryExclusive("staff-group");
    expect(held).toBeDefined();
    expect((await Promise.all(posters.slice(1).map((poster) => runStaffGroupTick(poster)))).map((r) => r.ran)).toEqual([false, false]);
    await held!();
    // Then every process ticks at once until nothing is left.
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(posters.map((poster) => runStaffGroupTick(poster)));
      if (results.some((r) => r.ran && r.waiting === 0)) break;
    }

    const topics = telegram.topics(GROUP);
    expect(topics).toHaveLength(people.length);
    expect(telegram.calls.filter((c) => c.method === "createForumTopic")).toHaveLength(people.length);
    const stored = await testDb.database.db.select().from(staffGroupTopics);
    expect(stored).toHaveLength(people.length);
    for (const id of people) {
      const participant = await findParticipantByTelegramId(testDb.database.db, id);
      const topic = stored.find((t) => t.participantId === participant!.id)!;
      expect(topics.find((t) => t.threadId === topic.threadId)!.name).toBe(`Osallistuja #${participant!.id} · EN`);
      const words = telegram.groupPosts(GROUP, topic.threadId).map((c) => c.payload.text as string).filter((t) => t.startsWith("from "));
      expect(words).toEqual([1, 2, 3].map((n) => `from ${id}: ${n}`));
    }
  });
});
