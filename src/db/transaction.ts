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

/** Writes of a chat transaction sent without waiting for them (see pipelineWrite), by transaction. */
const pipelines = new WeakMap<object, Promise<unknown>[]>();

/**
 * Runs `work` in one transaction holding an advisory lock on the chat, so a chat's
 * updates are handled by one process at a time even when Telegram delivers a message
 * and a button press of the same person to two processes at once (DESIGN invariant 8).
 * The lock ends with the transaction.
 *
 * Writes that `work` pipelined (pipelineWrite) are still on their way when it returns:
 * COMMIT follows them on the connection, in the same network write, and the
 * transaction is only reported committed once every one of them succeeded.
 *
 * Throws what `work` threw, or the first pipelined write's error (then nothing was
 * kept: PostgreSQL turns the COMMIT of a failed transaction into a rollback).
 */
export async function withChatTransaction<T>(db: Db, chatId: number | undefined, work: (tx: Db) => Promise<T>): Promise<T> {
  const pipelined: Promise<unknown>[] = [];
  let outcome: { value: T };
  try {
    outcome = await db.transaction(async (tx) => {
      pipelines.set(tx, pipelined);
      if (chatId !== undefined) {
        await tx.execute(sql`select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}, hashtext(${String(chatId)}))`);
      }
      // Wrapped, so that returning does not wait for the pipelined writes.
      return { value: await current.run(tx as unknown as Db, () => work(tx as unknown as Db)) };
    });
  } catch (error) {
    // A statement after a failed pipelined write only says the transaction is aborted;
    // the write's own error says why.
    throw (await firstFailure(pipelined)) ?? error;
  }
  const failure = await firstFailure(pipelined);
  if (failure !== undefined) throw failure;
  return outcome.value;
}

async function firstFailure(writes: readonly Promise<unknown>[]): Promise<unknown> {
  for (const write of writes) {
    const failed = await write.then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    if (failed) return failed.error;
  }
  return undefined;
}

/**
 * Sends a write whose result its caller does not need, without waiting for PostgreSQL's
 * answer, when `db` is a chat transaction (withChatTransaction): the write leaves with
 * the statements after it, the transaction's COMMIT included, instead of costing a
 * round trip of its own. Statements run in the order they were sent, so later reads
 * see the write. Its failure fails the transaction (withChatTransaction throws it).
 *
 * Anywhere else (PostgreSQL outside a chat transaction, a savepoint) it waits for the
 * write, and rejects with its error.
 */
export function pipelineWrite(db: Db, write: PromiseLike<unknown>): Promise<void> {
  const promise = Promise.resolve(write);
  const pending = pipelines.get(db);
  if (!pending) return promise.then(() => {});
  promise.catch(() => {});
  pending.push(promise);
  return Promise.resolve();
}
