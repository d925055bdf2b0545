/**
 * State and answering logic of a fake Telegram Bot API, shared by the HTTP
 * server in `fake-bot-api.ts` and the in-process `fetch` in `fake-fetch.ts`.
 *
 * The fake keeps just enough state to look like Telegram to a grammY bot:
 * recorded calls, the messages the bot sent (so edits and button presses can
 * refer to them), a queue of incoming updates delivered by long polling or by
 * webhook, and injected failures / rate limits, latency, dropped and hanging
 * connections.
 */
import http from "node:http";
import https from "node:https";
import { randomBytes } from "node:crypto";
import type {
  BotCommand,
  Chat,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";

/** The bot user answered by `getMe` and used as `from` of the bot's messages. */
export const FAKE_BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: "Test bot",
  username: "test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  // Required by the current @grammyjs/types, so grammY's `botInfo` option
  // accepts this object as is.
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** One API call the bot made, in arrival order. */
export interface RecordedCall {
  method: string;
  /** The parsed request body (JSON, form fields, or multipart text fields). */
  payload: any;
  /** `Date.now()` when the call arrived. */
  at: number;
  /**
   * `Date.now()` when the answer (or the dropped connection) was given, after
   * any latency; unset while pending and for hanging calls.
   */
  answeredAt?: number;
  /** The bot token from the URL. */
  token: string;
  /**
   * HTTP status the fake answered with. Set as soon as the answer is known,
   * which is before waiters are notified for every method except a long-polling
   * `getUpdates` (that one is set when the poll ends). With latency it is set
   * when the answer is given. 0 for a connection dropped before Telegram
   * processed the call; unset for a hanging call.
   */
  status?: number;
  /** The connection was dropped without an answer (see `FailureSpec.drop`). */
  dropped?: true;
}

/**
 * Telegram's refusals that bots must handle, with Telegram's own texts, so a
 * test injects exactly what production sees.
 */
export const FAILURE_KINDS = {
  blocked: { status: 403, description: "Forbidden: bot was blocked by the user" },
  deactivated: { status: 403, description: "Forbidden: user is deactivated" },
  "chat-not-found": { status: 400, description: "Bad Request: chat not found" },
  "query-too-old": {
    status: 400,
    description: "Bad Request: query is too old and response timeout expired or query ID is invalid",
  },
  "not-modified": {
    status: 400,
    description:
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  },
  "edit-not-found": { status: 400, description: "Bad Request: message to edit not found" },
  "cant-edit": { status: 400, description: "Bad Request: message can't be edited" },
  /** The description is "Too Many Requests: retry after N" (N = retryAfter, default 1). */
  flood: { status: 429, description: undefined },
  server: { status: 500, description: "Internal Server Error" },
  "bad-gateway": { status: 502, description: "Bad Gateway" },
} as const satisfies Record<string, { status: number; description: string | undefined }>;

export type FailureKind = keyof typeof FAILURE_KINDS;

export interface FailureSpec {
  /**
   * HTTP status and `error_code`, e.g. 400, 403, 429, 500. Defaults to the
   * status of `kind`; required unless `kind`, `drop` or `hang` is given.
   */
  status?: number;
  /** A preset refusal giving status and Telegram's description. */
  kind?: FailureKind;
  /** Defaults to the text of `kind`, else a Telegram-like text for the status. */
  description?: string;
  /** Seconds; answered as `parameters.retry_after`. Default 1 for kind "flood". */
  retryAfter?: number;
  /** How many matching calls fail; default 1. */
  times?: number;
  /** Only calls whose `chat_id` equals this fail. */
  chatId?: number | string;
  /**
   * Drop the connection without an HTTP answer (as a reset or a proxy cut):
   * the fetch fake rejects like Node's fetch, the server destroys the socket.
   */
  drop?: boolean;
  /**
   * With `drop`: Telegram processed the call before the answer was lost (the
   * message is stored and in `sent()`), the case that makes naive retries
   * send twice. Default false: status recorded as 0, not in `sent()`.
   */
  delivered?: boolean;
  /** Never answer until the client aborts or `close()` is called (a stuck connection). */
  hang?: boolean;
}

export interface RateLimit {
  /** Accepted `sendMessage` calls per second over all chats. */
  perSecond?: number;
  /** Accepted `sendMessage` calls per second into one chat. */
  perChatPerSecond?: number;
}

/** The bot's rights in a group, as getChatMember answers them. */
export interface FakeGroupRights {
  can_manage_topics: boolean;
  can_pin_messages: boolean;
  can_delete_messages: boolean;
}

export interface FakeGroupOptions {
  title?: string;
  /** Topics turned on (a forum); default true. */
  isForum?: boolean;
  /** The bot's status; default administrator. */
  botStatus?: "administrator" | "member" | "left";
  /** The bot's rights as an administrator; default all three. */
  rights?: Partial<FakeGroupRights>;
  /** Messages a minute the group takes before 429 (Telegram: about 20). */
  perMinute?: number;
}

/** A forum topic as the fake keeps it. */
export interface FakeTopic {
  threadId: number;
  name: string;
  closed: boolean;
  deleted: boolean;
}

interface FakeGroup {
  title: string;
  isForum: boolean;
  botStatus: "administrator" | "member" | "left";
  rights: FakeGroupRights;
  perMinute: number;
  topics: Map<number, FakeTopic>;
  pinned: number[];
  /** Times (fake clock) of messages accepted into the group, for the per-minute limit. */
  sendTimes: number[];
}

/** Methods that post a message into a chat (counted by a group's per-minute limit). */
const POSTING_METHODS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendVoice",
  "sendAudio",
  "sendDocument",
  "sendVideo",
  "sendVideoNote",
  "sendSticker",
  "sendLocation",
  "sendContact",
  "copyMessage",
  "forwardMessage",
]);

