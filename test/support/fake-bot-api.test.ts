import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Api, Bot, BotError, GrammyError, HttpError, InlineKeyboard, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { FAKE_BOT_INFO, startFakeBotApi, type FailureKind, type FakeBotApi } from "./fake-bot-api.js";
import { createFakeTelegram } from "./fake-fetch.js";
import type { FakeTelegram, FakeTelegramOptions } from "./fake-telegram-core.js";

const TOKEN = "123456:test-token";

/** Closes what a test opened, even when it fails. */
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(options?: Parameters<typeof startFakeBotApi>[0]): Promise<{ fake: FakeBotApi; api: Api }> {
  const fake = await startFakeBotApi(options);
  cleanups.push(() => fake.close());
  return { fake, api: new Api(TOKEN, { apiRoot: fake.apiRoot }) };
}

/** A raw JSON POST to the fake, for what grammY's Api would not send. */
async function post(fake: FakeBotApi, method: string, payload: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${fake.apiRoot}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: await response.json() };
}

describe("fake Bot API server", () => {
  it("answers getMe with the fixed bot user and records the token", async () => {
    const { fake, api } = await start();
    const me = await api.getMe();
    expect(me).toMatchObject({ id: 7000000001, is_bot: true, first_name: "Test bot", username: "test_bot" });
    expect(me).toEqual(FAKE_BOT_INFO);
    expect(fake.calls).toMatchObject([{ method: "getMe", token: TOKEN, status: 200 }]);
    expect(fake.tokens).toEqual([TOKEN]);
  });

  it("records sendMessage and numbers messages per chat", async () => {
    const { fake, api } = await start();
    const keyboard = new InlineKeyboard().text("Yes", "answer:yes");
    const first = await api.sendMessage(42, "Hello", { reply_markup: keyboard });
    const second = await api.sendMessage(42, "Again");
    const other = await api.sendMessage(43, "Other chat");

    expect(first).toMatchObject({
      message_id: 1,
      chat: { id: 42, type: "private" },
      from: { id: 7000000001, is_bot: true },
      text: "Hello",
      reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "answer:yes" }]] },
    });
    expect(second.message_id).toBe(2);
    expect(second.reply_markup).toBeUndefined();
    expect(other.message_id).toBe(1);
    expect(fake.sent(42).map((p) => p.text)).toEqual(["Hello", "Again"]);
    expect(fake.sent()).toHaveLength(3);

    fake.clear();
    expect(fake.calls).toHaveLength(0);
  });

  it("edits messages and presses buttons on the last message", async () => {
    const { fake, api } = await start();
    const sent = await api.sendMessage(42, "Pick one", {
      reply_markup: new InlineKeyboard().text("A", "pick:a"),
    });
    const edited = await api.editMessageText(42, sent.message_id, "Picked", {
      reply_markup: new InlineKeyboard().text("Undo", "undo"),
    });
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "Picked" });

    const update = fake.pressButton({ id: 42, first_name: "Anna" }, "undo");
    expect(update.callback_query).toMatchObject({
      chat_instance: "1",
      data: "undo",
      from: { id: 42, first_name: "Anna", is_bot: false },
      message: { message_id: sent.message_id, text: "Picked" },
    });
    expect(update.callback_query?.id).toEqual(expect.any(String));

    // Like Telegram, an edit without reply_markup drops the keyboard.
    const plain = await api.editMessageReplyMarkup(42, sent.message_id);
    expect(plain).toMatchObject({ message_id: sent.message_id });
    expect(fake.lastMessage(42)?.reply_markup).toBeUndefined();
  });

  it("builds command messages with a bot_command entity", async () => {
    const { fake } = await start();
    const update = fake.sendText({ id: 5, language_code: "fi" }, "/start@test_bot payload");
    expect(update.message).toMatchObject({
      chat: { id: 5, type: "private" },
      from: { id: 5, is_bot: false, language_code: "fi" },
      text: "/start@test_bot payload",
      entities: [{ type: "bot_command", offset: 0, length: "/start@test_bot".length }],
    });
    expect(fake.sendText({ id: 5 }, "hello").message?.entities).toBeUndefined();
  });

  it("long-polls getUpdates, returns pushed updates and honours offset", async () => {
    const { fake, api } = await start();
    const polling = api.getUpdates({ timeout: 10 });
    await fake.waitFor((call) => call.method === "getUpdates");
    const startedAt = Date.now();
    const pushed = fake.sendText({ id: 42 }, "hi");

    const updates = await polling;
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(updates).toEqual([pushed]);

    // Without confirming, the update comes again; offset confirms it.
    expect(await api.getUpdates({ timeout: 0 })).toEqual([pushed]);
    const next = fake.sendText({ id: 42 }, "second");
    expect(next.update_id).toBe(pushed.update_id + 1);
    expect(await api.getUpdates({ offset: pushed.update_id + 1, timeout: 0 })).toEqual([next]);
    expect(await api.getUpdates({ offset: next.update_id + 1, timeout: 0 })).toEqual([]);
    expect(fake.pendingUpdates).toHaveLength(0);
  });

  it("ends an idle long poll after maxPollMs and on close", async () => {
    const { fake, api } = await start({ maxPollMs: 200 });
    const startedAt = Date.now();
    expect(await api.getUpdates({ timeout: 30 })).toEqual([]);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150);

    const { fake: other } = await start();
    const pending = new Api(TOKEN, { apiRoot: other.apiRoot }).getUpdates({ timeout: 30 });
    await other.waitFor((call) => call.method === "getUpdates");
    await other.close();
    expect(await pending).toEqual([]);
    expect(fake.calls.map((c) => c.method)).toEqual(["getUpdates"]);
  });

  it("runs a grammY bot by long polling", async () => {
    const { fake } = await start({ maxPollMs: 500 });
    const bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
    bot.command("start", (ctx) => ctx.reply(`Hello ${ctx.from?.first_name}`));
    void bot.start();
    cleanups.push(() => bot.stop());

    fake.sendText({ id: 42, first_name: "Anna" }, "/start");
    const [reply] = await fake.waitForSent(42, 1);
    expect(reply).toMatchObject({ chat_id: 42, text: "Hello Anna" });
  });

  it("injects failures with failNext, optionally per chat", async () => {
    const { fake, api } = await start();
    fake.failNext("sendMessage", { status: 429, retryAfter: 3, times: 2 });
    fake.failNext("sendMessage", { status: 403, chatId: 7 });

    const error = await api.sendMessage(42, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({
      error_code: 429,
      description: "Too Many Requests: retry after 3",
      parameters: { retry_after: 3 },
    });
    const raw = await post(fake, "sendMessage", { chat_id: 42, text: "x" });
    expect(raw).toEqual({
      status: 429,
      body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } },
    });
    await expect(api.sendMessage(42, "x")).resolves.toMatchObject({ text: "x" });

    await expect(api.sendMessage(7, "blocked")).rejects.toMatchObject({ error_code: 403 });
    await expect(api.sendMessage(7, "again")).resolves.toMatchObject({ text: "again" });
    // Failed calls are recorded but are not in sent().
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(5);
    expect(fake.sent().map((p) => p.text)).toEqual(["x", "again"]);
  });

  it("rate-limits sendMessage when asked", async () => {
    const { fake, api } = await start();
    fake.setRateLimit({ perChatPerSecond: 2 });
    const results = await Promise.allSettled([1, 2, 3].map((n) => api.sendMessage(42, `m${n}`)));
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(fake.rejected429).toBe(1);
    await expect(api.sendMessage(43, "other chat")).resolves.toBeDefined();
  });

  it("rejects empty and too long texts like Telegram", async () => {
    const { api } = await start();
    await expect(api.sendMessage(42, "")).rejects.toMatchObject({ error_code: 400 });
    await expect(api.sendMessage(42, "x".repeat(4097))).rejects.toMatchObject({
      description: "Bad Request: message is too long",
    });
  });

  it("accepts sendDocument as JSON and as a multipart upload", async () => {
    const { fake, api } = await start();
    const byId = await api.sendDocument(42, "file-id-1", { caption: "report" });
    expect(byId).toMatchObject({ document: { file_id: "file-id-1" }, caption: "report" });

    const upload = await api.sendDocument(42, new InputFile(Buffer.from("a;b\n1;2\n"), "export.csv"));
    expect(upload.document).toMatchObject({ file_name: "export.csv", file_size: 8 });
    const call = await fake.waitFor((c) => c.method === "sendDocument" && typeof c.payload.document === "object");
    expect(call.payload.chat_id).toBe(42);
    expect(call.payload.document.data.toString()).toBe("a;b\n1;2\n");
  });

  it("waitFor times out listing the last methods", async () => {
    const { fake, api } = await start();
    await api.getMe();
    await expect(fake.waitFor((c) => c.method === "sendMessage", 50)).rejects.toThrow(
      /Timed out after 50 ms.*last recorded methods: getMe/,
    );
  });

  it("delivers updates to a webhook with the secret and retries after a 500", async () => {
    const { fake, api } = await start();
    const received: Array<{ secret: string | undefined; update: Update }> = [];
    let failuresLeft = 1;
    const hook = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        received.push({
          secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined,
          update: JSON.parse(body) as Update,
        });
        if (failuresLeft-- > 0) res.writeHead(500).end();
        else res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => hook.close(() => resolve())));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/telegram`;

    await api.setWebhook(hookUrl, { secret_token: "s3cret" });
    expect(fake.webhook).toEqual({ url: hookUrl, secretToken: "s3cret" });
    const first = fake.sendText({ id: 42 }, "one");
    const second = fake.sendText({ id: 42 }, "two");

    const startedAt = Date.now();
    await waitUntil(() => received.length >= 3);
    // First attempt failed with 500, retried ~200 ms later, then the next update.
    expect(received.map((r) => r.update.update_id)).toEqual([first.update_id, first.update_id, second.update_id]);
    expect(received.every((r) => r.secret === "s3cret")).toBe(true);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150);
    await waitUntil(() => fake.pendingUpdates.length === 0);

    // getUpdates conflicts while the webhook is set, and works after deleteWebhook.
    await expect(api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
    await api.deleteWebhook();
    const third = fake.sendText({ id: 42 }, "three");
    expect(await api.getUpdates({ timeout: 0 })).toEqual([third]);
    expect(received).toHaveLength(3);
  });
});

describe("fake fetch", () => {
  it("answers grammY in process with real Responses", async () => {
    const telegram = createFakeTelegram();
    const bot = new Bot(TOKEN, { botInfo: telegram.botInfo, client: { fetch: telegram.fetch } });
    bot.command("start", (ctx) => ctx.reply("Welcome", { reply_markup: new InlineKeyboard().text("Go", "go") }));
    bot.callbackQuery("go", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText("Going");
    });

    await bot.handleUpdate(telegram.textUpdate({ id: 42 }, "/start"));
    expect(telegram.sent(42)).toMatchObject([{ chat_id: 42, text: "Welcome" }]);

    await bot.handleUpdate(telegram.callbackUpdate({ id: 42 }, "go"));
    expect(telegram.calls.map((c) => c.method)).toEqual(["sendMessage", "answerCallbackQuery", "editMessageText"]);
    expect(telegram.lastMessage(42)).toMatchObject({ text: "Going" });

    telegram.failNext("sendMessage", { status: 403 });
    await expect(bot.api.sendMessage(42, "x")).rejects.toMatchObject({ error_code: 403 });
    telegram.clear();
    expect(telegram.calls).toEqual([]);

    const response = await telegram.fetch(`https://api.telegram.org/bot${TOKEN}/getMe`, { method: "POST", body: "{}" });
    expect(response).toBeInstanceOf(Response);
    expect(await response.json()).toEqual({ ok: true, result: FAKE_BOT_INFO });
  });
});

