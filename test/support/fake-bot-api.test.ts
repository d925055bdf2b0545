import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Api, Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Update } from "grammy/types";
import { FAKE_BOT_INFO, startFakeBotApi, type FakeBotApi } from "./fake-bot-api.js";
import { createFakeTelegram } from "./fake-fetch.js";

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

async function waitUntil(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
