import { Composer } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { localeOf } from "../../i18n/negotiate.js";
import { metrics } from "../../metrics.js";
import { hasConsented } from "../../participants/repository.js";
import { showConsent, showMainMenu } from "../start/menus.js";
import { findQuestion, RETIRED_QUESTIONS, SURVEY, type Question } from "./definition.js";
import {
  acceptInput,
  answerFlags,
  answersNoLongerAsked,
  currentQuestion,
  previousQuestion,
  visibleQuestions,
  type Answers,
  type InputProblem,
  type SurveyInput,
} from "./flow.js";
import { cb, changeKeyboard, questionsToShow, renderAnswers, renderQuestion, type ExtraButton } from "./render.js";
import { answersAtStart, deleteAnswers, loadAnswers, saveAnswer, updateSurveyPosition } from "./repository.js";

/**
 * The intake survey in the chat. Stateless between updates on purpose: every update
 * reads the stored answers and the participant's cursor and works out the question
 * from them, so a restart, a redeploy or another process loses nothing, and an
 * update costs the same on question 1 as on question 20. (A conversations-plugin
 * flow would replay every earlier answer on each update.)
 */
export interface SurveyComposerOptions {
  survey?: readonly Question[];
  /** What comes after the thank-you (the bot shows the suggested modules); the menu by default. */
  onCompleted?: (ctx: BotContext) => Promise<void>;
  /** Buttons under a question (the 🔊 button where audio exists); none by default. */
  questionButtons?: (ctx: BotContext, question: Question) => Promise<ExtraButton[]>;
  /** What the participant is told at once when they answer that they are having a hard time. */
  onHardTime?: (ctx: BotContext) => Promise<void>;
}

interface Hooks {
  questionButtons: NonNullable<SurveyComposerOptions["questionButtons"]>;
  onHardTime: NonNullable<SurveyComposerOptions["onHardTime"]>;
}
const NO_HOOKS: Hooks = { questionButtons: async () => [], onHardTime: async () => {} };
/** The composer's hooks for the update being handled (one bot's options never reach another's). */
const hooksOfUpdate = new WeakMap<BotContext, Hooks>();
const hooks = (ctx: BotContext): Hooks => hooksOfUpdate.get(ctx) ?? NO_HOOKS;

export function createSurveyComposer(options: SurveyComposerOptions = {}): Composer<BotContext> {
  const survey = options.survey ?? SURVEY;
  const onCompleted = options.onCompleted ?? showMainMenu;
  const own: Hooks = { questionButtons: options.questionButtons ?? NO_HOOKS.questionButtons, onHardTime: options.onHardTime ?? NO_HOOKS.onHardTime };
  const composer = new Composer<BotContext>();
  composer.use((ctx, next) => {
    hooksOfUpdate.set(ctx, own);
    return next();
  });
  const pm = composer.chatType("private");

  pm.callbackQuery("menu:survey", async (ctx) => {
    await ctx.answerCallbackQuery();
    await startOrContinue(ctx, survey);
  });
  pm.command("survey", (ctx) => startOrContinue(ctx, survey));
  pm.command("profile", (ctx) => showProfile(ctx, survey));
  pm.callbackQuery("menu:profile", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showProfile(ctx, survey);
  });

  pm.callbackQuery(/^sv:([a-z]+)(?::([\w-]+))?(?::([\w-]+))?$/, async (ctx) => {
    const [, action, questionId = "", optionId = ""] = ctx.match;
    await handleButton(ctx, survey, action!, questionId, optionId, onCompleted);
  });
  // Any other sv: data (cut, tampered, from an old version of the bot).
  pm.callbackQuery(/^sv:/, async (ctx) => stale(ctx, survey, await loadAnswers(ctx.db, ctx.participant.id)));

  // Typed answers, stickers, photos…: only while a question is waiting for them.
  pm.on("message", async (ctx, next) => {
    const p = ctx.participant;
    if (!hasConsented(p) || !surveyOpen(p)) return next();
    const text = ctx.message.text;
    // Commands belong to other features (or to the "not understood" answer).
    if (text?.startsWith("/")) return next();
    const voice = ctx.message.voice ?? ctx.message.audio;
    const input: SurveyInput =
      text !== undefined
        ? { kind: "text", text }
        : voice
          ? { kind: "voice", fileId: voice.file_id, durationSeconds: voice.duration }
          : { kind: "unsupported" };
    const answers = await answersAtStart(ctx);
    const question = currentQuestion(survey, answers, p.surveyCursor);
    if (!question) return next();
    await submit(ctx, survey, question, input, answers);
  });

  return composer;
}

