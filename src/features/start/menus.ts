import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { LOCALES } from "../../i18n/locales.js";
import { hasConsented } from "../../participants/repository.js";
import { consentNoticeText as noticeText } from "../privacy/notice.js";
import { listenButton } from "../audio/composer.js";

/** Languages by their own names, so anyone finds theirs without reading ours. */
export async function showLanguagePicker(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard();
  LOCALES.forEach((l, i) => {
    keyboard.text(l.name, `lang:${l.code}`);
    if (i % 2 === 1) keyboard.row();
  });
  await ctx.reply(`🌐 ${ctx.t("language-choose")}`, { reply_markup: keyboard });
}

/** The privacy notice as the participant reads it (and as synthetic speech reads it out). */
export function consentNoticeText(ctx: BotContext): string {
  return noticeText(ctx.t, ctx.deps);
}

export async function showConsent(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("consent-accept"), "consent:yes")
    .row()
    .text(ctx.t("consent-decline"), "consent:no");
  const listen = await listenButton(ctx, "consent-notice");
  if (listen) keyboard.row().text(listen.text, listen.data);
  await ctx.reply(consentNoticeText(ctx), { reply_markup: keyboard });
}

export async function showMainMenu(ctx: BotContext): Promise<void> {
  const p = ctx.participant;
  const keyboard = new InlineKeyboard();
  if (hasConsented(p)) {
    if (p.surveyStatus !== "completed") {
      keyboard.text(ctx.t(p.surveyStatus === "in_progress" ? "menu-survey-continue" : "menu-survey-start"), "menu:survey").row();
    }
    keyboard.text(ctx.t("menu-modules"), "mod:l").text(ctx.t("menu-my"), "my:l").row();
    keyboard.text(ctx.t("menu-appointment"), "apt:menu").row();
    keyboard.text(ctx.t("menu-plan"), "plan:l").text(ctx.t("menu-profile"), "menu:profile").row();
  }
  keyboard.text(ctx.t("menu-counsellor"), "handoff:open").row();
  // For anyone, consent or not: help comes before any paperwork.
  keyboard.text(ctx.t("menu-unsafe"), "safety:unsafe").row();
  // The rights the privacy notice promises, one tap away, also for someone who cannot type a command.
  keyboard.text(ctx.t("menu-mydata"), "privacy:mydata").text(ctx.t("menu-delete"), "privacy:delete").row();
  keyboard.text(ctx.t("menu-info"), "menu:info").text(ctx.t("menu-help"), "menu:help").row();
  keyboard.text(ctx.t("menu-language"), "menu:language").row();
  await ctx.reply(ctx.t("menu-title"), { reply_markup: keyboard });
}
