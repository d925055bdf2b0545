/**
 * Replies leave after the update's transaction commits (DESIGN invariants 9 and 11).
 *
 * How it works:
 * 1. While an update is handled, the Bot API calls its handlers make through `ctx.api`
 *    (or `bot.api`) that show something in a chat (`sendMessage`, edits…) are not sent:
 *    a grammY API transformer collects them and answers the handler at once. They are
 *    written to `pending_replies` in the update's own transaction, so they are stored
 *    exactly when the update's other effects are, and no transaction is open while
 *    Telegram answers.
 * 2. Right after the commit, `ReplySender.drain` sends the chat's pending replies in
 *    order and deletes each row as soon as Telegram accepted it. A redelivered update is
 *    skipped as already processed, so its handler never runs twice and nothing is asked
 *    twice; its still-pending replies are sent by the drain.
 * 3. A failed call is classified once (telegram-errors.ts): a blocked chat marks the
 *    participant unreachable and drops their pending replies; "not modified" and an
 *    expired button are ignored; an edit that cannot be made is sent as a new message;
 *    a 429 is waited out within a budget; a network error or 5xx leaves the rest
 *    pending and fails the drain, so the update fails (webhook: Telegram delivers it
 *    again) and a job retries it in any case.
 *
 * Which way it errs after a crash: at least once. If the process dies after Telegram
 * accepted a message but before its row was deleted, that one message is sent again
 * when the chat is drained next. Losing a question would leave a participant stuck with
 * no way forward; seeing one message twice costs them a glance.
 *
 * `answerCallbackQuery` is not deferred: it only stops the button's spinner, so its
 * failure (a press older than Telegram's window) never fails the update. In polling
 * mode it goes out at once, concurrently with the work. In webhook mode it is the
 * webhook's answer ("webhook reply", see answerInWebhookReply): Telegram carries it out
 * when the update is answered 200, which saves a Bot API request per press, and an
 * update that failed (500) acknowledges nothing, as its redelivery will.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { InputFile, type Api, type RawApi, type Transformer } from "grammy";
import type { Logger } from "pino";
import type { Db } from "../db/client.js";
import { CHAT_LOCK_NAMESPACE } from "../db/transaction.js";
import { participants, pendingReplies } from "../db/schema.js";
import { metrics } from "../metrics.js";
import { classifyBotApiError, describeBotApiError } from "./telegram-errors.js";

/** Methods whose effect a participant sees in a chat: sent after the commit. */
const DEFERRED_METHODS = new Set([
  "sendMessage",
  "editMessageText",
  "editMessageReplyMarkup",
  "deleteMessage",
  "sendVoice",
  "sendAudio",
  "sendPhoto",
  "sendDocument",
  "sendLocation",
  "sendContact",
  "copyMessage",
  "forwardMessage",
  "pinChatMessage",
]);

/** How long a claim holds a chat's replies; a crashed sender lets go after it. */
const LEASE_MS = 30_000;
/** Telegram keeps an update for 24 hours; a reply older than that is given up. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

interface Collected {
  method: string;
  payload: Record<string, unknown>;
}

/** What one update collects: its replies, and the button acknowledgements in flight. */
export class UpdateReplies {
  readonly replies: Collected[] = [];
  readonly acks: Promise<void>[] = [];
  answeredCallback = false;
}

const collecting = new AsyncLocalStorage<UpdateReplies>();

/** The one Bot API call an update's webhook answer may carry (Telegram's "webhook reply"). */
export interface WebhookReply {
  /** The call, as Telegram reads it from the answer's body: `{ method, ...payload }`. */
  call?: Record<string, unknown>;
  /** False once the answer is gone (a late update): calls then go to the Bot API. */
  open: boolean;
}

const webhookReplies = new AsyncLocalStorage<WebhookReply>();

/**
 * Runs the handling of a webhook update with its button acknowledgement
 * (`answerCallbackQuery`, the update's first) kept in `reply` instead of sent: the
 * webhook answers 200 with it as the body. Only that method: its result is never needed
 * and Telegram reports nothing about calls made this way, so nothing that shows in a chat
 * may go this way (those are stored and sent after the commit).
 */