/** A survey is open while it is being answered, or while one answer is being changed. */
function surveyOpen(p: BotContext["participant"]): boolean {
  return p.surveyStatus === "in_progress" || p.surveyCursor !== null;
}

export async function startOrContinue(ctx: BotContext, survey: readonly Question[]): Promise<void> {
  const p = ctx.participant;
  if (!hasConsented(p)) {
    await ctx.reply(ctx.t("survey-consent-first"));
    await showConsent(ctx);
    return;
  }
  if (p.surveyStatus === "not_started") {
    await updateSurveyPosition(ctx.db, p.id, { surveyStatus: "in_progress" });
    p.surveyStatus = "in_progress";
    await ctx.reply(ctx.t("survey-intro"));
  }
  await showCurrent(ctx, survey, await loadAnswers(ctx.db, p.id));
}

/** Shows the question the participant is at, or the summary when all are answered. */
async function showCurrent(ctx: BotContext, survey: readonly Question[], answers: Answers, prefix?: string): Promise<void> {
  const p = ctx.participant;
  const question = currentQuestion(survey, answers, p.surveyCursor);
  if (question) {
    // Only multiple-choice questions keep a draft; others leave the session unread.
    const draft = keepsDraft(question) ? (await ctx.session).multiDraft : undefined;
    const selected =
      draft?.questionId === question.id
        ? draft.selected
        : Array.isArray(answers[question.id])
          ? (answers[question.id] as string[])
          : [];
    const { text, keyboard } = renderQuestion(ctx.t, survey, question, answers, selected, await hooks(ctx).questionButtons(ctx, question));
    await ctx.reply(prefix ? `${prefix}\n\n${text}` : text, { reply_markup: keyboard });
    return;
  }
  if (p.surveyReturnTo === "profile" || p.surveyStatus === "completed") {
    await updateSurveyPosition(ctx.db, p.id, { surveyReturnTo: null, surveyCursor: null });
    p.surveyReturnTo = null;
    await showProfile(ctx, survey, answers);
    return;
  }
  await showSummary(ctx, survey, answers);
}

async function showSummary(ctx: BotContext, survey: readonly Question[], answers: Answers): Promise<void> {
  const locale = localeOf(ctx);
  const text = `${ctx.t("survey-summary-title")}\n\n${renderAnswers(ctx.t, locale, questionsToShow(survey, answers, RETIRED_QUESTIONS), answers)}`;
  await ctx.reply(text, {
    reply_markup: {
      inline_keyboard: [
        [{ text: ctx.t("survey-summary-confirm"), callback_data: cb.confirm }],
        [{ text: ctx.t("survey-summary-change"), callback_data: cb.chooseChange }],
      ],
    },
  });
}

export async function showProfile(ctx: BotContext, survey: readonly Question[], known?: Answers): Promise<void> {
  const p = ctx.participant;
  if (!hasConsented(p)) {
    await ctx.reply(ctx.t("survey-consent-first"));
    await showConsent(ctx);
    return;
  }
  const answers = known ?? (await loadAnswers(ctx.db, p.id));
  if (Object.keys(answers).length === 0) {
    await ctx.reply(ctx.t("profile-empty"), {
      reply_markup: { inline_keyboard: [[{ text: ctx.t("menu-survey-start"), callback_data: "menu:survey" }]] },
    });
    return;
  }
  const text = `${ctx.t("profile-title")}\n\n${renderAnswers(ctx.t, localeOf(ctx), questionsToShow(survey, answers, RETIRED_QUESTIONS), answers)}`;
  await ctx.reply(text, {
    reply_markup: { inline_keyboard: [[{ text: ctx.t("survey-summary-change"), callback_data: cb.chooseChange }]] },
  });
}