/** The same behaviours through both transports: the HTTP server and the in-process fetch. */
const transports: Array<{
  name: string;
  start(options?: FakeTelegramOptions): Promise<{ fake: FakeTelegram; api: Api }>;
}> = [
  { name: "server", start },
  {
    name: "fetch",
    async start(options) {
      const fake = createFakeTelegram(options);
      cleanups.push(() => fake.close());
      return { fake, api: new Api(TOKEN, { fetch: fake.fetch }) };
    },
  },
];

/** Settles to "pending" when `promise` has not settled within `ms`. */
async function stateAfter(promise: Promise<unknown>, ms: number): Promise<"pending" | "settled"> {
  const settled = promise.then(
    () => "settled" as const,
    () => "settled" as const,
  );
  return Promise.race([settled, new Promise<"pending">((resolve) => setTimeout(() => resolve("pending"), ms))]);
}

describe.each(transports)("fake Telegram behaving like production ($name)", ({ name, start: startFake }) => {
  it("answers successes and failures after the configured latency", async () => {
    const { fake, api } = await startFake({ latencyMs: 80 });
    let startedAt = Date.now();
    await api.getMe();
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(80);
    const [getMe] = fake.calls;
    expect(getMe!.answeredAt! - getMe!.at).toBeGreaterThanOrEqual(80);

    fake.setLatency(150);
    expect(fake.latencyMs).toBe(150);
    fake.failNext("sendMessage", { kind: "blocked" });
    startedAt = Date.now();
    await expect(api.sendMessage(42, "x")).rejects.toBeInstanceOf(GrammyError);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150);

    // The message counts in sent() only once its answer is given.
    const sending = api.sendMessage(42, "late");
    const arrived = await fake.waitFor((c) => c.method === "sendMessage" && c.payload.text === "late");
    expect(arrived.status).toBeUndefined();
    expect(fake.sentTexts(42)).toEqual([]);
    await fake.waitForSent(42, 1);
    expect(arrived.status).toBe(200);
    expect(arrived.answeredAt! - arrived.at).toBeGreaterThanOrEqual(150);
    await sending;

    // getUpdates is delayed when it answers at once with updates.
    const pushed = fake.sendText({ id: 42 }, "hi");
    startedAt = Date.now();
    expect(await api.getUpdates({ timeout: 0 })).toEqual([pushed]);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(150);
  });

  it("drops the connection without an answer; grammY sees an HttpError", async () => {
    const { fake, api } = await startFake();
    fake.failNext("sendMessage", { drop: true, chatId: 7, times: 2 });

    const error = await api.sendMessage(7, "lost").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    if (name === "fetch") {
      expect((error as HttpError).error).toMatchObject({
        name: "TypeError",
        message: "fetch failed",
        cause: { message: "socket hang up", code: "ECONNRESET" },
      });
    }
    await expect(api.sendMessage(42, "other chat")).resolves.toMatchObject({ text: "other chat" });
    await expect(api.sendMessage(7, "lost again")).rejects.toBeInstanceOf(HttpError);
    await expect(api.sendMessage(7, "through")).resolves.toMatchObject({ text: "through" });

    // Not delivered: recorded with status 0 and left out of sent().
    expect(fake.calls.filter((c) => c.dropped)).toMatchObject([
      { payload: { text: "lost" }, status: 0 },
      { payload: { text: "lost again" }, status: 0 },
    ]);
    expect(fake.sentTexts(7)).toEqual(["through"]);
    expect(fake.lastMessage(7)).toMatchObject({ message_id: 1, text: "through" });
  });

  it("drops the answer of a delivered call, so a retry sends twice", async () => {
    const { fake, api } = await startFake({ latencyMs: 50 });
    fake.failNext("sendMessage", { drop: true, delivered: true });

    const startedAt = Date.now();
    await expect(api.sendMessage(42, "reminder")).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(50);
    expect(fake.calls[0]).toMatchObject({ status: 200, dropped: true });
    expect(fake.sentTexts(42)).toEqual(["reminder"]);
    expect(fake.lastMessage(42)).toMatchObject({ message_id: 1, text: "reminder" });

    await api.sendMessage(42, "reminder");
    expect(fake.sentTexts(42)).toEqual(["reminder", "reminder"]);
    expect(fake.sent(42)).toHaveLength(2);
  });

  it("hangs a call until the client aborts", async () => {
    const { fake, api } = await startFake();
    fake.failNext("sendMessage", { hang: true });
    const controller = new AbortController();
    // grammY types its signal with the abort-controller polyfill's AbortSignal.
    const signal = controller.signal as unknown as NonNullable<Parameters<Api["getMe"]>[0]>;
    const pending = api.sendMessage(42, "stuck", undefined, signal);
    pending.catch(() => {});

    const call = await fake.waitFor((c) => c.method === "sendMessage");
    expect(await stateAfter(pending, 150)).toBe("pending");
    expect(call.status).toBeUndefined();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(HttpError);
    expect(call.status).toBeUndefined();
    expect(call.answeredAt).toBeUndefined();
    expect(fake.sent()).toEqual([]);
    await expect(api.sendMessage(42, "next")).resolves.toMatchObject({ text: "next" });
  });

  it("hangs a call until close()", async () => {
    const { fake, api } = await startFake();
    fake.failNext("getMe", { hang: true });
    const pending = api.getMe();
    pending.catch(() => {});
    await fake.waitFor((c) => c.method === "getMe");
    expect(await stateAfter(pending, 150)).toBe("pending");
    await fake.close();
    await expect(pending).rejects.toBeInstanceOf(HttpError);
  });

  const telegramTexts: Array<[FailureKind, number, string]> = [
    ["blocked", 403, "Forbidden: bot was blocked by the user"],
    ["deactivated", 403, "Forbidden: user is deactivated"],
    ["chat-not-found", 400, "Bad Request: chat not found"],
    ["query-too-old", 400, "Bad Request: query is too old and response timeout expired or query ID is invalid"],
    [
      "not-modified",
      400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    ],
    ["edit-not-found", 400, "Bad Request: message to edit not found"],
    ["cant-edit", 400, "Bad Request: message can't be edited"],
    ["flood", 429, "Too Many Requests: retry after 1"],
    ["server", 500, "Internal Server Error"],
    ["bad-gateway", 502, "Bad Gateway"],
  ];

  it("injects Telegram's refusals by kind with Telegram's texts", async () => {
    const { fake, api } = await startFake();
    for (const [kind, status, description] of telegramTexts) {
      fake.failNext("editMessageText", { kind });
      const error = await api.editMessageText(42, 1, "new").catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(GrammyError);
      expect(error, kind).toMatchObject({ error_code: status, description });
      // The same with the status given too, as callers used to write it.
      fake.failNext("sendMessage", { status, kind });
      await expect(api.sendMessage(42, "x"), kind).rejects.toMatchObject({ error_code: status, description });
    }

    fake.failNext("sendMessage", { kind: "flood", retryAfter: 7 });
    await expect(api.sendMessage(42, "x")).rejects.toMatchObject({
      error_code: 429,
      description: "Too Many Requests: retry after 7",
      parameters: { retry_after: 7 },
    });
    fake.failNext("sendMessage", { kind: "blocked", description: "Forbidden: custom" });
    await expect(api.sendMessage(42, "x")).rejects.toMatchObject({ error_code: 403, description: "Forbidden: custom" });
    expect(() => fake.failNext("sendMessage", {})).toThrow(/status, a kind, drop or hang/);
    expect(fake.sent()).toEqual([]);
  });

  it("lists sent texts and called methods per chat", async () => {
    const { fake, api } = await startFake();
    await api.sendMessage(42, "one");
    await api.sendChatAction(43, "typing");
    fake.failNext("sendMessage", { kind: "server" });
    await api.sendMessage(42, "failed").catch(() => {});
    await api.sendMessage(42, "two");
    await api.getMe();

    expect(fake.sentTexts(42)).toEqual(["one", "two"]);
    expect(fake.sentTexts()).toEqual(["one", "two"]);
    expect(fake.methodsCalled(42)).toEqual(["sendMessage", "sendMessage", "sendMessage"]);
    expect(fake.methodsCalled()).toEqual(["sendMessage", "sendChatAction", "sendMessage", "sendMessage", "getMe"]);
  });
});

