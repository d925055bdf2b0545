import type { NextFunction } from "grammy";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { processedUpdates } from "../db/schema.js";
import { CHAT_LOCK_NAMESPACE, withChatTransaction } from "../db/transaction.js";
import { resetNotUnderstood, touchParticipant } from "../participants/repository.js";
import type { BotContext } from "./context.js";

/**
 * Each update runs in one transaction holding the chat's lock, and is recorded as
 * processed in that same transaction: if the handler fails nothing is kept, not even
 * the "seen" mark, so a re-delivered update is handled again; if it succeeds, a second
 * delivery of the same update_id (a webhook retry, another process) is skipped.
 */
export function runInUpdateTransaction(db: Db) {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    // The chat lock is taken by the same statement that records the update (one round trip).
    await withChatTransaction(db, undefined, async (tx) => {
      const fresh = await lockChatAndMarkProcessed(tx, ctx.update.update_id, chatId);
      if (!fresh) {
        ctx.log.info("duplicate update skipped");
        return;
      }
      ctx.db = tx;
      await next();
    });
  };
}

/**
 * Takes the chat's advisory lock (see withChatTransaction) and records the update as
 * handled, in one statement: the lock is taken before the insert, which waits for any
 * other transaction inserting the same update_id. False when the update was handled
 * already (a re-delivery).
 */
async function lockChatAndMarkProcessed(tx: Db, updateId: number, chatId: number | undefined): Promise<boolean> {
  if (chatId === undefined) {
    const rows = await tx.insert(processedUpdates).values({ updateId, chatId: null }).onConflictDoNothing().returning({ id: processedUpdates.updateId });
    return rows.length > 0;
  }
  const result = await tx.execute(sql`
    insert into ${processedUpdates} (update_id, chat_id)
    select ${updateId}, ${chatId} from (select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}, hashtext(${String(chatId)}))) as chat_lock
    on conflict do nothing
    returning update_id`);
  // postgres.js returns the rows, PGlite an object holding them.
  const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
  return rows.length > 0;
}

/** Loads (or creates) the participant of a private chat; other chats have none. */
export async function loadParticipant(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.chat?.type === "private" && ctx.from && !ctx.from.is_bot) {
    ctx.participant = await touchParticipant(ctx.db, ctx.from.id, ctx.chat.id);
    const before = ctx.participant.notUnderstood;
    await next();
    // Anything understood breaks a run of "not understood" (a write only when there was one).
    if (before > 0 && ctx.participant.notUnderstood === before) await resetNotUnderstood(ctx.db, ctx.participant.id);
    return;
  }
  await next();
}

/** Forgets processed update ids older than Telegram could re-deliver them. */
export async function pruneProcessedUpdates(db: Db, olderThanDays = 8): Promise<number> {
  const rows = await db
    .delete(processedUpdates)
    .where(sql`${processedUpdates.processedAt} < now() - make_interval(days => ${olderThanDays})`)
    .returning({ id: processedUpdates.updateId });
  return rows.length;
}
