/**
 * The bot against a Telegram that refuses, fails, drops connections and is slow, through
 * the real bot and the real webhook route (issue 9). Each kind of failure is one case
 * of the classification in src/bot/telegram-errors.ts; these tests drive it through
 * the features, not the function.
 */
import pino from "pino";
import { count, eq } from "drizzle-orm";
import http from "node:http";
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { AppBot } from "../../src/bot/create-bot.js";
import { RepliesPendingError, storeReplies, UpdateReplies } from "../../src/bot/replies.js";
import { CHAT_LOCK_NAMESPACE } from "../../src/db/transaction.js";
import { escalationMessages, escalations, participants, pendingReplies, processedUpdates } from "../../src/db/schema.js";
import { createServer, WEBHOOK_PATH, type App } from "../../src/http/create-server.js";
import { loadAnswers } from "../../src/features/survey/repository.js";
import { findParticipantByTelegramId } from "../../src/participants/repository.js";
import { createWebhookTestBot, TestChat } from "../support/bot.js";
import { openTestDatabase, type TestDatabase } from "../support/database.js";
import { createFakeTelegram, type FakeTelegramFetch } from "../support/fake-fetch.js";

const SECRET = "webhook-secret-0123456789";

let testDb: TestDatabase;
let telegram: FakeTelegramFetch;
let bot: AppBot;
let app: App;
const sleeps: number[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
});
afterAll(async () => {
  await app?.close();
  await testDb.close();
});

async function start(options: { webhookTimeoutMs?: number } = {}) {
  await app?.close();
  await testDb.reset();
  sleeps.length = 0;
  telegram = createFakeTelegram();
  // Waits for a 429 are recorded, not slept, so the tests stay quick.
  bot = createWebhookTestBot(testDb.database.db, telegram, { sleep: async (ms) => void sleeps.push(ms) });
  app = await createServer({ database: testDb.database, logger: pino({ level: "silent" }), webhook: { bot, secret: SECRET, timeoutMs: options.webhookTimeoutMs } });
}

/** Posts an update as Telegram does, and carries out the call a 200 answer may hold (a webhook reply). */
const post = async (update: Update) => {
  const res = await app.inject({ method: "POST", url: WEBHOOK_PATH, headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: update as object });
  if (res.statusCode === 200) void telegram.handleWebhookReply(res.body);
  return res;
};

/** A participant through the webhook: consented and looking at the survey's first question. */
async function surveyTaker(id: number, language = "English"): Promise<TestChat> {
  const chat = new TestChat(bot, telegram, { id, first_name: `User ${id}`, language_code: "en" });
  await chat.onboard(language);
  await chat.tap(/Start the questions|Aloita|ابدأ/);
  return chat;
}

const participantOf = (id: number) => findParticipantByTelegramId(testDb.database.db, id);
const answersOf = async (id: number) => loadAnswers(testDb.database.db, (await participantOf(id))!.id);
const pending = async () => (await testDb.database.db.select({ n: count() }).from(pendingReplies))[0]!.n;

function firstButton(message: Message): string {
  const button = message.reply_markup!.inline_keyboard.flat()[0] as { callback_data: string };
  return button.callback_data;
}