/** A Telegram user as far as the update builders need one. */
export interface FakeUser {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** A file part of a multipart upload, put in place of its `attach://` value. */
export interface UploadedFile {
  filename: string;
  size: number;
  data: Buffer;
}

export interface FakeTelegramOptions {
  /**
   * Upper bound for how long a long-polling `getUpdates` waits, whatever
   * `timeout` the bot asks for. Default 30 000 ms. Set it low (e.g. 1000) so
   * that a bot stopping at the end of a test is not held up by a poll.
   */
  maxPollMs?: number;
  /** Overrides fields of {@link FAKE_BOT_INFO}. */
  botInfo?: Partial<UserFromGetMe>;
  /**
   * Delay before every answer (success, failure or drop), as the network and
   * Telegram add in production; see `setLatency`. Default 0.
   */
  latencyMs?: number;
}

/**
 * How a call ended without an HTTP answer: the transports turn it into a
 * reset connection (fetch rejects, the server destroys the socket).
 */
export class FakeConnectionDropped extends Error {
  constructor(method: string, reason: "dropped" | "hang ended") {
    super(`fake Telegram: ${method} connection ${reason}`);
    this.name = "FakeConnectionDropped";
  }
}

export interface WebhookInfo {
  url: string;
  secretToken?: string;
}

/** An update to queue; `update_id` is assigned when missing. */
export type UpdateInput = Omit<Update, "update_id"> & { update_id?: number };

/** An answer of the fake: HTTP status plus the JSON body. */
export interface FakeReply {
  status: number;
  body:
    | { ok: true; result: unknown }
    | {
        ok: false;
        error_code: number;
        description: string;
        parameters?: { retry_after: number };
      };
}

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden: bot was blocked by the user",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
};

const MAX_TEXT_LENGTH = 4096;
const WEBHOOK_RETRY_MS = 200;
const WEBHOOK_TIMEOUT_MS = 10_000;

function ok(result: unknown): FakeReply {
  return { status: 200, body: { ok: true, result } };
}

function fail(status: number, description?: string, retryAfter?: number): FakeReply {
  let text = description ?? DEFAULT_DESCRIPTIONS[status] ?? `Error ${status}`;
  if (description === undefined && status === 429 && retryAfter !== undefined) {
    text = `Too Many Requests: retry after ${retryAfter}`;
  }
  return {
    status,
    body: {
      ok: false,
      error_code: status,
      description: text,
      // JSON.stringify drops the key when undefined, as Telegram omits it.
      parameters: retryAfter !== undefined ? { retry_after: retryAfter } : undefined,
    },
  };
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Chat ids arrive as numbers (JSON) or strings (form data); compare as strings. */
function chatKey(chatId: unknown): string {
  return String(chatId);
}

function toChatId(chatId: unknown): number {
  return typeof chatId === "number" ? chatId : Number(chatId);
}

function isInlineKeyboard(markup: unknown): markup is InlineKeyboardMarkup {
  return (
    typeof markup === "object" &&
    markup !== null &&
    Array.isArray((markup as { inline_keyboard?: unknown }).inline_keyboard)
  );
}

/** Length of the text a user would see, for the 4096-character limit. */
function visibleLength(text: string, parseMode: unknown): number | undefined {
  if (parseMode === undefined) return text.length;
  if (parseMode === "HTML") {
    return text
      .replace(/<[^>]*>/g, "")
      .replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi, "_").length;
  }
  // Markdown escapes make the visible length hard to tell; do not check.
  return undefined;
}

function checkText(text: unknown, parseMode: unknown): FakeReply | undefined {
  if (typeof text !== "string" || text.trim() === "") {
    return fail(400, "Bad Request: message text is empty");
  }
  const length = visibleLength(text, parseMode);
  if (length !== undefined && length > MAX_TEXT_LENGTH) {
    return fail(400, "Bad Request: message is too long");
  }
  return undefined;
}

interface FailureRule extends FailureSpec {
  method: string;
  remaining: number;
}

function failureReply(rule: FailureSpec): FakeReply {
  const preset = rule.kind === undefined ? undefined : FAILURE_KINDS[rule.kind];
  const status = rule.status ?? preset?.status ?? 500;
  const retryAfter = rule.retryAfter ?? (rule.kind === "flood" ? 1 : undefined);
  // A preset's text only fits its own status.
  const description = rule.description ?? (preset?.status === status ? preset.description : undefined);
  return fail(status, description, retryAfter);
}

/** True when a getUpdates answer is an immediate [] (a delay there would only slow polling). */
function isEmptyUpdates(reply: FakeReply): boolean {
  return reply.body.ok && Array.isArray(reply.body.result) && reply.body.result.length === 0;
}

interface Poller {
  limit: number;
  finish(reply: FakeReply): void;
}

/**
 * The fake's state. Public members are arrow functions so that they can be
 * destructured from the instance.
 */
export class FakeTelegram {
  /** Every call, in arrival order. `clear()` empties it in place. */
  readonly calls: RecordedCall[] = [];
  readonly botInfo: UserFromGetMe;

  #rejected429 = 0;
  readonly #maxPollMs: number;
  #latencyMs: number;
  /** Ends hanging calls (and pending latency waits) on `close()`. */
  readonly #hanging = new Set<() => void>();
  readonly #tokens = new Set<string>();
  readonly #listeners = new Set<() => void>();
  readonly #failures: FailureRule[] = [];
  #rateLimit: RateLimit | undefined;
  /** Times of accepted sendMessage calls in the last second, overall and per chat. */
  #sendTimes: number[] = [];
  readonly #chatSendTimes = new Map<string, number[]>();

  /** Message ids are per chat and shared by the bot's and the user's messages. */
  readonly #messageCounters = new Map<string, number>();
  readonly #messages = new Map<string, Map<number, Message>>();
  readonly #lastBotMessageId = new Map<string, number>();
  readonly #knownUsers = new Map<string, FakeUser>();
  readonly #commands = new Map<string, unknown>();
  #fileCounter = 0;
  /** Supergroups the fake knows (see `addGroup`), by chat id. */
  readonly #groups = new Map<string, FakeGroup>();
  #now: () => number = () => Date.now();
  #groupRejected429 = 0;

  /** Updates not yet confirmed (getUpdates offset) or delivered (webhook). */
  readonly #queue: Update[] = [];
  #nextUpdateId = 100_000_001;
  readonly #pollers = new Set<Poller>();
  #webhook: WebhookInfo | undefined;
  #delivering = false;
  #inflightDelivery: http.ClientRequest | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #wakeRetry: (() => void) | undefined;
  #closed = false;

  constructor(options: FakeTelegramOptions = {}) {
    this.#maxPollMs = options.maxPollMs ?? 30_000;
    this.#latencyMs = options.latencyMs ?? 0;
    this.botInfo = { ...FAKE_BOT_INFO, ...options.botInfo };
  }

  // ---------------------------------------------------------------- inspection

