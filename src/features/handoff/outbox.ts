import type { Db } from "../../db/client.js";
import { outbox } from "../../db/schema.js";

/**
 * Queues an event for other systems in the caller's transaction, so it exists exactly
 * when the change it describes does. Events with the same ordering key are delivered
 * in the order they were queued.
 */
export async function enqueueEvent(db: Db, event: string, orderingKey: string, payload: Record<string, unknown>): Promise<void> {
  await db.insert(outbox).values({ event, orderingKey, payload: { ...payload, occurredAt: new Date().toISOString() } });
}