async function handleButton(
  ctx: BotContext & { callbackQuery: { data: string } },
  survey: readonly Question[],
  action: string,
  questionId: string,
  optionId: string,
  onCompleted: (ctx: BotContext) => Promise<void>,
): Promise<void> {
  const p = ctx.participant;
  if (!hasConsented(p)) {
    await ctx.answerCallbackQuery();
    await showConsent(ctx);
    return;
  }
  const answers = await answersAtStart(ctx);
  const current = currentQuestion(survey, answers, p.surveyCursor);

  if (action === "ok" && !current) {
    await ctx.answerCallbackQuery();
    if (p.surveyStatus !== "completed") {
      await updateSurveyPosition(ctx.db, p.id, { surveyStatus: "completed", surveyCursor: null, surveyReturnTo: null, completed: true });
      p.surveyStatus = "completed";
      metrics.surveyCompletions.inc();
    }
    await ctx.reply(ctx.t("survey-completed"));
    await onCompleted(ctx);
    return;
  }
  if (action === "chg") {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("survey-change-which"), {
      reply_markup: changeKeyboard(ctx.t, visibleQuestions(survey, answers).filter((q) => q.id in answers)),
    });
    return;
  }
  if (action === "e") {
    const question = findQuestion(questionId, survey);
    if (!question || !visibleQuestions(survey, answers).includes(question)) return stale(ctx, survey, answers);
    await ctx.answerCallbackQuery();
    const returnTo = p.surveyStatus === "completed" ? "profile" : "summary";
    await updateSurveyPosition(ctx.db, p.id, { surveyCursor: question.id, surveyReturnTo: returnTo });
    Object.assign(p, { surveyCursor: question.id, surveyReturnTo: returnTo });
    await clearDraft(ctx);
    await showCurrent(ctx, survey, answers);
    return;
  }

  // Every other button acts on one question, which must be the one on screen now, of a
  // survey that is open (an old message's button must not start one nobody asked for).
  if (!current || current.id !== questionId || !surveyOpen(p)) return stale(ctx, survey, answers);

  switch (action) {
    case "a":
      await ctx.answerCallbackQuery();
      return submit(ctx, survey, current, { kind: "choice", optionId }, answers);
    case "s":
      await ctx.answerCallbackQuery();
      return submit(ctx, survey, current, { kind: "skip" }, answers);
    case "d": {
      await ctx.answerCallbackQuery();
      const session = await ctx.session;
      const selected = session.multiDraft?.questionId === current.id ? session.multiDraft.selected : [];
      return submit(ctx, survey, current, { kind: "choices", optionIds: selected }, answers);
    }
    case "t":
      return toggle(ctx, survey, current, optionId, answers);
    case "m":
      return toggle(ctx, survey, current, optionId, answers, "minus");
    case "b": {
      await ctx.answerCallbackQuery();
      const previous = previousQuestion(survey, answers, current.id);
      if (!previous) return showCurrent(ctx, survey, answers);
      await updateSurveyPosition(ctx.db, p.id, { surveyCursor: previous.id });
      p.surveyCursor = previous.id;
      await clearDraft(ctx);
      return showCurrent(ctx, survey, answers);
    }
    default:
      return stale(ctx, survey, answers);
  }
}

async function stale(ctx: BotContext, survey: readonly Question[], answers: Answers): Promise<void> {
  // The toast says what comes with it: the current question, or the menu.
  const open = surveyOpen(ctx.participant);
  await ctx.answerCallbackQuery({ text: ctx.t(open ? "survey-stale-button" : "stale-button-menu") });
  if (open) await showCurrent(ctx, survey, answers);
  else await showMainMenu(ctx);
}

