/**
 * The fake Bot API ("Telegram") of the benchmarks, in the load generator's process: the
 * test suite's fake (test/support/fake-telegram-core.ts) behind a small HTTP server of
 * our own, so that the load generator sees every call the moment it arrives, by chat,
 * with a high-resolution timestamp, and can wait for "the next question of chat X"
 * without scanning every call ever made.
 *
 * Latency: every answer leaves `latencyMs` after its call arrived, as Telegram's do
 * (the real one is some tens of ms away, plus its own processing). The fake's own
 * `setLatency` does this when the fake has it; otherwise this server delays the answer
 * itself with the same rule: a long poll that was waiting when an update came is
 * answered at once (the update travels to a connection already open), an empty poll is
 * not delayed (it would only slow polling down), everything else is.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { Message, Update } from "grammy/types";
import { FakeTelegram, parseApiPath, parseRequestBody, type FakeReply, type FakeUser } from "../test/support/fake-telegram-core.js";

/** What the load generator needs to know about one Bot API call. */
export interface ObservedCall {
  method: string;
  /** The chat the call is about: its chat_id, or the chat of the answered callback query. */
  chat: string | undefined;
  /** performance.now() in this process when the request (its whole body) arrived. */
  at: number;
  /** performance.now() when the answer was written; undefined until then. */
  answeredAt?: number;
  /** A message to the participant (sendMessage or an edit): what "the next question" can be. */
  isMessage: boolean;
  /** It carries an inline keyboard (a question, a menu, a picker). */
  hasKeyboard: boolean;
  /** Callback data of its buttons (for checks). */
  buttons: string[];
  status?: number;
}

const MESSAGE_METHODS = new Set(["sendMessage", "editMessageText", "editMessageReplyMarkup", "editMessageCaption", "sendPhoto", "sendDocument", "sendVoice"]);

type Waiter = { from: number; match: (call: ObservedCall) => boolean; resolve: (index: number) => void };

export class LoopbackTelegram {
  readonly fake: FakeTelegram;
  readonly apiRoot: string;
  readonly port: number;
  /** Who applies the latency: the fake itself (setLatency) or this server. */
  readonly latencyBy: "fake" | "bench";
  #latencyMs = 0;
  readonly #server: http.Server;
  readonly #byChat = new Map<string, ObservedCall[]>();
  readonly #waiters = new Map<string, Set<Waiter>>();
  readonly #callbackChats = new Map<string, string>();
  /** Calls per method, all chats (including getUpdates, getMe…). */
  readonly methodCounts = new Map<string, number>();
  /** Answers that were not 200, by "method status" (e.g. "getUpdates 409"). */
  readonly refusals = new Map<string, number>();
  /** Polling: performance.now() when each update_id was first written in a getUpdates answer. */
  readonly deliveredAt = new Map<number, number>();

  private constructor(server: http.Server, fake: FakeTelegram) {
    this.#server = server;
    this.fake = fake;
    this.port = (server.address() as AddressInfo).port;
    this.apiRoot = `http://127.0.0.1:${this.port}`;
    this.latencyBy = typeof (fake as { setLatency?: unknown }).setLatency === "function" ? "fake" : "bench";
    // A call the bot makes in its webhook answer (a webhook reply, as the app acknowledges
    // presses) is a Bot API call too: observed when the fake carries it out.
    const carryOut = fake.handleWebhookReply.bind(fake);
    fake.handleWebhookReply = (text: string) => {
      try {
        const { method, ...payload } = JSON.parse(text) as { method?: unknown } & Record<string, unknown>;
        if (typeof method === "string") this.#observe(method, payload, performance.now());
      } catch {
        // Not JSON: a plain acknowledgement of the update.
      }
      return carryOut(text);
    };
  }

  static async start(latencyMs = 0): Promise<LoopbackTelegram> {
    const fake = new FakeTelegram({ maxPollMs: 30_000 });
    let self: LoopbackTelegram | undefined;
    const server = http.createServer({ keepAliveTimeout: 120_000 }, (req, res) => {
      if (self === undefined) return void res.writeHead(503).end();
      self.#handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
    });
    // The app's agent keeps sockets open; a server closing them after 5 s (Node's default)
    // makes the client's next call fail now and then with ECONNRESET.
    server.headersTimeout = 130_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    self = new LoopbackTelegram(server, fake);
    self.setLatency(latencyMs);
    return self;
  }

  get latencyMs(): number {
    return this.#latencyMs;
  }

  setLatency(ms: number): void {
    this.#latencyMs = ms;
    if (this.latencyBy === "fake") (this.fake as unknown as { setLatency(ms: number): void }).setLatency(ms);
  }

  // ------------------------------------------------------------ updates for the bot

  /** A private-chat text message from `user` (not queued). */
  textUpdate(user: FakeUser, text: string): Update {
    return this.fake.textUpdate(user, text);
  }

  /** A press of a button under `message` (default: the last message the bot sent to the chat); not queued. */
  callbackUpdate(user: FakeUser, data: string, message?: Message): Update {
    const update = this.fake.callbackUpdate(user, data, message);
    // answerCallbackQuery names the query, not the chat: remember whose it is.
    this.#callbackChats.set(update.callback_query!.id, String(user.id));
    return update;
  }