describe("fake fetch driving a grammY Bot", () => {
  it("fails a handler whose reply was delivered but its answer lost", async () => {
    const telegram = createFakeTelegram({ latencyMs: 20 });
    cleanups.push(() => telegram.close());
    const bot = new Bot(TOKEN, { botInfo: telegram.botInfo, client: { fetch: telegram.fetch } });
    bot.command("start", (ctx) => ctx.reply("Welcome"));

    telegram.failNext("sendMessage", { drop: true, delivered: true, chatId: 42 });
    const error = await bot.handleUpdate(telegram.textUpdate({ id: 42 }, "/start")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).error).toBeInstanceOf(HttpError);
    expect(telegram.sentTexts(42)).toEqual(["Welcome"]);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("fake forum groups", () => {
  const GROUP = -1001111111111;

  it("has topics, the bot's rights, pins and posts into threads", async () => {
    const telegram = createFakeTelegram();
    const api = new Api(TOKEN, { fetch: telegram.fetch });
    telegram.addGroup(GROUP, { title: "Ohjaajat" });
    expect(await api.getChat(GROUP)).toEqual({ id: GROUP, type: "supergroup", title: "Ohjaajat", is_forum: true });
    expect(await api.getChatMember(GROUP, telegram.botInfo.id)).toMatchObject({ status: "administrator", can_manage_topics: true, can_pin_messages: true, can_delete_messages: true });

    const topic = await api.createForumTopic(GROUP, "Osallistuja #1 · AR");
    const posted = await api.sendMessage(GROUP, "hello", { message_thread_id: topic.message_thread_id });
    expect(posted).toMatchObject({ message_thread_id: topic.message_thread_id, is_topic_message: true, chat: { type: "supergroup" } });
    await api.sendPhoto(GROUP, "file-1", { message_thread_id: topic.message_thread_id, caption: "a letter" });
    await api.pinChatMessage(GROUP, posted.message_id);
    await api.editForumTopic(GROUP, topic.message_thread_id, { name: "renamed" });
    await api.closeForumTopic(GROUP, topic.message_thread_id);
    await expect(api.closeForumTopic(GROUP, topic.message_thread_id)).rejects.toThrow("TOPIC_NOT_MODIFIED");
    await api.reopenForumTopic(GROUP, topic.message_thread_id);
    expect(telegram.topics(GROUP)).toEqual([{ threadId: topic.message_thread_id, name: "renamed", closed: false, deleted: false }]);
    expect(telegram.pinned(GROUP)).toEqual([posted.message_id]);
    expect(telegram.groupPosts(GROUP, topic.message_thread_id).map((c) => c.method)).toEqual(["sendMessage", "sendPhoto"]);
    await api.deleteForumTopic(GROUP, topic.message_thread_id);
    await expect(api.sendMessage(GROUP, "late", { message_thread_id: topic.message_thread_id })).rejects.toThrow("message thread not found");
  });

  it("refuses topics without a forum or the right, and answers a group's 21st message in a minute with 429", async () => {
    const telegram = createFakeTelegram();
    const api = new Api(TOKEN, { fetch: telegram.fetch });
    let now = 1_000_000;
    telegram.setClock(() => now);
    telegram.addGroup(-1002, { isForum: false });
    await expect(api.createForumTopic(-1002, "x")).rejects.toThrow("the chat is not a forum");
    telegram.addGroup(-1003, { rights: { can_manage_topics: false } });
    await expect(api.createForumTopic(-1003, "x")).rejects.toThrow("not enough rights to manage topics");

    telegram.addGroup(GROUP);
    for (let i = 0; i < 20; i++) {
      now += 1000;
      await api.sendMessage(GROUP, `m${i}`);
    }
    const refused = await api.sendMessage(GROUP, "one too many").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GrammyError);
    expect((refused as GrammyError).error_code).toBe(429);
    // The first of the twenty leaves the minute after 41 s more.
    expect((refused as GrammyError).parameters.retry_after).toBe(41);
    expect(telegram.groupRejected429).toBe(1);
    // Private chats are not limited this way.
    for (let i = 0; i < 25; i++) await api.sendMessage(42, `p${i}`);
    now += 41_000;
    await api.sendMessage(GROUP, "a minute later");
  });
});