export function answerInWebhookReply<T>(reply: WebhookReply, work: () => Promise<T>): Promise<T> {
  return webhookReplies.run(reply, work);
}

/** Runs `work` with the chat's Bot API calls collected into `batch` instead of sent. */
export function collectReplies<T>(batch: UpdateReplies, work: () => Promise<T>): Promise<T> {
  return collecting.run(batch, work);
}

/**
 * The grammY API transformer that defers chat-visible calls made while an update is
 * collected (see `collectReplies`); outside an update it passes every call through.
 * The handler gets a stand-in result: a reply's `message_id` is not known before it is
 * sent, so no feature may depend on it.
 */
export function deferRepliesTransformer(logger: Logger): Transformer<RawApi> {
  return async (prev, method, payload, signal) => {
    const batch = collecting.getStore();
    if (method === "answerCallbackQuery") {
      const reply = webhookReplies.getStore();
      if (reply?.open && reply.call === undefined) {
        reply.call = { method, ...payload };
        if (batch) batch.answeredCallback = true;
        return { ok: true, result: true } as never;
      }
    }
    if (!batch) return prev(method, payload, signal);
    if (method === "answerCallbackQuery") {
      batch.answeredCallback = true;
      batch.acks.push(
        prev(method, payload, signal).then(
          (response) => {
            if (!response.ok) logger.debug({ error_code: response.error_code, description: response.description }, "button press not acknowledged");
          },
          (error: unknown) => {
            // Best-effort: a press older than Telegram's window cannot be acknowledged.
            logger.debug(describeBotApiError(error), "button press not acknowledged");
          },
        ),
      );
      return { ok: true, result: true } as never;
    }
    if (!DEFERRED_METHODS.has(method)) return prev(method, payload, signal);
    // Nearly every reply is plain JSON; only an upload needs the slower walk.
    const plain = (hasUpload(payload) ? await withUploadsAsData(payload) : JSON.parse(JSON.stringify(payload))) as Record<string, unknown>;
    batch.replies.push({ method, payload: plain });
    return { ok: true, result: standIn(method, plain) } as never;
  };
}

/** What an update stored: its own chat's replies, already claimed for sending, and other chats to drain. */
export interface StoredReplies {
  /**
   * The update's own chat, with the rows this sender leased in the update's transaction;
   * without rows when some were pending before (the drain claims them all, in order).
   */
  own?: { chatId: number; rows?: PendingReply[] };
  /** Chats of other participants the update wrote to (a place freed on a waiting list). */
  others: number[];
}

/**
 * Writes the collected replies in the update's transaction and, for the update's own
 * chat, leases them there too when nothing of the chat was pending before: the
 * transaction already holds that chat's lock, so the lease costs no statement of its
 * own. Both inserts are sent before either is waited for, so the caller may send the
 * COMMIT right behind them (middleware.ts) and read the result after it.
 */