  /** Polling mode: queues the update for getUpdates. */
  push(update: Update): void {
    this.fake.pushUpdate(update);
  }

  /** The current version of the last message the bot sent to the chat. */
  lastMessage(chat: number | string): Message | undefined {
    return this.fake.lastMessage(chat);
  }

  // ------------------------------------------------------------ observing

  /** Every call about the chat so far, in arrival order. */
  callsOf(chat: number | string): readonly ObservedCall[] {
    return this.#byChat.get(String(chat)) ?? [];
  }

  /** How many calls about the chat have arrived: a mark to wait from. */
  mark(chat: number | string): number {
    return this.callsOf(chat).length;
  }

  /**
   * Resolves with the index (in `callsOf(chat)`) of the first call at or after `from`
   * that matches, or -1 after `timeoutMs`.
   */
  waitFor(chat: number | string, from: number, match: (call: ObservedCall) => boolean, timeoutMs: number): Promise<number> {
    const key = String(chat);
    const calls = this.callsOf(key);
    for (let i = from; i < calls.length; i++) if (match(calls[i]!)) return Promise.resolve(i);
    return new Promise((resolve) => {
      let waiters = this.#waiters.get(key);
      if (!waiters) this.#waiters.set(key, (waiters = new Set()));
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        resolve(-1);
      }, timeoutMs);
      const waiter: Waiter = {
        from,
        match,
        resolve: (index) => {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(index);
        },
      };
      waiters.add(waiter);
    });
  }

  /** Forgets what was observed (the fake keeps its messages, so buttons can still be pressed). */
  reset(): void {
    this.#byChat.clear();
    this.#callbackChats.clear();
    this.methodCounts.clear();
    this.refusals.clear();
    this.deliveredAt.clear();
    this.fake.clear();
  }

  async close(): Promise<void> {
    await this.fake.close();
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeIdleConnections();
      setTimeout(() => this.#server.closeAllConnections(), 200).unref();
    });
  }

  // ------------------------------------------------------------ HTTP

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = parseApiPath(url.pathname);
    if (route === undefined) {
      req.resume();
      return void res.writeHead(404).end();
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const at = performance.now();
    const payload = parseRequestBody(Buffer.concat(chunks), req.headers["content-type"], url.searchParams);
    const observed = this.#observe(route.method, payload, at);

    const clientGone = new AbortController();
    res.on("close", () => clientGone.abort());
    const reply = await this.fake.call(route.token, route.method, payload, clientGone.signal);
    if (this.latencyBy === "bench") await this.#delay(route.method, reply, at, clientGone.signal);
    if (observed) {
      observed.status = reply.status;
      observed.answeredAt = performance.now();
    }
    if (reply.status !== 200) {
      const key = `${route.method} ${reply.status}`;
      this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
    }
    if (route.method === "getUpdates" && reply.body.ok && Array.isArray(reply.body.result)) {
      const now = performance.now();
      for (const update of reply.body.result as Update[]) if (!this.deliveredAt.has(update.update_id)) this.deliveredAt.set(update.update_id, now);
    }
    if (res.destroyed) return;
    const body = JSON.stringify(reply.body);
    res.writeHead(reply.status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  /** The bench's own latency, for a fake without setLatency (same rule as the fake's). */
  async #delay(method: string, reply: FakeReply, arrivedAt: number, signal: AbortSignal): Promise<void> {
    const left = arrivedAt + this.#latencyMs - performance.now();
    if (left <= 0 || signal.aborted) return;
    if (method === "getUpdates") {
      const result = reply.body.ok ? reply.body.result : undefined;
      // Empty, or answered by a poll that was already waiting (it took longer than the latency).
      if (!Array.isArray(result) || result.length === 0) return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, left);
      signal.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  #observe(method: string, payload: Record<string, any>, at: number): ObservedCall | undefined {
    this.methodCounts.set(method, (this.methodCounts.get(method) ?? 0) + 1);
    const chat =
      payload.chat_id !== undefined
        ? String(payload.chat_id)
        : typeof payload.callback_query_id === "string"
          ? this.#callbackChats.get(payload.callback_query_id)
          : undefined;
    if (chat === undefined) return undefined;
    const keyboard = payload.reply_markup?.inline_keyboard;
    const buttons: string[] = Array.isArray(keyboard)
      ? keyboard.flat().flatMap((b: { callback_data?: unknown }) => (typeof b?.callback_data === "string" ? [b.callback_data] : []))
      : [];
    const call: ObservedCall = { method, chat, at, isMessage: MESSAGE_METHODS.has(method), hasKeyboard: buttons.length > 0, buttons };
    let calls = this.#byChat.get(chat);
    if (!calls) this.#byChat.set(chat, (calls = []));
    calls.push(call);
    const index = calls.length - 1;
    const waiters = this.#waiters.get(chat);
    if (waiters) for (const w of [...waiters]) if (index >= w.from && w.match(call)) w.resolve(index);
    return call;
  }
}
