import { Composer, InlineKeyboard } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../../bot/context.js";
import { createI18n } from "../../i18n/i18n.js";
import { findParticipant } from "../../participants/repository.js";
import { claimEscalation, closeEscalation, findEscalation, reassignEscalation, replyToParticipant, type ActionError } from "../handoff/escalations.js";
import { createRelay } from "../handoff/relay.js";
import { findStaff } from "../handoff/staff.js";
import { linkedCounsellors, linkedStaff, redeemLinkCode } from "./linking.js";
import { enqueueGroupPost, topicByThread } from "./queue.js";
import { T } from "./texts.js";

/**
 * True for a message or a button press in the staff group. These never reach the
 * participants' features (isParticipantUpdate is false for them); they go through the
 * staff group's own composer.
 */
export function isStaffGroupUpdate(update: Update, groupChatId: number): boolean {
  const message = update.message;
  if (message) return message.chat.id === groupChatId && !!message.from && !message.from.is_bot;
  const press = update.callback_query;
  if (press) return press.message?.chat.id === groupChatId && !press.from.is_bot;
  return false;
}

/**
 * True for `/link …` sent to the bot in a private chat: a staff member who mistook where
 * the code goes. It gets a hint (linkInPrivateChat) and never reaches the participants'
 * features, so no participant record is made of a staff member.
 */
export function isLinkInPrivateChat(update: Update): boolean {
  const message = update.message;
  return message?.chat.type === "private" && /^\/link(?:@\w+)?(?:\s|$)/.test(message.text ?? "");
}

/** The hint for isLinkInPrivateChat (the code is not redeemed here, nothing is stored). */
export const linkInPrivateChat = (ctx: BotContext) => ctx.reply(T.linkInPrivate);

const TOASTS: Record<ActionError, string> = {
  "not-found": T.toastClosed,
  closed: T.toastClosed,
  "already-claimed": T.toastAlreadyClaimed,
  "not-yours": T.toastNotYours,
  "not-claimed": T.toastNotClaimed,
  unreachable: T.notDelivered,
  "delivery-failed": T.notDeliveredTryAgain,
  "no-such-counsellor": T.toastNoSuchCounsellor,
};

/**
 * The counsellors' side in the staff group. Only a Telegram account linked to an active
 * staff account acts here; anything anyone else posts or presses is left alone (no
 * answer, nothing stored), except `/link CODE`, which is how an account gets linked.
 * Everything the bot says in the group goes through the paced queue (queue.ts), in this
 * update's transaction; the participant's messages leave through the update's replies.
 */