  /** `sendMessage` calls that were answered with success (optionally into one chat). */
  readonly sent = (chatId?: number | string): any[] =>
    this.calls
      .filter(
        (call) =>
          call.method === "sendMessage" &&
          call.status === 200 &&
          (chatId === undefined || chatKey(call.payload.chat_id) === chatKey(chatId)),
      )
      .map((call) => call.payload);

  /** Texts of successful `sendMessage` calls (optionally into one chat), in order. */
  readonly sentTexts = (chatId?: number | string): string[] =>
    this.sent(chatId).map((payload) => payload.text as string);

  /** Methods of recorded calls (optionally those whose `chat_id` is this chat), in arrival order. */
  readonly methodsCalled = (chatId?: number | string): string[] =>
    this.calls
      .filter((call) => chatId === undefined || chatKey(call.payload.chat_id) === chatKey(chatId))
      .map((call) => call.method);

  /**
   * Resolves with the first recorded call (already recorded or arriving later)
   * that matches `predicate`.
   */
  readonly waitFor = (
    predicate: (call: RecordedCall) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedCall> =>
    this.#waitUntil(() => this.calls.find(predicate), timeoutMs, "a matching call");

  /** Resolves with the chat's successful sendMessage payloads once there are `count` of them. */
  readonly waitForSent = (
    chatId: number | string,
    count: number,
    timeoutMs = 5000,
  ): Promise<any[]> =>
    this.#waitUntil(
      () => {
        const sent = this.sent(chatId);
        return sent.length >= count ? sent : undefined;
      },
      timeoutMs,
      `${count} sendMessage call(s) to chat ${chatId}`,
    );

  /** Forgets recorded calls and resets `rejected429`; everything else stays. */
  readonly clear = (): void => {
    this.calls.length = 0;
    this.#rejected429 = 0;
  };

  /** The current version (after edits) of the last message the bot sent to the chat. */
  readonly lastMessage = (chatId: number | string): Message | undefined => {
    const key = chatKey(chatId);
    const id = this.#lastBotMessageId.get(key);
    return id === undefined ? undefined : this.#messages.get(key)?.get(id);
  };

  /** sendMessage calls answered 429 because of `setRateLimit`. */
  get rejected429(): number {
    return this.#rejected429;
  }

  /** The current delay before every answer, in ms. */
  get latencyMs(): number {
    return this.#latencyMs;
  }

  /** Distinct bot tokens seen in request URLs. */
  get tokens(): string[] {
    return [...this.#tokens];
  }

  /** The active webhook, if `setWebhook` was called (and not deleted). */
  get webhook(): WebhookInfo | undefined {
    return this.#webhook;
  }

  /** Queued updates not yet fetched-and-confirmed or delivered. */
  get pendingUpdates(): readonly Update[] {
    return this.#queue;
  }

  // ---------------------------------------------------------------- injection

  /**
   * Makes the next `times` calls of `method` (optionally into one chat) fail:
   * with a status / `kind` refusal, a dropped connection (`drop`) or no answer
   * at all (`hang`).
   */
  readonly failNext = (method: string, spec: FailureSpec): void => {
    if (spec.status === undefined && spec.kind === undefined && !spec.drop && !spec.hang) {
      throw new Error("failNext: give a status, a kind, drop or hang");
    }
    this.#failures.push({ ...spec, method, remaining: spec.times ?? 1 });
  };

  /** Delays every later answer by `ms` (calls already waiting keep their delay). */
  readonly setLatency = (ms: number): void => {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`setLatency: invalid delay ${ms}`);
    this.#latencyMs = ms;
  };

  /** Limits accepted sendMessage calls; pass `undefined` to lift the limit. */
  readonly setRateLimit = (limit: RateLimit | undefined): void => {
    this.#rateLimit = limit;
    this.#sendTimes = [];
    this.#chatSendTimes.clear();
  };

