import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import type { Question } from "../survey/definition.js";
import { optionLabel, type Translate } from "../survey/render.js";
import { FOLLOW_UP, FOLLOW_UP_TEXT_KEYS, findFollowUpQuestion } from "./definition.js";
import { completeRound, findRound, loadRoundAnswers, roundInProgress, saveRoundAnswer } from "./repository.js";

/** Callback data: start a round, answer a question of it. */
export const followUpCb = {
  start: (round: number) => `fu:s:${round}`,
  answer: (round: number, questionId: string, option: string) => `fu:a:${round}:${questionId}:${option}`,
} as const;

/** The follow-up offer (sent by the reminder sender's tick), in the participant's language. */
export function composeFollowUpOffer(t: Translate, round: number): { text: string; reply_markup: { inline_keyboard: { text: string; callback_data: string }[][] } } {
  return { text: t("fu-offer", { months: round }), reply_markup: { inline_keyboard: [[{ text: t("fu-start"), callback_data: followUpCb.start(round) }]] } };
}

function renderFollowUpQuestion(t: Translate, round: number, question: Question, index: number): { text: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  if (question.type === "single") for (const o of question.options) keyboard.text(optionLabel(t, question, o.id), followUpCb.answer(round, question.id, o.id)).row();
  return { text: `${t("fu-progress", { index, total: FOLLOW_UP.length })}\n\n${t(FOLLOW_UP_TEXT_KEYS[question.id] ?? `q-${question.id}`)}`, keyboard };
}

/** The first unanswered question of the round, or the thanks when all are answered (the round is then complete). */
async function showNext(ctx: BotContext, round: number, prefix?: string): Promise<void> {
  const answers = await loadRoundAnswers(ctx.db, ctx.participant.id, round);
  const index = FOLLOW_UP.findIndex((q) => !(q.id in answers));
  if (index < 0) {
    await completeRound(ctx.db, ctx.participant.id, round);
    const keyboard = new InlineKeyboard();
    // "I would like to talk to someone" asks for a person, as in the survey.
    if (answers.coping === "talk") keyboard.text(ctx.t("handoff-offer-yes"), "handoff:open").row();
    keyboard.text(ctx.t("menu-plan"), "plan:l").text(ctx.t("menu-title"), "menu:show");
    await ctx.reply(ctx.t("fu-thanks"), { reply_markup: keyboard });
    return;
  }
  const { text, keyboard } = renderFollowUpQuestion(ctx.t, round, FOLLOW_UP[index]!, index + 1);
  await ctx.reply(prefix ? `${prefix}\n\n${text}` : text, { reply_markup: keyboard });
}

/**
 * The follow-up check-in in the chat: button answers only, each stored the moment it is
 * given (a round left halfway continues where it was); a completed round cannot be
 * changed any more, and typed words while a round is open get the question again.
 */
export function createFollowUpComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.callbackQuery(/^fu:s:(\d{1,3})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const round = Number(ctx.match[1]);
    const row = await findRound(ctx.db, ctx.participant.id, round);
    if (!row) return void (await ctx.reply(ctx.t("fu-unknown")));
    if (row.completedAt) return void (await ctx.reply(ctx.t("fu-already-done")));
    await showNext(ctx, round);
  });

  pm.callbackQuery(/^fu:a:(\d{1,3}):([\w-]+):([\w-]+)$/, async (ctx) => {
    const round = Number(ctx.match[1]);
    const question = findFollowUpQuestion(ctx.match[2]!);
    const option = ctx.match[3]!;
    const row = await findRound(ctx.db, ctx.participant.id, round);
    if (!row || !question || question.type !== "single" || !question.options.some((o) => o.id === option)) {
      const open = row !== undefined && !row.completedAt;
      await ctx.answerCallbackQuery({ text: ctx.t(open ? "survey-stale-button" : "stale-button") });
      if (open) await showNext(ctx, round);
      return;
    }
    if (row.completedAt) {
      await ctx.answerCallbackQuery();
      return void (await ctx.reply(ctx.t("fu-already-done")));
    }
    await ctx.answerCallbackQuery();
    await saveRoundAnswer(ctx.db, ctx.participant.id, round, question.id, option);
    await showNext(ctx, round);
  });
  pm.callbackQuery(/^fu:/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
  });

  pm.on("message", async (ctx, next) => {
    if (ctx.message.text?.startsWith("/")) return next();
    const round = await roundInProgress(ctx.db, ctx.participant.id);
    if (round === undefined) return next();
    await showNext(ctx, round, ctx.t("fu-use-buttons"));
  });
  return composer;
}

