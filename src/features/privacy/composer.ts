import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../../bot/context.js";
import type { Messenger } from "../../bot/messenger.js";
import { formatDateTime } from "../../i18n/format.js";
import { localeOf } from "../../i18n/negotiate.js";
import { hasConsented } from "../../participants/repository.js";
import { notifyPromoted } from "../modules/notify.js";
import { showConsent, showMainMenu } from "../start/menus.js";
import { RETIRED_QUESTIONS, SURVEY } from "../survey/definition.js";
import { questionsToShow, renderAnswers } from "../survey/render.js";
import { loadPlan, partnerNamesOf } from "../plan/repository.js";
import { renderPlan } from "../plan/render.js";
import { loadAnswers } from "../survey/repository.js";
import { eraseParticipant, holdsPersonalData } from "./erasure.js";
import { exportParticipantData } from "./export.js";
import { consentNoticeText } from "./notice.js";

/** /mydata and /delete: the participant sees and erases what is kept about them. */
export function createPrivacyComposer(messenger: Messenger, clock: () => Date = () => new Date()): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.command("mydata", showMyData);
  pm.callbackQuery("privacy:mydata", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMyData(ctx);
  });

  const confirm = (ctx: BotContext) =>
    ctx.reply(ctx.t("privacy-delete-confirm"), {
      reply_markup: new InlineKeyboard().text(ctx.t("privacy-delete-yes"), "privacy:erase").row().text(ctx.t("privacy-delete-no"), "privacy:keep"),
    });
  pm.command("delete", confirm);
  pm.callbackQuery("privacy:delete", async (ctx) => {
    await ctx.answerCallbackQuery();
    await confirm(ctx);
  });
  pm.callbackQuery("privacy:keep", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("privacy-delete-kept"));
  });
  pm.callbackQuery("privacy:erase", async (ctx) => {
    await ctx.answerCallbackQuery();
    const { promoted } = await eraseParticipant(ctx.db, ctx.participant.id, clock(), "request");
    await ctx.reply(ctx.t("privacy-deleted"));
    await notifyPromoted(ctx.db, messenger, promoted);
  });

  // Withdrawing consent: "I do not agree" from someone who agreed before (an old notice
  // message, or the notice asked again after PRIVACY_NOTICE_VERSION changed). It says
  // what will happen and asks; only a confirmation erases, as /delete does. Someone who
  // never agreed and has nothing stored goes on to the plain "declined" answer.
  pm.callbackQuery("consent:no", async (ctx, next) => {
    if (!(await holdsPersonalData(ctx.db, ctx.participant))) return next();
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("consent-withdraw-confirm"), {
      reply_markup: new InlineKeyboard().text(ctx.t("consent-withdraw-yes"), "privacy:withdraw").row().text(ctx.t("consent-withdraw-no"), "privacy:withdraw-keep"),
    });
  });
  pm.callbackQuery("privacy:withdraw", async (ctx) => {
    await ctx.answerCallbackQuery();
    const { promoted } = await eraseParticipant(ctx.db, ctx.participant.id, clock(), "withdrawal");
    await ctx.reply(ctx.t("consent-withdrawn"));
    await notifyPromoted(ctx.db, messenger, promoted);
  });
  pm.callbackQuery("privacy:withdraw-keep", async (ctx) => {
    await ctx.answerCallbackQuery();
    const p = ctx.participant;
    // Agreed to the notice in force: nothing changes. Asked again after a new notice: the
    // notice again, since nothing may go on before an answer to it.
    if (hasConsented(p) && p.consentVersion === ctx.deps.privacyNoticeVersion) {
      await ctx.reply(ctx.t("consent-withdraw-cancelled"));
      return showMainMenu(ctx);
    }
    await showConsent(ctx);
  });
  return composer;
}

/** /mydata: a summary in the participant's own words and language, and a file with everything. */
async function showMyData(ctx: BotContext): Promise<void> {
  const locale = localeOf(ctx);
  const data = await exportParticipantData(ctx.db, ctx.participant.id, locale);
  if (!data) return;
  const answers = await loadAnswers(ctx.db, ctx.participant.id);
  const lines = [ctx.t("privacy-export-intro")];
  if (Object.keys(answers).length > 0) lines.push("", ctx.t("privacy-export-answers"), renderAnswers(ctx.t, locale, questionsToShow(SURVEY, answers, RETIRED_QUESTIONS), answers));
  if (data.courses.length > 0) {
    lines.push("", ctx.t("privacy-export-courses"));
    for (const c of data.courses) lines.push(`• ${ctx.t(`privacy-export-course-${c.status}`, { title: c.title })}`);
  }
  if (data.appointments.length > 0) {
    lines.push("", ctx.t("apt-my-title"));
    for (const a of data.appointments) lines.push(`• ${ctx.t("apt-item", { time: formatDateTime(a.startsAt, locale), kind: ctx.t(`apt-kind-${a.kind}`) })}`);
  }
  const plan = await loadPlan(ctx.db, ctx.participant.id);
  if (plan) lines.push("", renderPlan(ctx.t, locale, plan, await partnerNamesOf(ctx.db, plan)));
  if (data.referrals.length > 0) {
    lines.push("", ctx.t("privacy-export-referrals"));
    for (const r of data.referrals) lines.push(`• ${ctx.t("privacy-export-referral", { partner: r.partner, status: r.status })}`);
  }
  const messages = data.conversationsWithCounsellors.reduce((n, c) => n + c.messages.length, 0);
  if (messages > 0) lines.push("", ctx.t("privacy-export-messages", { count: messages }));
  if (Object.keys(answers).length === 0 && data.courses.length === 0 && data.appointments.length === 0 && messages === 0 && !plan && data.referrals.length === 0) lines.push("", ctx.t("privacy-export-none"));
  // Telegram's limit is 4,096 characters; the file carries everything in any case.
  const text = lines.join("\n");
  await ctx.reply(text.length > 4000 ? `${text.slice(0, 3990)}…` : text);
  await ctx.replyWithDocument(new InputFile(Buffer.from(JSON.stringify(data, null, 2)), "my-data.json"));
}

/**
 * A participant who accepted an older privacy notice is asked again before anything
 * else: language, consent, help and a person stay reachable meanwhile.
 */
export function requireCurrentConsent(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType("private").use(async (ctx, next) => {
    const p = ctx.participant;
    if (!p || p.consentStatus !== "accepted" || p.consentVersion === ctx.deps.privacyNoticeVersion) return next();
    const data = ctx.callbackQuery?.data ?? "";
    const text = ctx.message?.text ?? "";
    if (/^(consent:|lang:|menu:language|menu:help|menu:info|handoff:)/.test(data) || /^\/(language|help|counsellor|delete|mydata)\b/.test(text) || data.startsWith("privacy:")) {
      return next();
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("privacy-notice-updated"));
    await ctx.reply(consentNoticeText(ctx.t, ctx.deps), {
      reply_markup: new InlineKeyboard().text(ctx.t("consent-accept"), "consent:yes").row().text(ctx.t("consent-decline"), "consent:no"),
    });
  });
  return composer;
}
