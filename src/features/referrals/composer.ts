import { Composer } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { answerConsent } from "./repository.js";

/**
 * The participant's answer to a referral's consent question. Yes sends the referral (an
 * event for the partner's system), No ends it; an answer to a question answered already
 * changes nothing and says what holds.
 */
export function createReferralConsentComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");
  pm.callbackQuery(/^ref:([yn]):(\d{1,10})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const agreed = ctx.match[1] === "y";
    const result = await answerConsent(ctx.db, ctx.participant.id, Number(ctx.match[2]), agreed);
    if (!result.referral) return void (await ctx.reply(ctx.t("ref-unknown")));
    if (!result.answered) {
      const status = result.referral.status;
      return void (await ctx.reply(ctx.t(status === "consent-refused" ? "ref-already-refused" : "ref-already-agreed")));
    }
    await ctx.reply(ctx.t(agreed ? "ref-consent-given" : "ref-consent-refused"));
  });
  pm.callbackQuery(/^ref:/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
  });
  return composer;
}
