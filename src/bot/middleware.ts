import type { NextFunction } from "grammy";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { processedUpdates } from "../db/schema.js";
import { CHAT_LOCK_NAMESPACE, pipelineWrite, withChatTransaction } from "../db/transaction.js";
import type { Update } from "grammy/types";
import { rememberMediaGroup, resetNotUnderstood, setReachable, touchParticipantForUpdate } from "../participants/repository.js";
import type { BotContext } from "./context.js";
import { collectReplies, RepliesPendingError, storeReplies, UpdateReplies, type ReplySender, type StoredReplies } from "./replies.js";

/** Longest an update waits for its button acknowledgements after its work, in ms. */
const ACK_WAIT_MS = 2_000;

export interface UpdateTransactionOptions {
  /**
   * Webhook mode: a reply Telegram could not take yet (network, 5xx, a long 429) fails
   * the update, so Telegram delivers it again and the redelivery sends what is left.
   * Polling mode: the update succeeds and the retry job sends what is left.
   */
  failUpdateWhileRepliesPending: boolean;
}

/**
 * Each update runs in one transaction holding the chat's lock, and is recorded as
 * processed in that same transaction: if the handler fails nothing is kept, not even
 * the "seen" mark, so a re-delivered update is handled again; if it succeeds, a second
 * delivery of the same update_id (a webhook retry, another process) is skipped.
 *
 * The handler's replies are stored in the same transaction and sent after it commits
 * (replies.ts): no Bot API call waits inside the transaction, and a redelivered update
 * only sends what its first delivery could not.
 */
