import { createHmac } from "node:crypto";
import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Database, Db } from "../../db/client.js";
import { escalationMessages, outbox } from "../../db/schema.js";

/**
 * The signature receivers check: HMAC-SHA256 over "<timestamp>.<body>" with the shared
 * secret, hex-encoded. The timestamp lets them refuse old (replayed) deliveries.
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/**
 * Events carry participants' words: they go out encrypted (https), or in plain http only to
 * this machine (a local relay, the tests).
 */
export function isSafeEventsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === "https:") return true;
    return url.protocol === "http:" && ["127.0.0.1", "[::1]", "localhost"].includes(url.hostname);
  } catch {
    return false;
  }
}

export interface DeliveryDependencies {
  database: Database;
  /** Where events go; without it they are marked as having no receiver. */
  url?: string;
  secret?: string;
  fetch?: typeof fetch;
  clock?: () => Date;
  logger: Logger;
  /** Events per run at most. */
  batch?: number;
  timeoutMs?: number;
  /**
   * Whether `message.created` events carry the message's words (text, file reference,
   * location, contact). Without them a receiver learns that a message was written, and by
   * whom, but not what it says (EVENTS_MESSAGE_TEXT=omit).
   */
  includeMessageText?: boolean;
}

export interface DeliveryResult {
  ran: boolean;
  delivered: number;
  failed: number;
}

/** Exponential back-off: 5 s, 10 s, 20 s … capped at an hour. */
export const backoffMs = (attempts: number) => Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * Delivers queued events, oldest first. An event waits while an earlier event with the
 * same ordering key (one escalation, one session) is undelivered, so a receiver sees
 * each conversation in order. Only the process holding the delivery lock sends; a crash
 * after a POST and before it is marked delivered sends that event again (receivers
 * deduplicate by the event id in X-Event-Id).
 */
export async function deliverOutbox(deps: DeliveryDependencies): Promise<DeliveryResult> {
  const result: DeliveryResult = { ran: false, delivered: 0, failed: 0 };
  const release = await deps.database.tryExclusive("outbox-delivery");
  if (!release) return result;
  result.ran = true;
  const db = deps.database.db;
  const now = (deps.clock ?? (() => new Date()))();
  try {
    if (!deps.url || !deps.secret) {
      const rows = await db
        .update(outbox)
        .set({ deliveredAt: now, lastError: "no receiver configured" })
        .where(isNull(outbox.deliveredAt))
        .returning({ id: outbox.id });
      result.delivered = rows.length;
      return result;
    }
    // Checked at start-up too (config.ts); here as well, so no other caller can send
    // participants' words in the clear to another machine.
    if (!isSafeEventsUrl(deps.url)) {
      deps.logger.error("events not sent: the receiver's URL must be https:// (http:// only to this machine)");
      return result;
    }
    const fetchFn = deps.fetch ?? fetch;
    const budget = deps.batch ?? 500;
    // Each round takes the oldest undelivered event of every key; the next round the
    // following ones, so a burst of one conversation goes out in one run, in order.
    for (let round = 0; round < 50 && result.delivered + result.failed < budget; round++) {
      const due = await db
        .select()
        .from(outbox)
        .where(
          and(
            isNull(outbox.deliveredAt),
            lte(outbox.nextAttemptAt, now),
            sql`not exists (select 1 from ${outbox} as earlier where earlier.ordering_key = ${outbox.orderingKey} and earlier.delivered_at is null and earlier.id < ${outbox.id})`,
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(budget - result.delivered - result.failed);
      if (due.length === 0) break;
      let deliveredThisRound = 0;
      const words = await messageContents(db, due, deps.includeMessageText ?? true);
      for (const event of due) {
        const data = withMessageContent(event.payload as Record<string, unknown>, words);
        const body = JSON.stringify({ id: event.id, event: event.event, createdAt: event.createdAt.toISOString(), data });
        const timestamp = Math.floor(Date.now() / 1000);
        let error: string | undefined;
        try {
          const response = await fetchFn(deps.url, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-event-id": String(event.id),
              "x-event-type": event.event,
              "x-signature-timestamp": String(timestamp),
              "x-signature": `sha256=${signPayload(deps.secret, timestamp, body)}`,
            },
            body,
            signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
            // A redirect could lead the words elsewhere (or to plain http): not followed,
            // a 3xx is a failed delivery like any other.
            redirect: "manual",
          });
          if (!response.ok) error = `HTTP ${response.status}`;
          await response.body?.cancel().catch(() => {});
        } catch (e) {
          error = e instanceof Error ? e.name : "error";
        }
        if (!error) {
          await db.update(outbox).set({ deliveredAt: sql`now()`, attempts: event.attempts + 1, lastError: null }).where(eq(outbox.id, event.id));
          result.delivered++;
          deliveredThisRound++;
        } else {
          await db
            .update(outbox)
            .set({ attempts: event.attempts + 1, lastError: error, nextAttemptAt: new Date(now.getTime() + backoffMs(event.attempts + 1)) })
            .where(eq(outbox.id, event.id));
          result.failed++;
          deps.logger.warn({ event: event.id, error }, "event not delivered; will retry");
        }
      }
      if (deliveredThisRound === 0) break;
    }
    return result;
  } finally {
    await release();
  }
}

type MessageContent = Pick<typeof escalationMessages.$inferSelect, "text" | "fileKind" | "fileId" | "details">;

/**
 * The words of the messages `message.created` events name, read from the transcript at
 * delivery: the outbox itself keeps no copy. A message gone meanwhile (erased, or its
 * transcript pruned) is delivered without them.
 */
async function messageContents(db: Db, events: { event: string; payload: unknown }[], include: boolean): Promise<Map<number, MessageContent> | undefined> {
  if (!include) return undefined;
  const ids = events.filter((e) => e.event === "message.created").map((e) => Number((e.payload as { messageId?: unknown }).messageId)).filter(Number.isSafeInteger);
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: escalationMessages.id, text: escalationMessages.text, fileKind: escalationMessages.fileKind, fileId: escalationMessages.fileId, details: escalationMessages.details })
    .from(escalationMessages)
    .where(inArray(escalationMessages.id, ids));
  return new Map(rows.map(({ id, ...content }) => [id, content]));
}

function withMessageContent(payload: Record<string, unknown>, words: Map<number, MessageContent> | undefined): Record<string, unknown> {
  if (typeof payload.messageId !== "number" || !words) return payload;
  const content = words.get(payload.messageId);
  return { ...payload, text: content?.text ?? null, fileKind: content?.fileKind ?? null, fileId: content?.fileId ?? null, details: content?.details ?? null };
}

/**
 * Deletes events delivered (or marked as having no receiver) more than `hours` ago, and
 * events still undelivered after `undeliveredDays` (the transcript retention: a receiver
 * down that long will not get words that are gone from the transcript anyway).
 */
export async function pruneOutbox(db: Db, now: Date, hours: number, undeliveredDays: number): Promise<{ delivered: number; undelivered: number }> {
  const delivered = await db
    .delete(outbox)
    .where(and(isNotNull(outbox.deliveredAt), lt(outbox.deliveredAt, new Date(now.getTime() - hours * 3_600_000))))
    .returning({ id: outbox.id });
  const undelivered = await db
    .delete(outbox)
    .where(and(isNull(outbox.deliveredAt), lt(outbox.createdAt, new Date(now.getTime() - undeliveredDays * 86_400_000))))
    .returning({ id: outbox.id });
  return { delivered: delivered.length, undelivered: undelivered.length };
}