  /**
   * Makes `chatId` (negative, like -100…) a supergroup the bot is in: with topics, the
   * bot an administrator with every right needed, unless `options` says otherwise. Posts
   * into it are limited to `perMinute` (default 20) in any 60 s of the fake's clock; more
   * are answered 429 with retry_after, as Telegram does.
   */
  readonly addGroup = (chatId: number, options: FakeGroupOptions = {}): void => {
    this.#groups.set(chatKey(chatId), {
      title: options.title ?? "Staff",
      isForum: options.isForum ?? true,
      botStatus: options.botStatus ?? "administrator",
      rights: { can_manage_topics: true, can_pin_messages: true, can_delete_messages: true, ...options.rights },
      perMinute: options.perMinute ?? 20,
      topics: new Map(),
      pinned: [],
      sendTimes: [],
    });
  };

  /** The clock of the groups' per-minute limit (ms); tests move it instead of waiting a minute. */
  readonly setClock = (now: () => number): void => {
    this.#now = now;
  };

  /** The group's topics, deleted ones included, in creation order. */
  readonly topics = (chatId: number): FakeTopic[] => [...(this.#groups.get(chatKey(chatId))?.topics.values() ?? [])];

  /** Message ids pinned in the group, in order. */
  readonly pinned = (chatId: number): number[] => [...(this.#groups.get(chatKey(chatId))?.pinned ?? [])];

  /** Successful posting calls into the group (optionally into one topic), in order. */
  readonly groupPosts = (chatId: number, threadId?: number): RecordedCall[] =>
    this.calls.filter(
      (call) =>
        POSTING_METHODS.has(call.method) &&
        call.status === 200 &&
        chatKey(call.payload.chat_id) === chatKey(chatId) &&
        (threadId === undefined || Number(call.payload.message_thread_id) === threadId),
    );

  /** Posts into groups answered 429 because of a group's per-minute limit. */
  get groupRejected429(): number {
    return this.#groupRejected429;
  }

  /**
   * Builds (without queueing) a message `user` writes in a group, in a topic when
   * `threadId` is given: a text, or other content (a photo…) in `content`.
   */
  readonly groupMessageUpdate = (user: FakeUser, chatId: number, options: { threadId?: number; text?: string; content?: Partial<Message> }): Update => {
    const from = this.#rememberUser(user);
    const key = chatKey(chatId);
    const text = options.text;
    const command = text === undefined ? null : /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
    const message = {
      message_id: this.#nextMessageId(key),
      date: nowSeconds(),
      chat: this.#chatOf(chatId),
      from,
      ...(options.threadId !== undefined && { message_thread_id: options.threadId, is_topic_message: true }),
      ...(text !== undefined && { text }),
      ...(command && { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] }),
      ...options.content,
    } as Message & Update.NonChannel;
    this.#messagesOf(key).set(message.message_id, message);
    return { update_id: this.#takeUpdateId(), message };
  };

  /** The message with this id in the chat, as last sent or edited. */
  readonly messageById = (chatId: number, messageId: number): Message | undefined => this.#messages.get(chatKey(chatId))?.get(messageId);

  /** Queues an update for the bot, assigning `update_id` when missing. */
  readonly pushUpdate = (input: UpdateInput): Update => {
    const update = { ...input, update_id: input.update_id ?? this.#nextUpdateId } as Update;
    this.#nextUpdateId = Math.max(this.#nextUpdateId, update.update_id + 1);
    this.#queue.push(update);
    this.#dispatch();
    return update;
  };

  /** Queues a private-chat text message from `user`. */
  readonly sendText = (user: FakeUser, text: string): Update =>
    this.pushUpdate(this.textUpdate(user, text));

  /** Queues a press of an inline button with `callbackData` (see `callbackUpdate`). */
  readonly pressButton = (user: FakeUser, callbackData: string, message?: Message): Update =>
    this.pushUpdate(this.callbackUpdate(user, callbackData, message));

  /**
   * Builds (without queueing) a private-chat text message update from `user`,
   * with a `bot_command` entity when the text starts with a command.
   */
  readonly textUpdate = (user: FakeUser, text: string): Update => {
    const from = this.#rememberUser(user);
    const key = chatKey(user.id);
    const chat: Chat.PrivateChat = {
      id: user.id,
      type: "private",
      first_name: from.first_name,
      ...(from.last_name !== undefined && { last_name: from.last_name }),
      ...(from.username !== undefined && { username: from.username }),
    };
    // Telegram marks "/cmd" or "/cmd@botname" at the very start as a command.
    const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
    const entities: MessageEntity[] = command
      ? [{ type: "bot_command", offset: 0, length: command[0].length }]
      : [];
    const message: Message & Update.NonChannel = {
      message_id: this.#nextMessageId(key),
      date: nowSeconds(),
      chat,
      from,
      text,
      ...(entities.length > 0 && { entities }),
    };
    return { update_id: this.#takeUpdateId(), message };
  };

  /**
   * Builds (without queueing) a callback_query update: `user` pressed a button
   * with `callbackData` under `message`, by default the current version of the
   * last message the bot sent to the user's chat.
   */
  readonly callbackUpdate = (user: FakeUser, callbackData: string, message?: Message): Update => {
    const from = this.#rememberUser(user);
    const target = message ?? this.lastMessage(user.id);
    if (target === undefined) {
      throw new Error(
        `pressButton: the bot has sent no message to chat ${user.id} yet; pass the message to press a button on`,
      );
    }
    return {
      update_id: this.#takeUpdateId(),
      callback_query: {
        id: randomBytes(8).toString("hex"),
        from,
        chat_instance: "1",
        message: target,
        data: callbackData,
      },
    };
  };

  // ---------------------------------------------------------------- answering

  /**
   * Records and answers one API call. Resolves when the answer is ready, which
   * for a long-polling `getUpdates` may take up to its timeout, and with
   * latency after that delay; `signal` ends such waits early (the client went
   * away). Rejects with {@link FakeConnectionDropped} when the call is to end
   * without an answer (injected `drop`, or a `hang` ended by abort or close).
   */
  async call(
    token: string,
    method: string,
    payload: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<FakeReply> {
    this.#tokens.add(token);
    const record: RecordedCall = { method, payload, at: Date.now(), token };
    this.calls.push(record);
    const latencyMs = this.#latencyMs;
    const rule = this.#takeFailure(method, payload);

    if (rule?.hang) {
      this.#notify();
      await this.#hang(signal);
      throw new FakeConnectionDropped(method, "hang ended");
    }
    if (rule?.drop && !rule.delivered) {
      this.#notify();
      await this.#delay(record.at + latencyMs, signal);
      this.#finish(record, 0, true);
      throw new FakeConnectionDropped(method, "dropped");
    }

    // A delivered drop takes effect like a normal call; only its answer is lost.
    const answer = rule && !rule.drop ? failureReply(rule) : this.#answer(method, payload, signal);
    const delayed =
      latencyMs > 0 &&
      (method !== "getUpdates" || (!(answer instanceof Promise) && !isEmptyUpdates(answer)));
    if (answer instanceof Promise || delayed || rule?.drop) {
      this.#notify();
      const reply = await answer;
      if (delayed) await this.#delay(record.at + latencyMs, signal);
      this.#finish(record, reply.status, rule?.drop);
      if (rule?.drop) throw new FakeConnectionDropped(method, "dropped");
      return reply;
    }
    // Set the status before notifying, so `sent()` in a waiter sees this call.
    record.status = answer.status;
    record.answeredAt = Date.now();
    this.#notify();
    return answer;
  }

  #finish(record: RecordedCall, status: number, dropped: boolean | undefined): void {
    record.status = status;
    record.answeredAt = Date.now();
    if (dropped) record.dropped = true;
    this.#notify();
  }

  /**
   * Waits until `Date.now()` reaches `until` (timers may fire a little early),
   * or the client aborts, or `close()` is called.
   */
  #delay(until: number, signal: AbortSignal | undefined): Promise<void> {
    if (Date.now() >= until || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.#hanging.delete(done);
        resolve();
      };
      const wait = () => {
        const left = until - Date.now();
        if (left <= 0) done();
        else timer = setTimeout(wait, left);
      };
      signal?.addEventListener("abort", done);
      this.#hanging.add(done);
      wait();
    });
  }

  /** Resolves only when the client aborts or `close()` is called. */
  #hang(signal: AbortSignal | undefined): Promise<void> {
    if (this.#closed || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        signal?.removeEventListener("abort", done);
        this.#hanging.delete(done);
        resolve();
      };
      signal?.addEventListener("abort", done);
      this.#hanging.add(done);
    });
  }

  /**
   * Stops long polls (answering them with []) and webhook delivery, ends
   * hanging calls (as dropped connections) and latency waits. Calls arriving
   * afterwards are still answered, but polls and hangs no longer wait.
   */
  async close(): Promise<void> {
    this.#closed = true;
    for (const poller of [...this.#pollers]) poller.finish(ok([]));
    for (const end of [...this.#hanging]) end();
    this.#inflightDelivery?.destroy();
    clearTimeout(this.#retryTimer);
    this.#wakeRetry?.();
  }

  /** The topic a message being stored goes into (set while a call with message_thread_id is answered). */
  #pendingThread: number | undefined;

  #answer(
    method: string,
    payload: Record<string, any>,
    signal: AbortSignal | undefined,
  ): FakeReply | Promise<FakeReply> {
    this.#pendingThread = payload.message_thread_id === undefined ? undefined : Number(payload.message_thread_id);
    try {
      return this.#answerMethod(method, payload, signal);
    } finally {
      this.#pendingThread = undefined;
    }
  }

  #answerMethod(
    method: string,
    payload: Record<string, any>,
    signal: AbortSignal | undefined,
  ): FakeReply | Promise<FakeReply> {
    switch (method) {
      case "getMe":
        return ok(this.botInfo);
      case "getUpdates":
        return this.#getUpdates(payload, signal);
      case "setWebhook":
        return this.#setWebhook(payload);
      case "deleteWebhook":
        if (payload.drop_pending_updates === true) this.#queue.length = 0;
        this.#webhook = undefined;
        return ok(true);
      case "getWebhookInfo":
        return ok({
          url: this.#webhook?.url ?? "",
          has_custom_certificate: false,
          pending_update_count: this.#queue.length,
        });
      case "setMyCommands":
        this.#commands.set(this.#commandsKey(payload), payload.commands ?? []);
        return ok(true);
      case "getMyCommands":
        return ok((this.#commands.get(this.#commandsKey(payload)) as BotCommand[]) ?? []);
      case "deleteMyCommands":
        this.#commands.delete(this.#commandsKey(payload));
        return ok(true);
      case "getChat":
        return this.#getChat(payload);
      case "getChatMember":
        return this.#getChatMember(payload);
      case "createForumTopic":
      case "editForumTopic":
      case "closeForumTopic":
      case "reopenForumTopic":
      case "deleteForumTopic":
        return this.#forumTopic(method, payload);
      case "pinChatMessage": {
        const group = this.#groups.get(chatKey(payload.chat_id));
        if (group && !group.rights.can_pin_messages) return fail(400, "Bad Request: not enough rights to manage pinned messages in the chat");
        if (group && !this.#messages.get(chatKey(payload.chat_id))?.has(Number(payload.message_id))) return fail(400, "Bad Request: message to pin not found");
        group?.pinned.push(Number(payload.message_id));
        return ok(true);
      }
      case "sendMessage":
        return this.#groupCheck(payload) ?? this.#sendMessage(payload);
      case "sendDocument":
        return this.#groupCheck(payload) ?? this.#sendDocument(payload);
      case "sendVoice":
        return this.#groupCheck(payload) ?? this.#sendVoice(payload);
      case "sendPhoto":
      case "sendAudio":
      case "sendVideo":
      case "sendVideoNote":
      case "sendSticker":
      case "sendLocation":
      case "sendContact":
        return this.#groupCheck(payload) ?? this.#sendOther(method, payload);
      case "editMessageText":
        return this.#editMessage(payload, "text");
      case "editMessageReplyMarkup":
        return this.#editMessage(payload, "markup");
      case "deleteMessage":
        this.#messages.get(chatKey(payload.chat_id))?.delete(Number(payload.message_id));
        return ok(true);
      default:
        // answerCallbackQuery, sendChatAction, setChatMenuButton, ...
        return ok(true);
    }
  }

  #getChat(payload: Record<string, any>): FakeReply {
    const group = this.#groups.get(chatKey(payload.chat_id));
    if (!group || group.botStatus === "left") {
      if (toChatId(payload.chat_id) < 0) return fail(400, "Bad Request: chat not found");
      return ok(this.#chatOf(payload.chat_id));
    }
    return ok({ id: toChatId(payload.chat_id), type: "supergroup", title: group.title, ...(group.isForum && { is_forum: true }) });
  }

  #getChatMember(payload: Record<string, any>): FakeReply {
    const group = this.#groups.get(chatKey(payload.chat_id));
    if (!group) return fail(400, "Bad Request: chat not found");
    const isBot = Number(payload.user_id) === this.botInfo.id;
    const user = isBot ? this.#botUser() : { id: Number(payload.user_id), is_bot: false, first_name: "Member" };
    if (!isBot || group.botStatus !== "administrator") return ok({ status: isBot ? group.botStatus : "member", user });
    return ok({ status: "administrator", user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_change_info: false, can_invite_users: true, can_restrict_members: false, can_promote_members: false, can_manage_video_chats: false, can_post_stories: false, can_edit_stories: false, can_delete_stories: false, ...group.rights });
  }

  /** Topics: only in a forum, only with can_manage_topics; an unknown or deleted thread is refused. */
  #forumTopic(method: string, payload: Record<string, any>): FakeReply {
    const group = this.#groups.get(chatKey(payload.chat_id));
    if (!group) return fail(400, "Bad Request: chat not found");
    if (!group.isForum) return fail(400, "Bad Request: the chat is not a forum");
    if (group.botStatus !== "administrator" || !group.rights.can_manage_topics) return fail(400, "Bad Request: not enough rights to manage topics");
    if (method === "createForumTopic") {
      const name = String(payload.name ?? "");
      if (name.length < 1 || name.length > 128) return fail(400, "Bad Request: TOPIC_NAME_INVALID");
      // A topic's thread id is the id of the service message that opened it.
      const threadId = this.#storeBotMessage(payload.chat_id, { forum_topic_created: { name, icon_color: 7322096 } } as Partial<Message>).message_id;
      group.topics.set(threadId, { threadId, name, closed: false, deleted: false });
      return ok({ message_thread_id: threadId, name, icon_color: 7322096 });
    }
    const topic = group.topics.get(Number(payload.message_thread_id));
    if (!topic || topic.deleted) return fail(400, "Bad Request: TOPIC_ID_INVALID");
    switch (method) {
      case "editForumTopic":
        if (typeof payload.name === "string") topic.name = payload.name;
        return ok(true);
      case "closeForumTopic":
        if (topic.closed) return fail(400, "Bad Request: TOPIC_NOT_MODIFIED");
        topic.closed = true;
        return ok(true);
      case "reopenForumTopic":
        if (!topic.closed) return fail(400, "Bad Request: TOPIC_NOT_MODIFIED");
        topic.closed = false;
        return ok(true);
      default:
        topic.deleted = true;
        return ok(true);
    }
  }

  /** A post into a known group: the thread must exist, and the group's per-minute limit holds. */
  #groupCheck(payload: Record<string, any>): FakeReply | undefined {
    const group = this.#groups.get(chatKey(payload.chat_id));
    if (!group) return undefined;
    if (group.botStatus === "left") return fail(403, "Forbidden: bot is not a member of the supergroup chat");
    if (payload.message_thread_id !== undefined) {
      const topic = group.topics.get(Number(payload.message_thread_id));
      if (!topic || topic.deleted) return fail(400, "Bad Request: message thread not found");
    }
    const now = this.#now();
    group.sendTimes = group.sendTimes.filter((t) => t > now - 60_000);
    if (group.sendTimes.length >= group.perMinute) {
      this.#groupRejected429 += 1;
      return fail(429, undefined, Math.max(1, Math.ceil((group.sendTimes[0]! + 60_000 - now) / 1000)));
    }
    group.sendTimes.push(now);
    return undefined;
  }

  /** sendPhoto, sendVoice, sendLocation…: stored with their file id or fields, as Telegram answers. */
  #sendOther(method: string, payload: Record<string, any>): FakeReply {
    if (payload.chat_id === undefined) return fail(400, "Bad Request: chat not found");
    const field = method.slice(4).replace(/^./, (c) => c.toLowerCase()).replace("videoNote", "video_note");
    let content: Record<string, unknown>;
    if (method === "sendLocation") content = { location: { latitude: Number(payload.latitude), longitude: Number(payload.longitude) } };
    else if (method === "sendContact") content = { contact: { phone_number: payload.phone_number, first_name: payload.first_name } };
    else {
      const file = payload[field];
      if (typeof file !== "string") return fail(400, `Bad Request: there is no ${field} in the request`);
      content = { [field]: method === "sendPhoto" ? [{ file_id: file, file_unique_id: file, width: 1, height: 1 }] : { file_id: file, file_unique_id: file } };
    }
    return ok(this.#storeBotMessage(payload.chat_id, { ...content, ...(typeof payload.caption === "string" && { caption: payload.caption }) } as Partial<Message>));
  }

  #takeFailure(method: string, payload: Record<string, any>): FailureRule | undefined {
    const index = this.#failures.findIndex(
      (rule) =>
        rule.method === method &&
        (rule.chatId === undefined || chatKey(rule.chatId) === chatKey(payload.chat_id)),
    );
    const rule = this.#failures[index];
    if (rule === undefined) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#failures.splice(index, 1);
    return rule;
  }

  /** Sliding one-second windows of accepted sendMessage calls. */
  #checkRateLimit(chatId: unknown): FakeReply | undefined {
    const limit = this.#rateLimit;
    if (limit === undefined) return undefined;
    const now = Date.now();
    const recent = (times: number[]) => times.filter((t) => t > now - 1000);
    const key = chatKey(chatId);
    this.#sendTimes = recent(this.#sendTimes);
    const chatTimes = recent(this.#chatSendTimes.get(key) ?? []);
    if (
      (limit.perSecond !== undefined && this.#sendTimes.length >= limit.perSecond) ||
      (limit.perChatPerSecond !== undefined && chatTimes.length >= limit.perChatPerSecond)
    ) {
      this.#chatSendTimes.set(key, chatTimes);
      this.#rejected429 += 1;
      return fail(429, undefined, 1);
    }
    this.#sendTimes.push(now);
    chatTimes.push(now);
    this.#chatSendTimes.set(key, chatTimes);
    return undefined;
  }

  #sendMessage(payload: Record<string, any>): FakeReply {
    if (payload.chat_id === undefined) return fail(400, "Bad Request: chat not found");
    const invalid = checkText(payload.text, payload.parse_mode);
    if (invalid) return invalid;
    const limited = this.#checkRateLimit(payload.chat_id);
    if (limited) return limited;
    return ok(
      this.#storeBotMessage(payload.chat_id, {
        text: payload.text,
        ...(Array.isArray(payload.entities) && { entities: payload.entities }),
        ...(isInlineKeyboard(payload.reply_markup) && { reply_markup: payload.reply_markup }),
      }),
    );
  }

  #sendDocument(payload: Record<string, any>): FakeReply {
    if (payload.chat_id === undefined) return fail(400, "Bad Request: chat not found");
    const document: unknown = payload.document;
    if (document === undefined) return fail(400, "Bad Request: there is no document in the request");
    const upload = typeof document === "object" && document !== null ? (document as UploadedFile) : undefined;
    this.#fileCounter += 1;
    const fileId =
      typeof document === "string" && !/^(https?|attach):\/\//.test(document)
        ? document
        : `fake-file-${this.#fileCounter}`;
    return ok(
      this.#storeBotMessage(payload.chat_id, {
        document: {
          file_id: fileId,
          file_unique_id: `fake-unique-${this.#fileCounter}`,
          ...(upload && { file_name: upload.filename, file_size: upload.size }),
        },
        ...(typeof payload.caption === "string" && { caption: payload.caption }),
        ...(isInlineKeyboard(payload.reply_markup) && { reply_markup: payload.reply_markup }),
      }),
    );
  }

  /** A voice message: an upload gets a new file id, a file id is sent as it is (as Telegram does). */
  #sendVoice(payload: Record<string, any>): FakeReply {
    if (payload.chat_id === undefined) return fail(400, "Bad Request: chat not found");
    const voice: unknown = payload.voice;
    if (voice === undefined) return fail(400, "Bad Request: there is no voice in the request");
    const upload = typeof voice === "object" && voice !== null ? (voice as UploadedFile) : undefined;
    this.#fileCounter += 1;
    const fileId = typeof voice === "string" && !/^(https?|attach):\/\//.test(voice) ? voice : `fake-voice-${this.#fileCounter}`;
    return ok(
      this.#storeBotMessage(payload.chat_id, {
        voice: { file_id: fileId, file_unique_id: `fake-unique-${this.#fileCounter}`, duration: 1, ...(upload && { file_size: upload.size }) },
        ...(typeof payload.caption === "string" && { caption: payload.caption }),
        ...(isInlineKeyboard(payload.reply_markup) && { reply_markup: payload.reply_markup }),
      }),
    );
  }

  /**
   * Edits a stored message. A message the fake does not know (e.g. one a test
   * built by hand) is accepted and created, to keep tests simple. Like
   * Telegram, an edit without `reply_markup` removes the inline keyboard.
   * Telegram's "message is not modified" error is not emulated (inject it with
   * `failNext(method, { kind: "not-modified" })` when needed).
   */
  #editMessage(payload: Record<string, any>, what: "text" | "markup"): FakeReply {
    if (payload.inline_message_id !== undefined) return ok(true);
    if (payload.chat_id === undefined || payload.message_id === undefined) {
      return fail(400, "Bad Request: message identifier is not specified");
    }
    if (what === "text") {
      const invalid = checkText(payload.text, payload.parse_mode);
      if (invalid) return invalid;
    }
    const key = chatKey(payload.chat_id);
    const messageId = Number(payload.message_id);
    const chatMessages = this.#messagesOf(key);
    const previous: Message = chatMessages.get(messageId) ?? {
      message_id: messageId,
      date: nowSeconds(),
      chat: this.#chatOf(payload.chat_id),
      from: this.#botUser(),
    };
    const { reply_markup: _oldMarkup, ...rest } = previous;
    let edited: Message = { ...rest, edit_date: nowSeconds() };
    if (what === "text") {
      const { entities: _oldEntities, ...withoutEntities } = edited;
      edited = {
        ...withoutEntities,
        text: payload.text,
        ...(Array.isArray(payload.entities) && { entities: payload.entities }),
      };
    }
    if (isInlineKeyboard(payload.reply_markup)) edited.reply_markup = payload.reply_markup;
    chatMessages.set(messageId, edited);
    return ok(edited);
  }

  #storeBotMessage(chatId: unknown, content: Partial<Message>): Message {
    const key = chatKey(chatId);
    const message: Message = {
      message_id: this.#nextMessageId(key),
      date: nowSeconds(),
      chat: this.#chatOf(chatId),
      from: this.#botUser(),
      ...content,
    };
    if (this.#pendingThread !== undefined) Object.assign(message, { message_thread_id: this.#pendingThread, is_topic_message: true });
    this.#messagesOf(key).set(message.message_id, message);
    this.#lastBotMessageId.set(key, message.message_id);
    return message;
  }

  #botUser(): User {
    const { id, is_bot, first_name, username } = this.botInfo;
    return { id, is_bot, first_name, username };
  }

  /** Chats are always private; `first_name` is filled in when the user is known. */
  #chatOf(chatId: unknown): Chat.PrivateChat {
    const group = this.#groups.get(chatKey(chatId));
    if (group) return { id: toChatId(chatId), type: "supergroup", title: group.title, ...(group.isForum && { is_forum: true }) } as unknown as Chat.PrivateChat;
    const user = this.#knownUsers.get(chatKey(chatId));
    return {
      id: toChatId(chatId),
      type: "private",
      ...(user?.first_name !== undefined && { first_name: user.first_name }),
    } as Chat.PrivateChat;
  }

  #messagesOf(key: string): Map<number, Message> {
    let messages = this.#messages.get(key);
    if (messages === undefined) {
      messages = new Map();
      this.#messages.set(key, messages);
    }
    return messages;
  }

  #nextMessageId(key: string): number {
    const id = (this.#messageCounters.get(key) ?? 0) + 1;
    this.#messageCounters.set(key, id);
    return id;
  }

  #takeUpdateId(): number {
    const id = this.#nextUpdateId;
    this.#nextUpdateId += 1;
    return id;
  }

  #rememberUser(user: FakeUser): User {
    const from: User = {
      id: user.id,
      is_bot: false,
      first_name: user.first_name ?? "Tester",
      ...(user.last_name !== undefined && { last_name: user.last_name }),
      ...(user.username !== undefined && { username: user.username }),
      ...(user.language_code !== undefined && { language_code: user.language_code }),
    };
    this.#knownUsers.set(chatKey(user.id), { ...user, first_name: from.first_name });
    return from;
  }

  #commandsKey(payload: Record<string, any>): string {
    return JSON.stringify([payload.scope ?? { type: "default" }, payload.language_code ?? ""]);
  }

  // ---------------------------------------------------------------- update delivery

  /** Hands queued updates to whoever receives them now: a long poll or the webhook. */
  #dispatch(): void {
    if (this.#closed || this.#queue.length === 0) return;
    if (this.#webhook !== undefined) {
      void this.#deliverToWebhook();
      return;
    }
    for (const poller of [...this.#pollers]) poller.finish(ok(this.#queue.slice(0, poller.limit)));
  }

  #getUpdates(payload: Record<string, any>, signal: AbortSignal | undefined): FakeReply | Promise<FakeReply> {
    if (this.#webhook !== undefined) {
      return fail(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    // Telegram forgets updates below `offset` for good; a negative offset
    // keeps only the last -offset updates.
    const offset = Number(payload.offset ?? 0);
    if (offset > 0) {
      const firstKept = this.#queue.findIndex((update) => update.update_id >= offset);
      this.#queue.splice(0, firstKept === -1 ? this.#queue.length : firstKept);
    } else if (offset < 0) {
      this.#queue.splice(0, Math.max(0, this.#queue.length + offset));
    }
    const limit = Math.min(Math.max(Number(payload.limit ?? 100), 1), 100);
    const timeoutMs = Math.min(Number(payload.timeout ?? 0) * 1000, this.#maxPollMs);
    if (this.#queue.length > 0 || timeoutMs <= 0 || this.#closed || signal?.aborted) {
      return ok(this.#queue.slice(0, limit));
    }

    // Like Telegram, a new long poll ends an older one with 409 (two bot
    // instances polling the same token).
    for (const poller of [...this.#pollers]) {
      poller.finish(
        fail(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"),
      );
    }
    return new Promise<FakeReply>((resolve) => {
      const poller: Poller = {
        limit,
        finish: (reply) => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          this.#pollers.delete(poller);
          resolve(reply);
        },
      };
      const onAbort = () => poller.finish(ok([]));
      const timer = setTimeout(() => poller.finish(ok([])), timeoutMs);
      signal?.addEventListener("abort", onAbort);
      this.#pollers.add(poller);
    });
  }

  #setWebhook(payload: Record<string, any>): FakeReply {
    const url: unknown = payload.url;
    if (url === undefined || url === "") {
      // An empty URL removes the webhook, as in Telegram.
      this.#webhook = undefined;
      return ok(true);
    }
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
      return fail(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
    }
    if (payload.drop_pending_updates === true) this.#queue.length = 0;
    this.#webhook = {
      url,
      ...(typeof payload.secret_token === "string" && { secretToken: payload.secret_token }),
    };
    // A poll still waiting answers [] now; the next getUpdates gets 409.
    for (const poller of [...this.#pollers]) poller.finish(ok([]));
    this.#dispatch();
    return ok(true);
  }

  /**
   * Posts queued updates to the webhook one at a time, in order, retrying the
   * head of the queue every 200 ms until it is answered with 2xx.
   */
  async #deliverToWebhook(): Promise<void> {
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      for (;;) {
        const hook = this.#webhook;
        const update = this.#queue[0];
        if (this.#closed || hook === undefined || update === undefined) return;
        const delivered = await this.#post(hook, update);
        if (delivered) {
          // Even if the webhook changed meanwhile, the bot has this update.
          const index = this.#queue.indexOf(update);
          if (index !== -1) this.#queue.splice(index, 1);
        } else if (!this.#closed) {
          await new Promise<void>((resolve) => {
            this.#wakeRetry = resolve;
            this.#retryTimer = setTimeout(resolve, WEBHOOK_RETRY_MS);
          });
          this.#wakeRetry = undefined;
        }
      }
    } finally {
      this.#delivering = false;
    }
  }

  /** One delivery attempt; resolves true on a 2xx answer. */
  #post(hook: WebhookInfo, update: Update): Promise<boolean> {
    return new Promise((resolve) => {
      const body = JSON.stringify(update);
      const target = new URL(hook.url);
      const send = target.protocol === "https:" ? https.request : http.request;
      const request = send(
        target,
        {
          method: "POST",
          // No keep-alive: a test's webhook server can then close at once.
          agent: false,
          timeout: WEBHOOK_TIMEOUT_MS,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            ...(hook.secretToken !== undefined && {
              "x-telegram-bot-api-secret-token": hook.secretToken,
            }),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("error", () => resolve(false));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            const success = status >= 200 && status < 300;
            if (success) void this.handleWebhookReply(Buffer.concat(chunks).toString("utf8"));
            resolve(success);
          });
        },
      );
      request.on("timeout", () => request.destroy(new Error("webhook timed out")));
      request.on("error", () => resolve(false));
      request.on("close", () => {
        if (this.#inflightDelivery === request) this.#inflightDelivery = undefined;
      });
      this.#inflightDelivery = request;
      request.end(body);
    });
  }

  /**
   * A 2xx webhook answer may carry one API call ("webhook reply"), which Telegram carries
   * out: the fake's own webhook delivery calls this, and so can a test that posts updates
   * to the app itself. Resolves when the call is done (or failed, as injected).
   */
  async handleWebhookReply(text: string): Promise<void> {
    if (text === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // Not JSON: an ordinary acknowledgement.
    }
    if (typeof parsed === "object" && parsed !== null && "method" in parsed) {
      const { method, ...payload } = parsed as { method: unknown } & Record<string, unknown>;
      if (typeof method === "string") {
        // An injected drop or hang has no client to tell.
        await this.call(this.tokens.at(-1) ?? "", method, payload).catch(() => {});
      }
    }
  }

  // ---------------------------------------------------------------- waiting

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  #waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          cleanup();
          reject(error);
          return true;
        }
        if (value === undefined) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.#listeners.delete(attempt);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for ${what}; last recorded methods: ${this.#lastMethods(5)}`,
          ),
        );
      }, timeoutMs);
      if (!attempt()) this.#listeners.add(attempt);
    });
  }

  #lastMethods(count: number): string {
    const recent = this.calls
      .slice(-count)
      .map((call) =>
        call.status === undefined || call.status === 200 ? call.method : `${call.method} (${call.status})`,
      );
    return recent.length > 0 ? recent.join(", ") : "(none)";
  }
}