async function toggle(
  ctx: BotContext & { callbackQuery: { data: string } },
  survey: readonly Question[],
  question: Question,
  optionId: string,
  answers: Answers,
  /** On a "counts" question: ➕ (the option's button) adds one, ➖ takes one away. */
  change: "toggle" | "minus" = "toggle",
): Promise<void> {
  if (!keepsDraft(question) || !("options" in question) || !question.options.some((o) => o.id === optionId && !o.retired)) {
    return stale(ctx, survey, answers);
  }
  if (change === "minus" && question.type !== "counts") return stale(ctx, survey, answers);
  await ctx.answerCallbackQuery();
  const session = await ctx.session;
  const stored = answers[question.id];
  const before =
    session.multiDraft?.questionId === question.id ? session.multiDraft.selected : Array.isArray(stored) ? stored : [];
  let selected: string[];
  if (question.type === "counts") {
    const at = before.lastIndexOf(optionId);
    selected =
      change === "minus"
        ? at < 0 ? [...before] : before.filter((_, i) => i !== at)
        : before.length >= question.maxTotal ? [...before] : [...before, optionId];
  } else {
    selected = before.includes(optionId) ? before.filter((o) => o !== optionId) : [...before, optionId];
  }
  session.multiDraft = { questionId: question.id, selected };
  const { keyboard } = renderQuestion(ctx.t, survey, question, answers, selected, await hooks(ctx).questionButtons(ctx, question));
  // The ticks go onto the message on screen with its own text, so that where Telegram can
  // no longer edit it (too old, deleted) the reply sender shows the same text and ticks as
  // a new message (src/bot/replies.ts).
  const pressed = ctx.callbackQuery?.message;
  const shown = pressed && "text" in pressed && typeof pressed.text === "string" ? pressed.text : undefined;
  if (shown) await ctx.editMessageText(shown, { reply_markup: keyboard });
  else await showCurrent(ctx, survey, answers);
}

/** Forgets ticked options; reads the session only when a multiple-choice question was on screen. */
async function clearDraft(ctx: BotContext, onScreen?: Question): Promise<void> {
  if (onScreen && !keepsDraft(onScreen)) return;
  const session = await ctx.session;
  if (session.multiDraft) delete session.multiDraft;
}

/** Checks an input; stores it at once when it is valid, re-asks politely when it is not. */
async function submit(
  ctx: BotContext,
  survey: readonly Question[],
  question: Question,
  input: SurveyInput,
  answers: Answers,
): Promise<void> {
  const p = ctx.participant;
  const result = acceptInput(question, input, answers);
  if (!result.ok) {
    await showCurrent(ctx, survey, answers, problemText(ctx, result));
    return;
  }
  await saveAnswer(ctx.db, p.id, question.id, result.value);
  await clearDraft(ctx, question);
  const updated: Record<string, Answers[string]> = { ...answers, [question.id]: result.value };
  const dropped = answersNoLongerAsked(survey, updated);
  await deleteAnswers(ctx.db, p.id, dropped);
  for (const id of dropped) delete updated[id];

  const status = p.surveyStatus === "completed" ? "completed" : "in_progress";
  // The common case (answering in order) changes neither: save the round trip.
  if (p.surveyCursor !== null || p.surveyStatus !== status) {
    await updateSurveyPosition(ctx.db, p.id, { surveyCursor: null, surveyStatus: status });
    Object.assign(p, { surveyCursor: null, surveyStatus: status });
  }
  const newlyFlagged = answerFlags(survey, updated).filter((f) => !answerFlags(survey, answers).includes(f));
  // "It is hard" is answered at once, warmly, with where to get help now.
  if (newlyFlagged.includes("hard-time")) await hooks(ctx).onHardTime(ctx);
  if (newlyFlagged.includes("voice-answer")) await ctx.reply(ctx.t("survey-voice-noted"));
  if (newlyFlagged.includes("wants-to-talk")) {
    await ctx.reply(ctx.t("survey-talk-noted"), { reply_markup: { inline_keyboard: [[{ text: ctx.t("handoff-offer-yes"), callback_data: "handoff:survey" }]] } });
  }
  await showCurrent(ctx, survey, updated);
}

function problemText(ctx: BotContext, problem: InputProblem): string {
  switch (problem.problem) {
    case "not-a-number":
    case "out-of-range":
      return ctx.t(`survey-${problem.problem}`, { min: problem.min, max: problem.max });
    case "too-long":
    case "too-many":
      return ctx.t(`survey-${problem.problem}`, { max: problem.max });
    default:
      return ctx.t(`survey-${problem.problem}`);
  }
}

/** Questions whose ticks are kept in the session until Done. */
function keepsDraft(question: Question): boolean {
  return question.type === "multi" || question.type === "counts";
}
