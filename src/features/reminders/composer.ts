import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { formatDateTime } from "../../i18n/format.js";
import { localeOf } from "../../i18n/negotiate.js";
import { findModule, placeLabel, translated } from "../modules/catalogue.js";
import { respondToSession, rsvpData, type RsvpResult } from "./attendance.js";

/**
 * The answers to a reminder or a change notice: coming, not coming, or a new number of
 * children for childcare. Each button carries the session version it was made for
 * (`rsvp:y:<session>:<version>`); buttons sent before versions existed have none.
 */
export function createRsvpComposer(clock: () => Date = () => new Date()): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  const version = (value: string | undefined) => (value === undefined ? 0 : Number(value));

  pm.callbackQuery(/^rsvp:(y|n):(\d{1,9})(?::(\d{1,6}))?$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const response = ctx.match[1] === "y" ? "coming" : "not_coming";
    const result = await respondToSession(ctx.db, {
      sessionId: Number(ctx.match[2]),
      participantId: ctx.participant.id,
      response,
      version: version(ctx.match[3]),
      now: clock(),
    });
    if (!result.ok) return refuse(ctx, result);
    if (response === "coming") return void (await ctx.reply(ctx.t("rsvp-thanks-coming")));
    // "I can come after all" stays possible.
    await ctx.reply(ctx.t("rsvp-thanks-not-coming"), {
      reply_markup: new InlineKeyboard().text(ctx.t("rsvp-can-come"), rsvpData("y", result.session.id, result.session.version)),
    });
  });

  pm.callbackQuery(/^rsvp:c:(\d{1,9})(?::(\d{1,6}))?$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const sessionId = Number(ctx.match[1]);
    // A "coming" answer checks the session and finds the number booked; the real answer follows.
    const check = await respondToSession(ctx.db, { sessionId, participantId: ctx.participant.id, response: "coming", version: version(ctx.match[2]), now: clock() });
    if (!check.ok) return refuse(ctx, check);
    const keyboard = new InlineKeyboard();
    for (let n = 0; n <= check.childrenBooked; n++) {
      keyboard.text(n === 0 ? ctx.t("module-children-none") : String(n), `rsvp:k:${sessionId}:${n}:${check.session.version}`);
    }
    await ctx.reply(ctx.t("rsvp-children-question"), { reply_markup: keyboard });
  });

  pm.callbackQuery(/^rsvp:k:(\d{1,9}):(\d{1,9})(?::(\d{1,6}))?$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const children = Number(ctx.match[2]);
    const result = await respondToSession(ctx.db, {
      sessionId: Number(ctx.match[1]),
      participantId: ctx.participant.id,
      response: "coming",
      children,
      version: version(ctx.match[3]),
      now: clock(),
    });
    if (!result.ok) return refuse(ctx, result);
    await ctx.reply(ctx.t("rsvp-children-saved", { children: Math.min(children, result.childrenBooked) }));
  });

  return composer;
}

/** Why an answer was not recorded; a button of an earlier time asks again with the new one. */
async function refuse(ctx: BotContext, result: Exclude<RsvpResult, { ok: true }>): Promise<void> {
  if (result.reason !== "changed") {
    await ctx.reply(ctx.t(result.reason === "too-late" ? "rsvp-too-late" : "module-unavailable"));
    return;
  }
  const { session, childrenBooked } = result;
  const locale = localeOf(ctx);
  const module = await findModule(ctx.db, session.moduleId);
  const text = ctx.t("rsvp-changed", { title: module ? translated(module.title, locale) : "", date: formatDateTime(session.startsAt, locale), place: placeLabel(session.place, ctx.t) });
  const keyboard = new InlineKeyboard();
  if (childrenBooked > 0) {
    keyboard
      .text(ctx.t("rsvp-childcare-yes", { children: childrenBooked }), rsvpData("y", session.id, session.version))
      .row()
      .text(ctx.t("rsvp-childcare-change"), rsvpData("c", session.id, session.version))
      .row();
  } else {
    keyboard.text(ctx.t("rsvp-coming"), rsvpData("y", session.id, session.version));
  }
  keyboard.text(ctx.t("rsvp-not-coming"), rsvpData("n", session.id, session.version));
  await ctx.reply(text, { reply_markup: keyboard });
}
