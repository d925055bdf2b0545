import { createHmac } from "node:crypto";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Database } from "../../db/client.js";
import { outbox } from "../../db/schema.js";

/**
 * The signature receivers check: HMAC-SHA256 over "<timestamp>.<body>" with the shared
 * secret, hex-encoded. The timestamp lets them refuse old (replayed) deliveries.
 */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
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
      for (const event of due) {
        const body = JSON.stringify({ id: event.id, event: event.event, createdAt: event.createdAt.toISOString(), data: event.payload });
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