export async function storeReplies(tx: Db, updateId: number, ownChatId: number | undefined, batch: UpdateReplies): Promise<StoredReplies> {
  const rows = coalesceMessages(batch.replies)
    .map((r) => ({ chatId: Number(r.payload.chat_id), updateId, method: r.method, payload: r.payload }))
    .filter((r) => Number.isSafeInteger(r.chatId));
  if (rows.length === 0) return { others: [] };
  const others = rows.filter((r) => r.chatId !== ownChatId);
  const mine = rows.filter((r) => r.chatId === ownChatId);
  const storingOthers = others.length > 0 ? tx.insert(pendingReplies).values(others).execute() : undefined;
  const chats = [...new Set(others.map((r) => r.chatId))];
  if (ownChatId === undefined || mine.length === 0) {
    await storingOthers;
    return { others: chats };
  }
  // The usual case, nothing of the chat pending before: stored and leased in one statement
  // (the condition sees the table as it was before this insert). Written out rather than
  // built by drizzle's insert: it runs on every update, where drizzle's building of the
  // full column list was the largest part of the app's own time (bench/README.md), and
  // it returns only what is not known here already.
  const storingMine = tx
    .execute(
      sql`with earlier as (select exists (select 1 from pending_replies where chat_id = ${ownChatId}) as pending)
        insert into pending_replies (chat_id, update_id, method, payload, attempts, lease_until)
        select ${ownChatId}, ${updateId}, reply.value ->> 'method', reply.value -> 'payload',
          case when earlier.pending then 0 else 1 end,
          case when earlier.pending then null else now() + make_interval(secs => ${LEASE_MS / 1000}) end
        from earlier, jsonb_array_elements(${JSON.stringify(mine.map((r) => ({ method: r.method, payload: r.payload })))}::jsonb) with ordinality as reply(value, position)
        order by reply.position
        returning id, attempts, lease_until, next_attempt_at, created_at`,
    )
    .then((result) => (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as InsertedReply[]);
  storingMine.catch(() => {});
  await storingOthers;
  // Identities are drawn in the insert's order, so sorted by id the rows line up with `mine`.
  const inserted = (await storingMine).map((row) => ({ ...row, id: Number(row.id) })).sort((a, b) => a.id - b.id);
  const leased = inserted.every((r) => r.lease_until !== null);
  const own = inserted.map((row, i): PendingReply => ({
    ...mine[i]!,
    id: row.id,
    attempts: row.attempts,
    leaseUntil: toDate(row.lease_until),
    nextAttemptAt: toDate(row.next_attempt_at)!,
    createdAt: toDate(row.created_at)!,
  }));
  return { own: { chatId: ownChatId, rows: leased ? own : undefined }, others: chats };
}

/** A stored reply's row as the insert in storeReplies returns it (postgres.js and PGlite give dates differently). */
interface InsertedReply {
  id: number | string;
  attempts: number;
  lease_until: Date | string | null;
  next_attempt_at: Date | string;
  created_at: Date | string;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : value instanceof Date ? value : new Date(value));

/** Telegram's limit for one message's text, in characters. */
const MAX_TEXT_LENGTH = 4096;

/**
 * Plain texts a handler sends one after another to the same chat ("Okay, English." then
 * the welcome, then the notice with its buttons) become one message, paragraphs apart.
 * Each message is a Bot API round trip the participant waits for, and one message is
 * easier to take in than three bubbles. Only a text without buttons or formatting merges
 * into the one that follows it, so buttons stay under the text they belong to.
 */
export function coalesceMessages(replies: readonly Collected[]): Collected[] {
  const out: Collected[] = [];
  for (const reply of replies) {
    const before = out.at(-1);
    if (before && isPlainText(before) && reply.method === "sendMessage" && before.payload.chat_id === reply.payload.chat_id) {
      const text = `${before.payload.text as string}\n\n${String(reply.payload.text)}`;
      if (typeof reply.payload.text === "string" && reply.payload.entities === undefined && reply.payload.parse_mode === undefined && text.length <= MAX_TEXT_LENGTH) {
        out[out.length - 1] = { method: "sendMessage", payload: { ...reply.payload, text } };
        continue;
      }
    }
    out.push(reply);
  }
  return out;
}

function isPlainText(reply: Collected): boolean {
  return reply.method === "sendMessage" && typeof reply.payload.text === "string" && Object.keys(reply.payload).every((key) => key === "chat_id" || key === "text");
}

/**
 * Leases every pending reply of the chat unless another sender holds any of them. The
 * caller holds the chat's advisory lock, so no other claim runs at the same time and the
 * check and the lease are one step across processes: two senders never interleave one
 * chat's messages.
 */
async function claimUnderChatLock(tx: Db, chatId: number): Promise<PendingReply[]> {
  const rows = await tx
    .update(pendingReplies)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${LEASE_MS / 1000})`, attempts: sql`${pendingReplies.attempts} + 1` })
    .where(
      and(
        eq(pendingReplies.chatId, chatId),
        sql`not exists (select 1 from ${pendingReplies} held where held.chat_id = ${chatId} and held.lease_until > now())`,
      ),
    )
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/** A drain stopped with replies left pending; they are retried later. */
export class RepliesPendingError extends Error {
  constructor(readonly chatId: number, readonly reason: "rate-limited" | "transient") {
    super(`replies to a chat are still pending (${reason})`);
    this.name = "RepliesPendingError";
  }
}

export interface ReplySenderOptions {
  db: Db;
  /** An Api without the deferring transformer (the drain must really send). */
  api: Api;
  logger: Logger;
  /** Most time one drain may spend waiting out 429s, in ms (default 10 000). */
  rateLimitBudgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Told of every reply Telegram accepted, with the stored payload and Telegram's result
   * (the audio feature keeps the file id of an uploaded voice clip). Its failure is
   * logged, never a reason to send the reply again.
   */
  onSent?: (method: string, payload: Record<string, unknown>, result: unknown) => Promise<void>;
}

export type PendingReply = typeof pendingReplies.$inferSelect;
type Sent = { sent: true; more: boolean };
type Row = PendingReply;

/** Sends pending replies chat by chat, in order, once each (see the top of this file). */
export class ReplySender {
  private readonly db: Db;
  private readonly api: Api;
  private readonly logger: Logger;
  private readonly budgetMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly sentRows: SentRows;
  private readonly onSent?: ReplySenderOptions["onSent"];

  constructor(options: ReplySenderOptions) {
    this.db = options.db;
    this.sentRows = new SentRows(options.db);
    this.api = options.api;
    this.logger = options.logger;
    this.budgetMs = options.rateLimitBudgetMs ?? 10_000;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.onSent = options.onSent;
  }

  /**
   * Sends every pending reply of the chat, oldest first, including those other updates
   * of the chat added meanwhile. Returns when none is left, or when another sender holds
   * the chat (it sends them). Throws RepliesPendingError when Telegram failed in a way
   * that is worth another try (network, 5xx, a 429 longer than the budget); the rows
   * stay, with a time for the next attempt.
   */
  async drain(chatId: number, claimed?: PendingReply[]): Promise<void> {
    const deadline = Date.now() + this.budgetMs;
    let rows = claimed ?? (await this.claim(chatId));
    while (rows.length > 0) {
      let more = true;
      for (let i = 0; i < rows.length; i++) {
        const outcome = await this.sendOne(rows[i]!, deadline);
        if (typeof outcome === "object" && "sent" in outcome) {
          more = outcome.more;
          continue;
        }
        if (outcome === "unreachable") {
          await this.dropChat(chatId);
          return;
        }
        await this.release(rows.slice(i), outcome.retryAfterMs, outcome.reason === "rate-limited");
        metrics.replyRetries.inc();
        throw new RepliesPendingError(chatId, outcome.reason);
      }
      // Another update of the chat may have stored replies while this one held the chat.
      if (!more) return;
      rows = await this.claim(chatId);
    }
  }

  /** Drains the chats whose replies are due and held by nobody (the retry job). */
  async retryDue(now = new Date(), limit = 100): Promise<{ chats: number; failed: number }> {
    await this.db.delete(pendingReplies).where(lt(pendingReplies.createdAt, new Date(now.getTime() - GIVE_UP_AFTER_MS)));
    const due = await this.db
      .selectDistinct({ chatId: pendingReplies.chatId })
      .from(pendingReplies)
      .where(and(lte(pendingReplies.nextAttemptAt, now), or(isNull(pendingReplies.leaseUntil), lt(pendingReplies.leaseUntil, now))))
      .limit(limit);
    let failed = 0;
    for (const { chatId } of due) {
      try {
        await this.drain(chatId);
      } catch (error) {
        if (!(error instanceof RepliesPendingError)) throw error;
        failed++;
      }
    }
    return { chats: due.length, failed };
  }

  /** Takes the chat's pending replies for this sender (see claimUnderChatLock). */
  private async claim(chatId: number): Promise<PendingReply[]> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}, hashtext(${String(chatId)}))`);
      return claimUnderChatLock(tx, chatId);
    });
  }

  private async sendOne(row: Row, deadline: number): Promise<Sent | "unreachable" | { reason: "rate-limited" | "transient"; retryAfterMs: number }> {
    let method = row.method;
    let payload = row.payload;
    for (;;) {
      // Only the Bot API call is classified; a database failure afterwards is not Telegram's.
      let result: unknown;
      const failed = await this.api.raw[method as keyof RawApi](withUploadsRevived(payload) as never).then(
        (sent: unknown) => void (result = sent),
        (error: unknown) => ({ error }),
      );
      if (!failed) {
        if (this.onSent) await this.onSent(method, payload, result).catch((error: unknown) => this.logger.warn({ err: error }, "after-send hook failed"));
        return this.forget(row);
      }
      const failure = classifyBotApiError(failed.error);
      switch (failure.kind) {
        case "unreachable":
          this.logger.info({ reason: failure.reason }, "chat unreachable; its pending replies are dropped");
          return "unreachable";
        case "not-modified":
        case "query-expired":
          return this.forget(row);
        case "edit-impossible": {
          const fallback = asNewMessage(method, payload);
          if (!fallback) return this.forget(row);
          ({ method, payload } = fallback);
          continue;
        }
        case "rejected":
          // Sending the same request again cannot succeed; the rest of the chat's replies can.
          this.logger.error(describeBotApiError(failed.error), "Telegram refused a reply; it is dropped");
          return this.forget(row);
        case "rate-limited":
          if (Date.now() + failure.retryAfterMs <= deadline) {
            await this.sleep(failure.retryAfterMs);
            continue;
          }
          this.logger.warn({ retry_after_ms: failure.retryAfterMs }, "rate limited beyond the budget; replies retried later");
          return { reason: "rate-limited", retryAfterMs: failure.retryAfterMs };
        case "transient":
          this.logger.warn({ attempts: row.attempts, ...describeBotApiError(failed.error) }, "reply not sent; retried later");
          return { reason: "transient", retryAfterMs: backoffMs(row.attempts) };
      }
    }
  }

  /**
   * Deletes a reply Telegram has taken (or that is settled otherwise), and says in the
   * same round trip whether the chat has other replies pending.
   */
  private async forget(row: Row): Promise<Sent> {
    return { sent: true, more: await this.sentRows.forget(row) };
  }

  /**
   * Lets go of the claimed rows, to be tried again after `afterMs`. After a 429 the rows
   * stay held until then: Telegram punishes a bot that sends during its flood wait, so
   * not even a new update of the chat may send before `retry_after` has passed. After a
   * network error or a 5xx, a redelivery may try again at once; the job waits `afterMs`.
   */
  private async release(rows: Row[], afterMs: number, hold: boolean): Promise<void> {
    const until = sql`now() + make_interval(secs => ${afterMs / 1000})`;
    await this.db
      .update(pendingReplies)
      .set({ leaseUntil: hold ? until : null, nextAttemptAt: until })
      .where(inArray(pendingReplies.id, rows.map((r) => r.id)));
  }

  /** A chat that blocked the bot: its participant is unreachable and nothing more is sent. */
  private async dropChat(chatId: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.update(participants).set({ reachable: false }).where(eq(participants.chatId, chatId));
      await tx.delete(pendingReplies).where(eq(pendingReplies.chatId, chatId));
    });
  }
}