describe("a refused Bot API call never loses what the participant did", () => {
  beforeEach(() => start());

  it("stores the answer of a participant who blocked the bot, marks them unreachable and answers 200", async () => {
    const chat = await surveyTaker(901);
    expect(chat.texts().at(-1)).toContain("Where do you live?");
    telegram.failNext("sendMessage", { kind: "blocked", chatId: 901, times: 100 });
    const press = telegram.callbackUpdate(chat.user, firstButton(chat.lastMessage()));

    expect((await post(press)).statusCode).toBe(200);
    expect(await answersOf(901)).toHaveProperty("region");
    expect((await participantOf(901))!.reachable).toBe(false);
    expect(await pending()).toBe(0);
    // Delivered again all the same: still 200, nothing asked twice.
    expect((await post(press)).statusCode).toBe(200);
  });

  it("handles a press whose acknowledgement Telegram refuses as too old", async () => {
    const chat = await surveyTaker(902);
    telegram.failNext("answerCallbackQuery", { kind: "query-too-old", times: 5 });
    const before = chat.texts().length;
    const press = telegram.callbackUpdate(chat.user, firstButton(chat.lastMessage()));

    expect((await post(press)).statusCode).toBe(200);
    expect(await answersOf(902)).toHaveProperty("region");
    expect(chat.texts().slice(before).at(-1)).toContain("How long have you lived in Finland?");
  });

  it.each([
    ["a chat not found", { kind: "chat-not-found" as const }],
    ["a deactivated account", { kind: "deactivated" as const }],
  ])("treats %s as unreachable, without retrying", async (_name, spec) => {
    const chat = await surveyTaker(903);
    telegram.failNext("sendMessage", { ...spec, chatId: 903, times: 100 });
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(200);
    expect((await participantOf(903))!.reachable).toBe(false);
    expect(telegram.calls.filter((c) => c.method === "sendMessage" && c.status !== 200)).toHaveLength(1);
  });

  it("drops a reply Telegram rejects as malformed and still sends the next one", async () => {
    const chat = await surveyTaker(904);
    telegram.failNext("sendMessage", { status: 400, description: "Bad Request: can't parse entities", chatId: 904 });
    const before = chat.texts().length;
    // Choosing the language again sends two replies: the first is refused, the second goes.
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(200);
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(200);
    expect(chat.texts().length - before).toBe(1);
    expect(await pending()).toBe(0);
  });

  it("shows the question anew when the message with the ticks cannot be edited, and ignores 'not modified'", async () => {
    const chat = await surveyTaker(905);
    await chat.tap(/Kanta-Häme/);
    await chat.tap("1 to 3 years");
    expect(chat.texts().at(-1)).toMatch(/languages/i);
    const question = chat.lastMessage();
    telegram.failNext("editMessageText", { kind: "not-modified" });
    expect((await post(telegram.callbackUpdate(chat.user, firstButton(question), question))).statusCode).toBe(200);
    const shown = chat.texts().length;
    telegram.failNext("editMessageText", { kind: "edit-not-found" });
    expect((await post(telegram.callbackUpdate(chat.user, (question.reply_markup!.inline_keyboard.flat()[1] as { callback_data: string }).callback_data, question))).statusCode).toBe(200);
    expect(await pending()).toBe(0);
    // The question comes again as a new message, with the tick on it.
    expect(chat.texts()).toHaveLength(shown + 1);
    expect(chat.texts().at(-1)).toBe(question.text);
    // Both presses count: the first edit was "not modified" on Telegram's side, the tick kept.
    expect(chat.buttons().filter((b) => b.text.startsWith("✅"))).toHaveLength(2);
    // The ticks are kept in the session whatever Telegram did to the message.
    await chat.tap(/Done/);
    expect((await answersOf(905)).languages).toHaveLength(2);
  });
});