export function runInUpdateTransaction(db: Db, sender: ReplySender, options: UpdateTransactionOptions) {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const chatId = ctx.chat?.id ?? ctx.from?.id;
    const batch = new UpdateReplies();
    let fresh = false;
    let storing: Promise<StoredReplies> | undefined;
    try {
      await collectReplies(batch, () =>
        // The chat lock is taken by the same statement that records the update (one round trip).
        withChatTransaction(db, undefined, async (tx) => {
          const marking = lockChatAndMarkProcessed(tx, ctx.update.update_id, chatId);
          prefetchParticipant(ctx, tx);
          fresh = await marking;
          if (!fresh) return;
          ctx.db = tx;
          await next();
          // Every press stops its button's spinner, even where no feature answered it.
          if (ctx.callbackQuery && !batch.answeredCallback) await ctx.answerCallbackQuery();
          // The replies' rows leave with the COMMIT; withChatTransaction reports the
          // transaction committed only once they were stored.
          storing = storeReplies(tx, ctx.update.update_id, chatId, batch);
          await pipelineWrite(tx, storing);
        }),
      );
      if (!fresh) ctx.log.info("duplicate update skipped");
      if (!fresh) {
        // The first delivery failed after its commit (webhook: answered 500), so its
        // press may not have been acknowledged; a second acknowledgement is refused by
        // Telegram at worst, and that is ignored.
        if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
        // A redelivery sends whatever its first delivery left pending.
        if (chatId !== undefined) await sender.drain(chatId);
        return;
      }
      const stored = (await storing) ?? { others: [] };
      if (stored.own) await sender.drain(stored.own.chatId, stored.own.rows);
      for (const chat of stored.others) await sender.drain(chat);
    } catch (error) {
      if (error instanceof RepliesPendingError && !options.failUpdateWhileRepliesPending) {
        ctx.log.info({ reason: error.reason }, "replies pending; the retry job sends them");
        return;
      }
      throw error;
    } finally {
      // Acknowledgements run alongside the work; a hung one must not hold the chat's next
      // update, so the wait for them is short (each has its own failure handler).
      await Promise.race([Promise.all(batch.acks), new Promise((resolve) => setTimeout(resolve, ACK_WAIT_MS).unref())]);
    }
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

/** The update kinds the bot acts on; polling and the webhook ask Telegram for these only. */
export const PARTICIPANT_UPDATE_TYPES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

/**
 * True for what a participant does in their own private chat with the bot: a message,
 * an edit, a press of a button under a message in that same chat (by the person whose
 * chat it is), or their blocking or unblocking the bot. Everything else is answered and
 * left alone, so nobody becomes a participant without writing to the bot.
 */
export function isParticipantUpdate(update: Update): boolean {
  const message = update.message ?? update.edited_message;
  if (message) return message.chat.type === "private" && !!message.from && !message.from.is_bot && message.from.id === message.chat.id;
  const press = update.callback_query;
  if (press) {
    const chat = press.message?.chat;
    return !!chat && chat.type === "private" && !press.from.is_bot && chat.id === press.from.id;
  }
  const member = update.my_chat_member;
  if (member) return member.chat.type === "private" && member.chat.id === member.from.id;
  return false;
}

/**
 * Blocking the bot (status "kicked") and unblocking it ("member") as Telegram reports
 * it: the participant's reachable flag follows, and nothing else happens. Someone who
 * never wrote to the bot gets no record.
 */
export async function followChatMember(ctx: BotContext, next: NextFunction): Promise<void> {
  const change = ctx.myChatMember;
  if (!change) return next();
  const status = change.new_chat_member.status;
  if (status === "kicked" || status === "member") await setReachable(ctx.db, change.from.id, status === "member");
}

const prefetched = new WeakMap<BotContext, ReturnType<typeof touchParticipantForUpdate>>();

/** The updates loadParticipant loads a participant for (followChatMember ends the others' way first). */
function needsParticipant(ctx: BotContext): ctx is BotContext & { from: NonNullable<BotContext["from"]>; chat: NonNullable<BotContext["chat"]> } {
  return !ctx.myChatMember && ctx.chat?.type === "private" && !!ctx.from && !ctx.from.is_bot;
}

/**
 * Asks for the participant's row right behind the chat lock, before the lock's answer
 * is back: both statements leave in one write and PostgreSQL runs them in order on the
 * transaction's connection, which saves every update a round trip. For a re-delivered
 * update the touch is wasted but harmless (it only marks the participant seen).
 * loadParticipant picks the result up; its failure is seen there or as the transaction's.
 */
function prefetchParticipant(ctx: BotContext, tx: Db): void {
  if (!needsParticipant(ctx)) return;
  const loading = touchParticipantForUpdate(tx, ctx.from.id, ctx.chat.id);
  loading.catch(() => {});
  prefetched.set(ctx, loading);
}

/** Loads (or creates) the participant of a private chat; other chats have none. */
export async function loadParticipant(ctx: BotContext, next: NextFunction): Promise<void> {
  if (needsParticipant(ctx)) {
    const { inHandoff, dialogState, surveyAnswers, ...participant } = await (prefetched.get(ctx) ?? touchParticipantForUpdate(ctx.db, ctx.from.id, ctx.chat.id));
    ctx.participant = participant;
    ctx.inHandoff = inHandoff;
    ctx.surveyAnswersAtStart = surveyAnswers;
    ctx.dialogState = { value: dialogState ?? null };
    const before = ctx.participant.notUnderstood;
    await next();
    // Anything understood breaks a run of "not understood" (a write only when there was
    // one); the rest of an album was neither understood nor not.
    if (before > 0 && ctx.participant.notUnderstood === before && !isRestOfAlbum(ctx)) await resetNotUnderstood(ctx.db, ctx.participant.id);
    return;
  }
  await next();
}

/**
 * Telegram delivers each photo of an album (a media group) as an update of its own;
 * the album gets one answer and counts once towards the offer of a counsellor.
 * Mounted after the handoff, which passes every photo on to the counsellor.
 */
export async function oneAnswerPerAlbum(ctx: BotContext, next: NextFunction): Promise<void> {
  const group = ctx.message?.media_group_id;
  if (!group || !ctx.participant) return next();
  if (isRestOfAlbum(ctx)) return;
  await rememberMediaGroup(ctx.db, ctx.participant.id, group);
  return next();
}

function isRestOfAlbum(ctx: BotContext): boolean {
  const group = ctx.message?.media_group_id;
  return group !== undefined && ctx.participant?.lastMediaGroupId === group;
}

/** Forgets processed update ids older than Telegram could re-deliver them. */
export async function pruneProcessedUpdates(db: Db, olderThanDays = 8): Promise<number> {
  const rows = await db
    .delete(processedUpdates)
    .where(sql`${processedUpdates.processedAt} < now() - make_interval(days => ${olderThanDays})`)
    .returning({ id: processedUpdates.updateId });
  return rows.length;
}