// ---------------------------------------------------------------- request bodies

/** Matches `/bot<token>/<method>` at the end of a URL path. */
export function parseApiPath(pathname: string): { token: string; method: string } | undefined {
  const match = /\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/.exec(pathname);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  return { token: decodeURIComponent(match[1]), method: match[2] };
}

/**
 * Parses a request body the way the Bot API accepts it: JSON,
 * multipart/form-data or URL-encoded form, falling back to query parameters.
 * Form values are strings; JSON-looking ones (reply_markup, ...) and numeric
 * ids are converted back, so payloads look like grammY's JSON payloads.
 */
export function parseRequestBody(
  body: Buffer,
  contentType: string | undefined,
  query?: URLSearchParams,
): Record<string, unknown> {
  const type = (contentType ?? "").toLowerCase();
  if (body.length === 0) return query ? fromForm(query) : {};
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
    return boundary ? parseMultipart(body, boundary) : {};
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return fromForm(new URLSearchParams(body.toString("utf8")));
  }
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function coerceFormValue(key: string, value: string): unknown {
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (/^-?\d+$/.test(value) && /(^|_)(id|offset|limit|timeout)$/.test(key)) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  return value;
}

function fromForm(params: URLSearchParams): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of params) result[key] = coerceFormValue(key, value);
  return result;
}

/**
 * Minimal multipart/form-data parser (enough for grammY's uploads). File parts
 * replace the `attach://<name>` value that refers to them with an
 * {@link UploadedFile}.
 */
function parseMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile>();
  // latin1 maps bytes 1:1 to chars, so file contents survive the split.
  for (const rawPart of body.toString("latin1").split(`--${boundary}`)) {
    const part = rawPart.replace(/^\r\n/, "").replace(/\r\n$/, "");
    if (part === "" || part.startsWith("--")) continue;
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.slice(0, headerEnd);
    const content = Buffer.from(part.slice(headerEnd + 4), "latin1");
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    // grammY writes `filename=x` unquoted; browsers quote it.
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (filename !== undefined) {
      files.set(name, { filename, size: content.length, data: content });
    } else {
      fields[name] = coerceFormValue(name, content.toString("utf8"));
    }
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      const file = files.get(value.slice("attach://".length));
      if (file) fields[key] = file;
    }
  }
  return fields;
}
