import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { isLocale, localeInfo } from "../../i18n/locales.js";
import { localeOf } from "../../i18n/negotiate.js";
import { countNotUnderstood, recordConsent, setLocale } from "../../participants/repository.js";
import { showConsent, showLanguagePicker, showMainMenu } from "./menus.js";

/** First contact, language choice, consent, the main menu, help and general information. */
export function createStartComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.command("start", async (ctx) => {
    const p = ctx.participant;
    if (!p.locale) return showLanguagePicker(ctx);
    if (!p.consentStatus) return welcome(ctx);
    await showMainMenu(ctx);
  });

  pm.command("language", (ctx) => showLanguagePicker(ctx));
  pm.callbackQuery("menu:language", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showLanguagePicker(ctx);
  });

  pm.callbackQuery(/^lang:(.+)$/, async (ctx) => {
    const code = ctx.match[1];
    if (!isLocale(code)) {
      await ctx.answerCallbackQuery();
      return showLanguagePicker(ctx);
    }
    await ctx.answerCallbackQuery();
    const p = ctx.participant;
    const firstChoice = !p.locale;
    await setLocale(ctx.db, p.id, code);
    p.locale = code;
    ctx.i18n.useLocale(code);
    await ctx.reply(ctx.t("language-changed"));
    if (firstChoice || !p.consentStatus) return welcome(ctx);
    await showMainMenu(ctx);
  });

  pm.callbackQuery(/^consent:(yes|no)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const p = ctx.participant;
    const decision = ctx.match[1] === "yes" ? "accepted" : "declined";
    // A second tap on an old notice changes nothing already decided the same way.
    if (p.consentStatus !== decision || p.consentVersion !== ctx.deps.privacyNoticeVersion) {
      await recordConsent(ctx.db, p.id, decision, ctx.deps.privacyNoticeVersion);
      p.consentStatus = decision;
      p.consentVersion = ctx.deps.privacyNoticeVersion;
    }
    await ctx.reply(ctx.t(decision === "accepted" ? "consent-accepted" : "consent-declined"));
    await showMainMenu(ctx);
  });

  pm.command("help", (ctx) => ctx.reply(helpText(ctx)));
  pm.callbackQuery("menu:help", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(helpText(ctx));
  });
  pm.command("info", (ctx) => ctx.reply(ctx.t("info")));
  pm.callbackQuery("menu:info", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("info"));
  });
  pm.command("menu", (ctx) => showMainMenu(ctx));
  pm.callbackQuery("menu:show", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMainMenu(ctx);
  });

  return composer;
}

/** Commands added after the help text was written, listed from their menu descriptions. */
const MORE_COMMANDS = ["survey", "modules", "my", "plan", "appointment", "counsellor", "mydata", "delete"] as const;

/**
 * The help text and the commands of the later features. In right-to-left languages the
 * description comes first, so each line starts with a right-to-left word.
 */
function helpText(ctx: BotContext): string {
  const rtl = localeInfo(localeOf(ctx)).dir === "rtl";
  const lines = MORE_COMMANDS.map((c) => (rtl ? `${ctx.t(`cmd-${c}`)}: /${c}` : `/${c} – ${ctx.t(`cmd-${c}`)}`));
  return `${ctx.t("help")}\n${lines.join("\n")}`;
}

async function welcome(ctx: BotContext): Promise<void> {
  // One message with the notice; its 🔊 button reads both (audio/composer.ts).
  await ctx.reply(ctx.t("welcome", { project: ctx.deps.projectName }));
  await showConsent(ctx);
}

/**
 * Last in line: whatever no feature took gets a polite answer and the menu, so nobody
 * is left without a reply. Old buttons of any kind end here too.
 */
export function createFallbackComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  // A press without a chat (a message sent in inline mode): stop the spinner, nothing more.
  composer.on("callback_query", async (ctx, next) => (ctx.chat ? next() : ctx.answerCallbackQuery()));
  const pm = composer.chatType("private");
  // The toast says what comes with it: the menu.
  pm.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("stale-button-menu") });
    await showMainMenu(ctx);
  });
  pm.on("edited_message", (ctx) => ctx.reply(ctx.t("edited-message")));
  pm.on("message", async (ctx) => {
    if (!ctx.participant.locale) return showLanguagePicker(ctx);
    // A language but no answer to the privacy notice yet: the notice again, with its
    // buttons (the menu alone has no way to agree, and nothing else works before it).
    if (!ctx.participant.consentStatus) {
      await ctx.reply(ctx.t("survey-consent-first"));
      return showConsent(ctx);
    }
    // The second message in a row that the bot cannot place: offer a person (not forced).
    const count = await countNotUnderstood(ctx.db, ctx.participant.id);
    ctx.participant.notUnderstood = count;
    if (count >= 2) {
      await ctx.reply(ctx.t("not-understood-offer"), {
        reply_markup: new InlineKeyboard().text(ctx.t("handoff-offer-yes"), "handoff:unclear").row().text(ctx.t("menu-title"), "menu:show"),
      });
      return;
    }
    await ctx.reply(ctx.t("not-understood"));
    await showMainMenu(ctx);
  });
  return composer;
}
