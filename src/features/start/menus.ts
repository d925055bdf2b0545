import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { LOCALES } from "../../i18n/locales.js";
import { hasConsented } from "../../participants/repository.js";

/** Languages by their own names, so anyone finds theirs without reading ours. */
export async function showLanguagePicker(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard();
  LOCALES.forEach((l, i) => {
    keyboard.text(l.name, `lang:${l.code}`);
    if (i % 2 === 1) keyboard.row();
  });
  await ctx.reply(`🌐 ${ctx.t("language-choose")}`, { reply_markup: keyboard });
}

export async function showConsent(ctx: BotContext): Promise<void> {
  await ctx.reply(
    ctx.t("consent-notice", { project: ctx.deps.projectName, months: ctx.deps.retentionMonths }),
    {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("consent-accept"), "consent:yes")
        .row()
        .text(ctx.t("consent-decline"), "consent:no"),
    },
  );
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
    keyboard.text(ctx.t("menu-profile"), "menu:profile").row();
  }
  keyboard.text(ctx.t("menu-counsellor"), "handoff:open").row();
  keyboard.text(ctx.t("menu-info"), "menu:info").text(ctx.t("menu-help"), "menu:help").row();
  keyboard.text(ctx.t("menu-language"), "menu:language").row();
  await ctx.reply(ctx.t("menu-title"), { reply_markup: keyboard });
}
