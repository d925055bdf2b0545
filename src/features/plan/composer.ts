import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { localeOf } from "../../i18n/negotiate.js";
import { openChatWithCounsellor } from "../handoff/composer.js";
import type { OfficeHours } from "../handoff/office-hours.js";
import { loadPlan, markOwnStep, partnerNamesOf, type FullPlan } from "./repository.js";
import { ownOpenSteps, planCb, renderPlan, stepTitle } from "./render.js";

/** The plan message's buttons: for each open step of the participant's own, "Done: <step>" and "I cannot do this" side by side. */
export function planKeyboard(ctx: BotContext, full: FullPlan): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const step of ownOpenSteps(full)) {
    const title = stepTitle(ctx.t, localeOf(ctx), step);
    // Telegram cuts long labels itself; a shorter one keeps the row's second button visible.
    const short = shorten(title, 40);
    keyboard.text(ctx.t("plan-button-done", { step: short }), planCb.done(step.id)).text(ctx.t("plan-button-cannot"), planCb.cannot(step.id)).row();
  }
  keyboard.text(ctx.t("menu-title"), "menu:show");
  return keyboard;
}

/** Shows "My plan" (or says there is none yet), with `prefix` above it. */
export async function showPlan(ctx: BotContext, prefix?: string): Promise<void> {
  const full = await loadPlan(ctx.db, ctx.participant.id);
  if (!full) {
    await ctx.reply(prefix ? `${prefix}\n\n${ctx.t("plan-none")}` : ctx.t("plan-none"), { reply_markup: new InlineKeyboard().text(ctx.t("menu-title"), "menu:show") });
    return;
  }
  const text = renderPlan(ctx.t, localeOf(ctx), full, await partnerNamesOf(ctx.db, full));
  await ctx.reply(prefix ? `${prefix}\n\n${text}` : text, { reply_markup: planKeyboard(ctx, full) });
}

/**
 * "My plan" in the chat: /plan and the menu button show it; the participant marks their
 * own steps done, or says they cannot do one, which hands the chat to a counsellor (the
 * step is marked so in the plan the counsellor reads).
 */
export function createPlanComposer(officeHours: OfficeHours, clock: () => Date): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.command("plan", (ctx) => showPlan(ctx));
  pm.callbackQuery(planCb.show, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showPlan(ctx);
  });

  pm.callbackQuery(/^plan:([dx]):(\d{1,10})$/, async (ctx) => {
    const stepId = Number(ctx.match[2]);
    const status = ctx.match[1] === "d" ? "done" : "cannot";
    const result = await markOwnStep(ctx.db, ctx.participant.id, stepId, status);
    if (!result.ok) {
      // Someone else's step, a forged press, or a step already done: the plan as it is now.
      await ctx.answerCallbackQuery({ text: ctx.t(result.error === "not-open" ? "plan-step-not-open" : "stale-button") });
      return showPlan(ctx);
    }
    await ctx.answerCallbackQuery();
    const title = stepTitle(ctx.t, localeOf(ctx), result.step);
    if (status === "done") return showPlan(ctx, ctx.t("plan-step-marked-done", { step: title }));
    await ctx.reply(ctx.t("plan-step-cannot-noted", { step: title }));
    await openChatWithCounsellor(ctx, "plan", officeHours, clock);
  });
  // Any other plan: data (cut, tampered, from an old version of the bot).
  pm.callbackQuery(/^plan:/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await showPlan(ctx);
  });
  return composer;
}

/**
 * At most `max` characters (whole characters, not halves of an emoji), with "…" when cut; an
 * isolated run cut in the middle gets its closing mark back, so the rest of the label keeps
 * its direction.
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const open = (cut.match(/\u2068/g) ?? []).length - (cut.match(/\u2069/g) ?? []).length;
  return `${cut}…${"\u2069".repeat(Math.max(0, open))}`;
}
