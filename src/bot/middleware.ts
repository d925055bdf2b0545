import type { NextFunction } from "grammy";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { processedUpdates } from "../db/schema.js";
import { withChatTransaction } from "../db/transaction.js";
import { touchParticipant } from "../participants/repository.js";
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
    await withChatTransaction(db, chatId, async (tx) => {
      const fresh = await tx
        .insert(processedUpdates)
        .values({ updateId: ctx.update.update_id, chatId: chatId ?? null })
        .onConflictDoNothing()
        .returning({ id: processedUpdates.updateId });
      if (fresh.length === 0) {
        ctx.log.info("duplicate update skipped");
        return;
      }
      ctx.db = tx;
      await next();
    });
  };
}

/** Loads (or creates) the participant of a private chat; other chats have none. */
export async function loadParticipant(ctx: BotContext, next: NextFunction): Promise<void> {
  if (ctx.chat?.type === "private" && ctx.from && !ctx.from.is_bot) {
    ctx.participant = await touchParticipant(ctx.db, ctx.from.id, ctx.chat.id);
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