export function createStaffGroupComposer(options: { groupChatId: number; clock?: () => Date }): Composer<BotContext> {
  const group = options.groupChatId;
  const clock = options.clock ?? (() => new Date());
  const i18n = createI18n();
  const composer = new Composer<BotContext>();
  const notice = (ctx: BotContext, text: string, threadId: number | undefined, extra: Record<string, unknown> = {}) =>
    enqueueGroupPost(ctx.db, group, null, "notice", { text, ...(threadId ? { threadId } : {}), ...extra });

  composer.on("message", async (ctx) => {
    const message = ctx.message;
    const threadId = message.is_topic_message ? message.message_thread_id : undefined;
    const link = /^\/link(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(message.text ?? "");
    if (link) {
      // The code must not stay readable in the group.
      await enqueueGroupPost(ctx.db, group, null, "delete-message", { messageId: message.message_id });
      const code = link[1]?.trim();
      if (!code) return notice(ctx, T.linkUsage, threadId);
      const linked = await redeemLinkCode(ctx.db, code, ctx.from.id, clock());
      return notice(ctx, linked.ok ? T.linked(linked.staff.displayName) : T.linkFailed, threadId);
    }
    const who = await linkedStaff(ctx.db, ctx.from.id);
    if (!who || threadId === undefined) return;
    const topic = await topicByThread(ctx.db, group, threadId);
    if (!topic?.escalationId) return;
    const text = message.text;
    if (text === undefined) {
      // Service messages (a topic renamed, closed) are no staff member's words.
      if (message.photo || message.document || message.voice || message.audio || message.video || message.sticker || message.location || message.contact || message.video_note) {
        await notice(ctx, T.onlyText, threadId);
      }
      return;
    }
    // A command (another bot's, a slip of the finger) is not words for the participant.
    if (text.startsWith("/")) return;
    const escalation = await findEscalation(ctx.db, topic.escalationId);
    if (!escalation || escalation.status === "closed") return notice(ctx, T.closed, threadId);
    // Writing in an unclaimed chat takes it on, as a claim would (one claimer wins).
    if (escalation.status === "open") {
      const claimed = await claimEscalation(ctx.db, escalation.id, who);
      if (!claimed.ok && claimed.error !== "already-claimed") return notice(ctx, T.notYours(TOASTS[claimed.error]), threadId);
    }
    const result = await replyToParticipant(ctx.db, createRelay(ctx.api), escalation.id, who, text.trim() || text, "staff-group");
    if (!result.ok) {
      const reason = result.error === "closed" ? T.closed : result.error === "not-yours" ? T.notYours(T.toastNotYours) : TOASTS[result.error];
      await notice(ctx, reason, threadId);
    }
  });

  composer.callbackQuery(/^sg:(claim|close|hand|to):(\d{1,10})(?::(\d{1,10}))?$/, async (ctx) => {
    const who = await linkedStaff(ctx.db, ctx.from.id);
    if (!who) return; // The press is acknowledged without a word (runInUpdateTransaction).
    const [, action, idText, targetText] = ctx.match;
    const id = Number(idText);
    const threadId = ctx.callbackQuery.message?.message_thread_id;
    switch (action) {
      case "claim": {
        const result = await claimEscalation(ctx.db, id, who);
        return void (await ctx.answerCallbackQuery({ text: result.ok ? T.toastClaimed : TOASTS[result.error] }));
      }
      case "close": {
        const result = await closeEscalation(ctx.db, id, { kind: "counsellor", who });
        if (result.ok && result.escalation.participantId) {
          const participant = await findParticipant(ctx.db, result.escalation.participantId);
          // Leaves after the commit, with the update's other replies (the participant's chat).
          if (participant?.reachable) await ctx.api.sendMessage(participant.chatId, i18n.t(participant.locale ?? "en", "handoff-closed-by-counsellor"));
        }
        return void (await ctx.answerCallbackQuery({ text: result.ok ? T.toastDone : TOASTS[result.error] }));
      }
      case "hand": {
        const escalation = await findEscalation(ctx.db, id);
        if (!escalation || escalation.status === "closed") return void (await ctx.answerCallbackQuery({ text: T.toastClosed }));
        if (who.role !== "admin" && escalation.counsellorId !== who.staffId) return void (await ctx.answerCallbackQuery({ text: escalation.counsellorId === null ? T.toastNotClaimed : T.toastNotYours }));
        const others = await linkedCounsellors(ctx.db, escalation.counsellorId);
        await ctx.answerCallbackQuery();
        if (others.length === 0) return notice(ctx, T.noOtherCounsellors, threadId);
        const keyboard = new InlineKeyboard();
        for (const other of others) keyboard.text(other.displayName, `sg:to:${id}:${other.id}`).row();
        return notice(ctx, T.chooseCounsellor, threadId, { reply_markup: keyboard });
      }
      case "to": {
        const result = await reassignEscalation(ctx.db, id, who, Number(targetText));
        const target = result.ok ? await findStaff(ctx.db, Number(targetText)) : undefined;
        return void (await ctx.answerCallbackQuery({ text: result.ok ? T.toastHandedOver(target?.displayName ?? "") : TOASTS[result.error] }));
      }
    }
  });
  return composer;
}