/**
 * Deletes replies Telegram has taken (or that are settled otherwise), and says for each
 * whether its chat has other replies pending, in the same round trip.
 *
 * The deletes of many chats share one statement: while one is on its way, the replies
 * sent meanwhile queue up and go together in the next. A lone reply is deleted at once,
 * so nothing waits at low load; under load (40 webhook connections answering at once) a
 * statement per sent message was a fifth of the database work of an update. One chat's
 * replies are sent one after another, each after the previous one's delete, so no chat
 * has two rows in one statement.
 */
class SentRows {
  private queue: { row: Row; done: (more: boolean) => void; failed: (error: unknown) => void }[] = [];
  private flushing = false;

  constructor(private readonly db: Db) {}

  /** Deletes the row (in the next statement); true when its chat has more replies pending. Throws what the database throws. */
  forget(row: Row): Promise<boolean> {
    return new Promise((done, failed) => {
      this.queue.push({ row, done, failed });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, 1_000);
        const ids = batch.map((entry) => entry.row.id);
        try {
          // The ids go as one text value: one statement for any number of them (each
          // statement is prepared per connection), written out as it runs after every reply.
          const list = ids.join(",");
          const result = await this.db.execute(sql`
            delete from pending_replies where id = any(string_to_array(${list}, ',')::bigint[])
            returning id, exists (
              select 1 from pending_replies other
              where other.chat_id = pending_replies.chat_id and other.id <> all(string_to_array(${list}, ',')::bigint[])
            ) as more`);
          const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { id: number | string | bigint; more: boolean }[];
          const more = new Map(rows.map((r) => [Number(r.id), r.more]));
          // A row already gone (another sender's give-up, an erasure) has nothing after it that this sender knows of: look again.
          for (const entry of batch) entry.done(more.get(entry.row.id) ?? true);
        } catch (error) {
          for (const entry of batch) entry.failed(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}

/** 5 s, 10 s, 20 s … up to 10 minutes, by the number of attempts made. */
function backoffMs(attempts: number): number {
  return Math.min(600_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

/** An edit that Telegram cannot make, as a new message with the same content. */
function asNewMessage(method: string, payload: Record<string, unknown>): Collected | undefined {
  if (method !== "editMessageText" || typeof payload.text !== "string" || payload.chat_id === undefined) return undefined;
  const { message_id: _id, inline_message_id: _inline, ...rest } = payload;
  return { method: "sendMessage", payload: rest };
}

/** Largest upload kept in a pending reply (the /mydata export is a few kB), in bytes. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * A payload as JSON that can wait in the table: an upload (InputFile, e.g. the /mydata
 * export) becomes `{ $inputFile: { filename, base64 } }`; the row is deleted once sent,
 * so its content stays no longer than any other reply. Everything else grammY sends is
 * JSON already (an InlineKeyboard serialises to its inline_keyboard).
 */
async function withUploadsAsData(value: unknown, depth = 0): Promise<unknown> {
  if (value instanceof InputFile) {
    const chunks: Uint8Array[] = [];
    const raw = await value.toRaw();
    if (raw instanceof Uint8Array) chunks.push(raw);
    else for await (const chunk of raw as AsyncIterable<Uint8Array>) chunks.push(chunk);
    const data = Buffer.concat(chunks);
    if (data.length > MAX_UPLOAD_BYTES) throw new Error(`an upload of ${data.length} bytes is too large to wait for the commit`);
    return { $inputFile: { filename: value.filename ?? null, base64: data.toString("base64") } };
  }
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (Array.isArray(value)) return Promise.all(value.map((inner) => withUploadsAsData(inner, depth + 1)));
  const json = typeof (value as { toJSON?: unknown }).toJSON === "function" ? (value as { toJSON(): unknown }).toJSON() : value;
  if (json !== value) return JSON.parse(JSON.stringify(json)) as unknown;
  const entries = await Promise.all(Object.entries(value).map(async ([key, inner]) => [key, await withUploadsAsData(inner, depth + 1)] as const));
  return Object.fromEntries(entries.filter(([, inner]) => inner !== undefined));
}

function hasUpload(value: unknown, depth = 0): boolean {
  if (value instanceof InputFile) return true;
  if (value === null || typeof value !== "object" || depth > 8) return false;
  for (const inner of Object.values(value)) if (hasUpload(inner, depth + 1)) return true;
  return false;
}

/** The payload as grammY sends it: stored uploads become InputFiles again. */
function withUploadsRevived(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(withUploadsRevived);
  const upload = (value as { $inputFile?: { filename: string | null; base64: string } }).$inputFile;
  if (upload) return new InputFile(Buffer.from(upload.base64, "base64"), upload.filename ?? undefined);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withUploadsRevived(inner)]));
}

/** What a handler gets back for a deferred call. */
function standIn(method: string, payload: Record<string, unknown>): unknown {
  if (method.startsWith("send") || method === "copyMessage" || method === "forwardMessage") {
    return {
      message_id: 0,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(payload.chat_id), type: "private" },
      ...(typeof payload.text === "string" ? { text: payload.text } : {}),
    };
  }
  return true;
}
