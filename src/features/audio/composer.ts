import { Composer, InputFile } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { localeOf } from "../../i18n/negotiate.js";
import { consentNoticeText } from "../start/menus.js";
import { findQuestion, offeredOptions } from "../survey/definition.js";
import { optionLabel } from "../survey/render.js";
import { canBeHeard, clipFilename, clipFor, isSpeakable } from "./clips.js";

/** The 🔊 button's callback data: `au:<message key>` ("au:q-region", "au:welcome"). */
export const listenData = (messageKey: string) => `au:${messageKey}`;

/**
 * 🔊 buttons: a voice message in the participant's language, from a staff recording or
 * synthetic speech (clips.ts). Sent by Telegram's file id once the clip was uploaded.
 */
export function createAudioComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  pm.callbackQuery(/^au:([\w-]{1,60})$/, async (ctx) => {
    const key = ctx.match[1]!;
    const locale = localeOf(ctx);
    if (!isSpeakable(key) || !(await canBeHeard(ctx.db, key, locale))) {
      await ctx.answerCallbackQuery({ text: ctx.t("audio-none") });
      return;
    }
    // The press is acknowledged before the (maybe slow) synthesis: Telegram gives it 150 s at most.
    await ctx.answerCallbackQuery();
    let clip: Awaited<ReturnType<typeof clipFor>>;
    try {
      clip = await clipFor(ctx.db, key, locale, spokenText(ctx, key));
    } catch (error) {
      // espeak-ng or opusenc failed or took too long (a busy machine): the participant is
      // told, and the update is not failed for it.
      ctx.log?.warn({ err: error, messageKey: key, locale }, "speech synthesis failed");
      clip = undefined;
    }
    if (!clip) return void (await ctx.reply(ctx.t("audio-failed")));
    await ctx.replyWithVoice(clip.telegramFileId ?? new InputFile(clip.content, clipFilename(clip.id)));
  });
  // Cut or tampered data.
  pm.callbackQuery(/^au:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t("audio-none") }));
  return composer;
}

/** The 🔊 button for a message, or none where it cannot be heard in the participant's language. */
export async function listenButton(ctx: BotContext, messageKey: string): Promise<{ text: string; data: string } | undefined> {
  if (!(await canBeHeard(ctx.db, messageKey, localeOf(ctx)))) return undefined;
  return { text: ctx.t("audio-listen"), data: listenData(messageKey) };
}

/**
 * What synthetic speech reads for a message: a question with its options, numbered, so
 * a participant who cannot read knows which button is which by its place.
 */
export function spokenText(ctx: BotContext, key: string): string {
  // The notice comes right after the welcome, in one message: its button reads both.
  if (key === "consent-notice") return `${ctx.t("welcome", { project: ctx.deps.projectName })}\n\n${consentNoticeText(ctx)}`;
  if (!key.startsWith("q-")) return ctx.t(key);
  const question = findQuestion(key.slice(2));
  if (!question) return ctx.t(key);
  const ids =
    question.type === "yesno"
      ? ["yes", "no"]
      : "options" in question
        ? offeredOptions(question).map((o) => o.id)
        : [];
  const labels = ids.map((id, i) => `${i + 1}. ${optionLabel(ctx.t, question, id)}.`);
  if (question.type === "counts") labels.push(`${ids.length + 1}. ${ctx.t(`q-${question.id}-none`)}.`);
  return [ctx.t(key), ...labels].join("\n");
}
