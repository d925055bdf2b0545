import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, type Context } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDrizzleStorage } from "../../src/db/storage.js";
import { withChatTransaction } from "../../src/db/transaction.js";
import { loadAnswers } from "../../src/features/survey/repository.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { startTestBot } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram } from "../support/fake-fetch.js";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(() => testDb.close());
beforeEach(() => testDb.reset());

describe("the grammY storage adapter", () => {
  it("reads, writes, overwrites and deletes JSON values, separated by prefix", async () => {
    const db = testDb.database.db;
    const sessions = createDrizzleStorage<{ n: number }>(db, "session");
    const other = createDrizzleStorage<{ n: number }>(db, "conversation");
    expect(await sessions.read("42")).toBeUndefined();
    await sessions.write("42", { n: 1 });
    await sessions.write("42", { n: 2 });
    await other.write("42", { n: 9 });
    expect(await sessions.read("42")).toEqual({ n: 2 });
    expect(await other.read("42")).toEqual({ n: 9 });
    await sessions.delete("42");
    expect(await sessions.read("42")).toBeUndefined();
    expect(await other.read("42")).toEqual({ n: 9 });
  });

  it("joins the update's transaction: a rolled-back update leaves the session untouched", async () => {
    const db = testDb.database.db;
    const sessions = createDrizzleStorage<{ n: number }>(db, "session");
    await sessions.write("7", { n: 1 });
    await expect(
      withChatTransaction(db, 7, async () => {
        await sessions.write("7", { n: 2 });
        throw new Error("handler failed");
      }),
    ).rejects.toThrow("handler failed");
    expect(await sessions.read("7")).toEqual({ n: 1 });
  });

  it("keeps ticked options of a multiple-choice question across a restart of the bot", async () => {
    const db = testDb.database.db;
    const first = await startTestBot(db);
    const chat = first.user(401, "en");
    await chat.onboard();
    await chat.tap(/Start the questions/);
    await chat.tap("Somewhere else");
    await chat.tap("1 to 3 years");
    await chat.tap(/Arabic/);
    const question = chat.lastMessage();

    // A new bot, as after a redeploy, with the same database.
    const second = await startTestBot(db, {}, first.telegram);
    const again = second.user(401, "en");
    await again.press("sv:t:languages:so", question);
    await again.press("sv:d:languages", question);
    const p = await findParticipantByTelegramId(db, 401);
    expect((await loadAnswers(db, p!.id)).languages).toEqual(["ar", "so"]);
  });

  it("stores grammY conversations, which resume in a new bot instance", async () => {
    type C = ConversationFlavor<Context>;
    const db = testDb.database.db;
    const telegram = createFakeTelegram();
    const build = () => {
      const bot = new Bot<C>("1:test", { botInfo: telegram.botInfo, client: { fetch: telegram.fetch } });
      bot.use(conversations({ storage: { type: "key", adapter: createDrizzleStorage(db, "conversation") } }));
      bot.use(
        createConversation(async (conversation: Conversation<C, Context>, ctx: Context) => {
          await ctx.reply("name?");
          const answer = await conversation.waitFor("message:text");
          await ctx.reply(`hello ${answer.message.text}`);
        }, "greet"),
      );
      bot.command("greet", (ctx) => ctx.conversation.enter("greet"));
      return bot;
    };
    await build().handleUpdate(telegram.textUpdate({ id: 402 }, "/greet"));
    await build().handleUpdate(telegram.textUpdate({ id: 402 }, "Amal"));
    expect(telegram.sent(402).map((m) => m.text)).toEqual(["name?", "hello Amal"]);
  });
});
