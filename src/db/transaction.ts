import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import type { Db } from "./client.js";

const current = new AsyncLocalStorage<Db>();

/**
 * The transaction the current update runs in, if any. Code with a fixed signature
 * (grammY storage adapters) uses it so that its reads and writes join the update's
 * transaction: on PGlite a query outside it would wait for it forever, and on
 * PostgreSQL it would escape the chat lock.
 */
export function currentDb(fallback: Db): Db {
  return current.getStore() ?? fallback;
}

// Namespace of the two-key advisory locks held per chat (the other key is the chat).
export const CHAT_LOCK_NAMESPACE = 1;

/**
 * Runs `work` in one transaction holding an advisory lock on the chat, so a chat's
 * updates are handled by one process at a time even when Telegram delivers a message
 * and a button press of the same person to two processes at once (DESIGN invariant 8).
 * The lock ends with the transaction.
 */
export async function withChatTransaction<T>(db: Db, chatId: number | undefined, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (chatId !== undefined) {
      await tx.execute(sql`select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}, hashtext(${String(chatId)}))`);
    }
    return current.run(tx as unknown as Db, () => work(tx as unknown as Db));
  });
}
