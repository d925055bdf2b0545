import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { respondToSession } from "./attendance.js";

/** The answers to a reminder: coming, not coming, or a new number of children for childcare. */
export function createRsvpComposer(clock: () => Date = () => new Date()): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.callbackQuery(/^rsvp:(y|n):(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const response = ctx.match[1] === "y" ? "coming" : "not_coming";
    const result = await respondToSession(ctx.db, { sessionId: Number(ctx.match[2]), participantId: ctx.participant.id, response, now: clock() });
    if (!result.ok) return void (await ctx.reply(ctx.t(result.reason === "too-late" ? "rsvp-too-late" : "module-unavailable")));
    await ctx.reply(ctx.t(response === "coming" ? "rsvp-thanks-coming" : "rsvp-thanks-not-coming"));
  });

  pm.callbackQuery(/^rsvp:c:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const sessionId = Number(ctx.match[1]);
    // A "coming" answer checks the session and finds the number booked; the real answer follows.
    const check = await respondToSession(ctx.db, { sessionId, participantId: ctx.participant.id, response: "coming", now: clock() });
    if (!check.ok) return void (await ctx.reply(ctx.t(check.reason === "too-late" ? "rsvp-too-late" : "module-unavailable")));
    const keyboard = new InlineKeyboard();
    for (let n = 0; n <= check.childrenBooked; n++) keyboard.text(n === 0 ? ctx.t("module-children-none") : String(n), `rsvp:k:${sessionId}:${n}`);
    await ctx.reply(ctx.t("rsvp-children-question"), { reply_markup: keyboard });
  });

  pm.callbackQuery(/^rsvp:k:(\d{1,9}):(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const children = Number(ctx.match[2]);
    const result = await respondToSession(ctx.db, {
      sessionId: Number(ctx.match[1]),
      participantId: ctx.participant.id,
      response: "coming",
      children,
      now: clock(),
    });
    if (!result.ok) return void (await ctx.reply(ctx.t(result.reason === "too-late" ? "rsvp-too-late" : "module-unavailable")));
    await ctx.reply(ctx.t("rsvp-children-saved", { children: Math.min(children, result.childrenBooked) }));
  });

  return composer;
}