describe("no message twice, none lost, none out of order", () => {
  beforeEach(() => start());

  it("sends each of three replies exactly once, in order, when the second fails once and the chat is drained again", async () => {
    await surveyTaker(910);
    const before = telegram.sent(910).length;
    // Three replies no handler would merge (each with its own buttons), stored as an update stores them.
    const batch = new UpdateReplies();
    for (const n of [1, 2, 3]) {
      batch.replies.push({ method: "sendMessage", payload: { chat_id: 910, text: `reply ${n}`, reply_markup: { inline_keyboard: [[{ text: `${n}`, callback_data: `x:${n}` }]] } } });
    }
    const stored = await testDb.database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}, hashtext('910'))`);
      return storeReplies(tx, 1, 910, batch);
    });
    let calls = 0;
    const original = telegram.call.bind(telegram);
    (telegram as unknown as { call: typeof telegram.call }).call = async (token, method, payload, signal) => {
      if (method === "sendMessage" && payload.chat_id === 910 && ++calls === 2) return { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } };
      return original(token, method, payload, signal);
    };
    await expect(bot.replies.drain(910, stored.own!.rows)).rejects.toBeInstanceOf(RepliesPendingError);
    expect(telegram.sentTexts(910).slice(before)).toEqual(["reply 1"]);
    await bot.replies.drain(910);
    await bot.replies.drain(910);
    expect(telegram.sentTexts(910).slice(before)).toEqual(["reply 1", "reply 2", "reply 3"]);
    expect(await pending()).toBe(0);
  });

  it("sends each of twenty chats answered at once its reply exactly once, and a reply queued for one of them meanwhile too", async () => {
    const ids = Array.from({ length: 20 }, (_, i) => 930 + i);
    const chats = [];
    for (const id of ids) chats.push(await surveyTaker(id));
    const before = new Map(ids.map((id) => [id, telegram.sent(id).length]));
    // While chat 930's reply is on its way, another update (say a reminder) queues one more for that chat.
    const original = telegram.call.bind(telegram);
    let queued = false;
    (telegram as unknown as { call: typeof telegram.call }).call = async (token, method, payload, signal) => {
      if (method === "sendMessage" && payload.chat_id === 930 && !queued) {
        queued = true;
        await testDb.database.db.insert(pendingReplies).values({ chatId: 930, updateId: 1, method: "sendMessage", payload: { chat_id: 930, text: "queued meanwhile" } });
      }
      return original(token, method, payload, signal);
    };
    const answers = await Promise.all(chats.map((chat) => post(telegram.callbackUpdate(chat.user, firstButton(chat.lastMessage())))));
    expect(answers.map((a) => a.statusCode)).toEqual(ids.map(() => 200));
    for (const id of ids) {
      const texts = telegram.sentTexts(id).slice(before.get(id)!);
      expect(texts).toHaveLength(id === 930 ? 2 : 1);
      expect(await answersOf(id)).toHaveProperty("region");
    }
    expect(telegram.sentTexts(930).at(-1)).toBe("queued meanwhile");
    expect(await pending()).toBe(0);
  });

  it("sends the /mydata summary and its file exactly once, in order, when the file fails once and the update is delivered again", async () => {
    const chat = await surveyTaker(915);
    await chat.tap(/Kanta-Häme/);
    telegram.failNext("sendDocument", { kind: "server" });
    const mydata = telegram.textUpdate(chat.user, "/mydata");
    const callsBefore = telegram.calls.length;
    expect((await post(mydata)).statusCode).toBe(500);
    expect((await post(mydata)).statusCode).toBe(200);
    expect((await post(mydata)).statusCode).toBe(200);
    const delivered = telegram.calls.slice(callsBefore).filter((c) => c.status === 200).map((c) => c.method);
    expect(delivered).toEqual(["sendMessage", "sendDocument"]);
    expect(await pending()).toBe(0);
  });

  it("sends nothing again when a dropped connection hid that Telegram took the message", async () => {
    const chat = await surveyTaker(911);
    const before = chat.texts().length;
    telegram.failNext("sendMessage", { drop: true, delivered: false, chatId: 911 });
    const press = telegram.callbackUpdate(chat.user, firstButton(chat.lastMessage()));
    expect((await post(press)).statusCode).toBe(500);
    expect(await answersOf(911)).toHaveProperty("region");
    expect((await post(press)).statusCode).toBe(200);
    expect(chat.texts().slice(before)).toHaveLength(1);
  });

  it("waits out a short 429 within the update, and leaves a long one to a redelivery", async () => {
    const chat = await surveyTaker(912);
    telegram.failNext("sendMessage", { kind: "flood", retryAfter: 3, chatId: 912 });
    const before = chat.texts().length;
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(200);
    expect(sleeps).toEqual([3000]);
    expect(chat.texts().length - before).toBe(1);

    telegram.failNext("sendMessage", { kind: "flood", retryAfter: 60, chatId: 912 });
    const help = telegram.textUpdate(chat.user, "/help");
    expect((await post(help)).statusCode).toBe(500);
    expect(await pending()).toBe(1);
    const [row] = await testDb.database.db.select().from(pendingReplies);
    expect(row!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(50_000);
    // Nothing goes to the chat during Telegram's flood wait: not the redelivery, not a new
    // message of the participant, not the retry job.
    const sendsBefore = telegram.calls.filter((c) => c.method === "sendMessage").length;
    expect((await post(help)).statusCode).toBe(200);
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(200);
    await bot.replies.retryDue(new Date());
    expect(telegram.calls.filter((c) => c.method === "sendMessage").length).toBe(sendsBefore);
    expect(await pending()).toBe(2);
    // Once the wait is over (played by moving the rows' times back), both go, in order.
    await testDb.database.db.update(pendingReplies).set({ leaseUntil: new Date(Date.now() - 1000), nextAttemptAt: new Date(Date.now() - 1000) }).where(eq(pendingReplies.chatId, 912));
    expect(await bot.replies.retryDue(new Date())).toEqual({ chats: 1, failed: 0 });
    expect(chat.texts().length - before).toBe(3);
    expect(await pending()).toBe(0);
  });

  it("sends what is pending through the retry job when no redelivery comes (polling mode, a crash)", async () => {
    const chat = await surveyTaker(913);
    telegram.failNext("sendMessage", { kind: "server", chatId: 913 });
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(500);
    expect(await pending()).toBe(1);
    // Not due yet: the job leaves it.
    expect(await bot.replies.retryDue(new Date())).toEqual({ chats: 0, failed: 0 });
    expect(await bot.replies.retryDue(new Date(Date.now() + 60_000))).toEqual({ chats: 1, failed: 0 });
    expect(await pending()).toBe(0);
    expect(chat.texts().at(-1)).toMatch(/help|commands|can/i);
  });

  it("lets a hung call time the webhook out without ending the process, and handles the redelivery once", async () => {
    await start({ webhookTimeoutMs: 200 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const chat = await surveyTaker(914);
      const before = chat.texts().length;
      telegram.failNext("sendMessage", { hang: true, chatId: 914 });
      const help = telegram.textUpdate(chat.user, "/help");
      const first = await post(help);
      expect(first.statusCode).toBe(503);
      // Telegram gives up on the hung call (here: the fake lets go), the handler fails late.
      await telegram.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await post(help)).statusCode).toBe(200);
      expect(chat.texts().slice(before)).toHaveLength(1);
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

describe("calls that hang, and shutting down", () => {
  beforeEach(() => start());

  it("does not let a hung button acknowledgement hold the chat's next update (polling: acknowledged by a Bot API call)", async () => {
    const chat = await surveyTaker(916);
    telegram.failNext("answerCallbackQuery", { hang: true });
    // Straight to the bot, as polling hands it updates: no webhook answer to carry the acknowledgement.
    await chat.press(firstButton(chat.lastMessage()));
    expect(await answersOf(916)).toHaveProperty("region");
    const before = chat.texts().length;
    expect((await post(telegram.textUpdate(chat.user, "/help"))).statusCode).toBe(200);
    expect(chat.texts().length).toBe(before + 1);
    await telegram.close();
  });

  it("acknowledges a press in the webhook's 200 answer, not by a Bot API request of its own", async () => {
    const chat = await surveyTaker(917);
    const press = telegram.callbackUpdate(chat.user, firstButton(chat.lastMessage()));
    const acksBefore = telegram.calls.filter((c) => c.method === "answerCallbackQuery").length;
    const res = await app.inject({ method: "POST", url: WEBHOOK_PATH, headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: press as object });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ method: "answerCallbackQuery", callback_query_id: press.callback_query!.id });
    expect(telegram.calls.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(acksBefore);
    // The press itself was handled: the answer stored and the next question sent.
    expect(await answersOf(917)).toHaveProperty("region");
    expect(chat.texts().at(-1)).toContain("How long have you lived in Finland?");
  });

  it("acknowledges nothing for a press whose update failed (500): the delivery that succeeds acknowledges it, once", async () => {
    const chat = await surveyTaker(918);
    const press = telegram.callbackUpdate(chat.user, firstButton(chat.lastMessage()));
    telegram.failNext("sendMessage", { kind: "server", times: 1 });
    const first = await app.inject({ method: "POST", url: WEBHOOK_PATH, headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: press as object });
    expect(first.statusCode).toBe(500);
    expect(first.body).not.toContain("answerCallbackQuery");
    const again = await post(press);
    expect(again.statusCode).toBe(200);
    expect(telegram.calls.filter((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === press.callback_query!.id)).toHaveLength(1);
    expect(chat.texts().at(-1)).toContain("How long have you lived in Finland?");
  });

  it("closes webhook connections Telegram keeps alive, so a shutdown ends", async () => {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = app.server.address() as { port: number };
    const agent = new http.Agent({ keepAlive: true });
    const body = JSON.stringify(telegram.textUpdate({ id: 917, first_name: "K" }, "/start"));
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, path: WEBHOOK_PATH, method: "POST", agent, headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      request.on("error", reject);
      request.end(body);
    });
    expect(status).toBe(200);
    // The agent keeps the socket open; close() must still end (the test times out if not).
    await app.close();
    agent.destroy();
  });
});

describe("the chat's state as Telegram reports it", () => {
  beforeEach(() => start());

  const memberUpdate = (userId: number, status: "kicked" | "member"): Update =>
    ({
      update_id: Math.floor(Math.random() * 1e9),
      my_chat_member: {
        chat: { id: userId, type: "private", first_name: "P" },
        from: { id: userId, is_bot: false, first_name: "P" },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: status === "kicked" ? "member" : "kicked", user: telegram.botInfo },
        new_chat_member: { status, user: telegram.botInfo, ...(status === "kicked" ? { until_date: 0 } : {}) },
      },
    }) as Update;

  it("follows blocking and unblocking, and never flips an unreachable participant back by a block notice", async () => {
    await surveyTaker(920);
    expect((await post(memberUpdate(920, "kicked"))).statusCode).toBe(200);
    expect((await participantOf(920))!.reachable).toBe(false);
    expect((await post(memberUpdate(920, "kicked"))).statusCode).toBe(200);
    expect((await participantOf(920))!.reachable).toBe(false);
    expect((await post(memberUpdate(920, "member"))).statusCode).toBe(200);
    expect((await participantOf(920))!.reachable).toBe(true);
    // Nothing is said to them about it.
    expect(telegram.sent(920).at(-1).text).toContain("Where do you live?");
  });

  it("creates nobody for a block notice of someone who never wrote", async () => {
    expect((await post(memberUpdate(921, "member"))).statusCode).toBe(200);
    expect(await participantOf(921)).toBeUndefined();
  });

  it("answers an album once and counts it once towards the offer of a person", async () => {
    const chat = new TestChat(bot, telegram, { id: 922, first_name: "P", language_code: "en" });
    await chat.onboard("English");
    const before = chat.texts().length;
    const photo = (n: number) =>
      ({ ...chat.telegram.textUpdate(chat.user, "x"), message: { ...(chat.telegram.textUpdate(chat.user, "x") as { message: Message }).message, text: undefined, media_group_id: "album-1", photo: [{ file_id: `f${n}`, file_unique_id: `u${n}`, width: 1, height: 1 }] } }) as Update;
    expect((await post(photo(1))).statusCode).toBe(200);
    const oneAnswer = chat.texts().slice(before);
    expect(oneAnswer[0]).toMatch(/did not understand/);
    for (const n of [2, 3]) expect((await post(photo(n))).statusCode).toBe(200);
    expect(chat.texts().slice(before)).toEqual(oneAnswer);
    expect((await participantOf(922))!.notUnderstood).toBe(1);
    // A second album is a second "not understood": now a person is offered.
    const second = (n: number) => ({ ...photo(n), message: { ...(photo(n) as { message: Message }).message, media_group_id: "album-2" } }) as Update;
    for (const n of [4, 5]) await post(second(n));
    expect((await participantOf(922))!.notUnderstood).toBe(2);
    expect(chat.texts().slice(before).filter((t) => /did not understand|person/i.test(t)).length).toBeGreaterThanOrEqual(2);
    expect(chat.buttons().map((b) => b.callback_data)).toContain("handoff:unclear");
  });

  it("keeps a shared location's coordinates and a contact's name and number in a chat with a counsellor", async () => {
    const chat = await surveyTaker(923);
    await chat.send("/counsellor");
    const base = (chat.telegram.textUpdate(chat.user, "x") as { message: Message }).message;
    const { text: _t, ...rest } = base;
    await post({ update_id: 7_000_001, message: { ...rest, location: { latitude: 60.98267, longitude: 25.66151 } } } as Update);
    await post({ update_id: 7_000_002, message: { ...rest, message_id: base.message_id + 1, contact: { phone_number: "+358401234567", first_name: "Amina", last_name: "K" } } } as Update);
    const kept = await testDb.database.db.select().from(escalationMessages).orderBy(escalationMessages.id);
    expect(kept.map((m) => m.details)).toEqual([
      { kind: "location", latitude: 60.98267, longitude: 25.66151, mapUrl: "https://www.openstreetmap.org/?mlat=60.98267&mlon=25.66151#map=17/60.98267/25.66151" },
      { kind: "contact", name: "Amina K", phoneNumber: "+358401234567" },
    ]);
  });
});

describe("updates nobody planned for", () => {
  beforeEach(() => start());

  const from = { id: 930, is_bot: false, first_name: "Someone" };
  const chat = { id: 930, type: "private" as const, first_name: "Someone" };
  const date = Math.floor(Date.now() / 1000);
  const unplanned: [string, Record<string, unknown>][] = [
    ["a Telegram Business message", { business_message: { message_id: 1, date, chat, from, text: "hello", business_connection_id: "bc1" } }],
    ["a reaction", { message_reaction: { chat, message_id: 1, user: from, date, old_reaction: [], new_reaction: [{ type: "emoji", emoji: "👍" }] } }],
    ["a channel post", { channel_post: { message_id: 1, date, chat: { id: -100123, type: "channel", title: "C" }, text: "news" } }],
    ["a chat boost", { chat_boost: { chat: { id: -100123, type: "channel", title: "C" }, boost: { boost_id: "b", add_date: date, expiration_date: date + 100, source: { source: "premium", user: from } } } }],
    ["a message in a group", { message: { message_id: 1, date, chat: { id: -5001, type: "group", title: "G" }, from, text: "/start" } }],
    ["an update type from a later Bot API", { future_thing: { chat, from, text: "?" } }],
  ];

  it.each(unplanned)("answers %s with 200 and stores nothing", async (_name, body) => {
    const res = await post({ update_id: 8_000_000 + Math.floor(Math.random() * 1000), ...body } as Update);
    expect(res.statusCode).toBe(200);
    expect((await testDb.database.db.select({ n: count() }).from(participants))[0]!.n).toBe(0);
    expect((await testDb.database.db.select({ n: count() }).from(processedUpdates))[0]!.n).toBe(0);
    expect(telegram.calls.filter((c) => c.method === "sendMessage")).toEqual([]);
  });

  it("acts on a button press only for the chat it came from and the person who pressed it", async () => {
    const owner = await surveyTaker(931);
    await surveyTaker(932);
    const question = owner.lastMessage();
    // Person 932 presses a button under a message of chat 931 (as if forwarded or forged).
    const forged = telegram.callbackUpdate({ id: 932, first_name: "Other" }, firstButton(question), question);
    expect((await post(forged)).statusCode).toBe(200);
    expect(await answersOf(931)).toEqual({});
    expect(await answersOf(932)).toEqual({});
    // The spinner still stops.
    expect(telegram.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)!.payload.callback_query_id).toBe(forged.callback_query!.id);
  });
});

describe("the participant row", () => {
  beforeEach(() => start());
  it("is kept reachable by every message they write (they are evidently there)", async () => {
    await surveyTaker(940);
    await testDb.database.db.update(participants).set({ reachable: false }).where(eq(participants.telegramUserId, 940));
    await post(telegram.textUpdate({ id: 940 }, "/help"));
    expect((await participantOf(940))!.reachable).toBe(true);
  });

  it("says whose chat is with a counsellor by the participant, not by a number that happens to match", async () => {
    // Three participants, and the only live chat with a counsellor is the third one's: its
    // escalation has id 1, which is the first participant's id.
    const first = await surveyTaker(941);
    await surveyTaker(942);
    const third = await surveyTaker(943);
    await post(telegram.textUpdate(third.user, "/counsellor"));
    const [live] = await testDb.database.db.select().from(escalations);
    expect(live!.participantId).toBe((await participantOf(943))!.id);
    expect(live!.id).toBe((await participantOf(941))!.id);

    await post(telegram.textUpdate(third.user, "my landlord"));
    await post(telegram.textUpdate(first.user, "Zz hello"));
    const relayed = await testDb.database.db.select().from(escalationMessages);
    expect(relayed.map((m) => m.text)).toEqual(["my landlord"]);
    expect(first.texts().at(-1)).not.toMatch(/counsellor has your message|forwarded/i);
  });
});
