import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import type { Messenger } from "../../bot/messenger.js";
import { formatDateTime } from "../../i18n/format.js";
import { localeOf } from "../../i18n/negotiate.js";
import { hasConsented } from "../../participants/repository.js";
import { loadAnswers } from "../survey/repository.js";
import { languageNames } from "../../i18n/languages.js";
import { findModule, loadOpenCatalogue, placeLabel, translated, upcomingSessions, type Module } from "./catalogue.js";
import {
  cancelEnrolment,
  enrolParticipant,
  findEnrolment,
  participantEnrolments,
  roomLeftInModule,
  waitlistPosition,
  type Enrolment,
} from "./enrolment.js";
import { suggestModules, type Suggestion } from "./matching.js";
import { notifyPromoted } from "./notify.js";
import { childrenOf } from "../survey/legacy.js";

/** Largest number offered on the "how many children need childcare" buttons. */
const MAX_CHILDREN_BUTTONS = 6;
const SESSIONS_ON_CARD = 3;

/**
 * Suggested modules, a module's card, enrolment with the children's childcare, and
 * /my with cancellation. Every step carries what it needs in its callback data and
 * reads the rest from the database, so an old or repeated button is harmless.
 */
export function createModulesComposer(messenger: Messenger, clock: () => Date = () => new Date()): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.command("modules", (ctx) => showSuggestions(ctx, clock()));
  pm.callbackQuery("mod:l", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showSuggestions(ctx, clock());
  });
  pm.command("my", (ctx) => showMine(ctx, clock()));
  pm.callbackQuery("my:l", async (ctx) => {
    await ctx.answerCallbackQuery();
    await showMine(ctx, clock());
  });

  // Ids in callback data have at most nine digits, inside PostgreSQL's integer range: a
  // longer one is tampered with or corrupt and gets the stale-button answer.
  pm.callbackQuery(/^mod:v:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showCard(ctx, Number(ctx.match[1]), clock());
  });

  pm.callbackQuery(/^mod:e:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await mayEnrol(ctx))) return;
    const module = await openModule(ctx, Number(ctx.match[1]));
    if (!module) return;
    await askChildren(ctx, module);
  });

  pm.callbackQuery(/^mod:c:(\d{1,9}):(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await mayEnrol(ctx))) return;
    const module = await openModule(ctx, Number(ctx.match[1]));
    if (!module) return;
    const children = Number(ctx.match[2]);
    if (!(await childrenFit(ctx, module, children))) return askChildren(ctx, module);
    await askConfirmation(ctx, module, children);
  });

  pm.callbackQuery(/^mod:y:(\d{1,9}):(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!(await mayEnrol(ctx))) return;
    const children = Number(ctx.match[2]);
    // The number travels in the button's data, which a client can forge: no more seats
    // than the participant's children under 7 (from the survey) are ever booked.
    const module = await findModule(ctx.db, Number(ctx.match[1]));
    if (module && !module.archivedAt && !(await childrenFit(ctx, module, children))) return askChildren(ctx, module);
    const result = await enrolParticipant(ctx.db, {
      participantId: ctx.participant.id,
      moduleId: Number(ctx.match[1]),
      children,
      now: clock(),
    });
    const title = module ? translated(module.title, localeOf(ctx)) : "";
    const myButton = new InlineKeyboard().text(ctx.t("menu-my"), "my:l");
    switch (result.status) {
      case "enrolled":
        return void (await ctx.reply(ctx.t("module-enrolled", { title }), { reply_markup: myButton }));
      case "waitlisted":
        return void (await ctx.reply(ctx.t("module-waitlisted", { title, position: result.position }), { reply_markup: myButton }));
      case "already":
        return void (await ctx.reply(
          result.enrolment.status === "waitlisted"
            ? ctx.t("module-already-waitlisted", { position: result.position ?? 1 })
            : ctx.t("module-already-enrolled"),
          { reply_markup: myButton },
        ));
      case "unavailable":
        await ctx.reply(ctx.t("module-unavailable"));
        return showSuggestions(ctx, clock());
    }
  });

  pm.callbackQuery(/^my:x:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const enrolment = await ownLiveEnrolment(ctx, Number(ctx.match[1]));
    if (!enrolment) return showMine(ctx, clock());
    const module = await findModule(ctx.db, enrolment.moduleId);
    const title = module ? translated(module.title, localeOf(ctx)) : "";
    await ctx.reply(ctx.t("my-cancel-confirm", { title }), {
      reply_markup: new InlineKeyboard().text(ctx.t("my-cancel-yes"), `my:xy:${enrolment.id}`).text(ctx.t("my-cancel-no"), "my:l"),
    });
  });

  pm.callbackQuery(/^my:xy:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const enrolment = await ownLiveEnrolment(ctx, Number(ctx.match[1]));
    if (!enrolment) return showMine(ctx, clock());
    const { cancelled, promoted } = await cancelEnrolment(ctx.db, {
      enrolmentId: enrolment.id,
      participantId: ctx.participant.id,
      by: "participant",
      now: clock(),
    });
    if (cancelled) {
      const module = await findModule(ctx.db, enrolment.moduleId);
      await ctx.reply(ctx.t("my-cancelled", { title: module ? translated(module.title, localeOf(ctx)) : "" }));
      await notifyPromoted(ctx.db, messenger, promoted);
    }
    await showMine(ctx, clock());
  });

  return composer;
}

async function mayEnrol(ctx: BotContext): Promise<boolean> {
  if (hasConsented(ctx.participant)) return true;
  await ctx.reply(ctx.t("survey-consent-first"));
  return false;
}

async function openModule(ctx: BotContext, moduleId: number): Promise<Module | undefined> {
  const module = await findModule(ctx.db, moduleId);
  if (module && !module.archivedAt) return module;
  await ctx.reply(ctx.t("module-unavailable"));
  return undefined;
}

/**
 * Childcare is for children under school age (under 7): at most as many seats as the survey's answer (none
 * while it is not answered), and never more than the buttons offer.
 */
async function childrenNeedingCare(ctx: BotContext): Promise<{ max: number; suggested: number }> {
  const answers = await loadAnswers(ctx.db, ctx.participant.id);
  // Children under school age (0–6) from the survey's "children living with you".
  const small = childrenOf(answers).underSchoolAge;
  const needsCare = answers.childcare === "yes" || answers.childcare === "sometimes";
  const max = Math.min(small, MAX_CHILDREN_BUTTONS);
  return { max, suggested: needsCare ? max : 0 };
}

/** A module without childcare books none, whatever is asked; one with it, at most the children under 7. */
async function childrenFit(ctx: BotContext, module: Module, children: number): Promise<boolean> {
  if (!module.childcare || children === 0) return true;
  return children <= (await childrenNeedingCare(ctx)).max;
}

/** "How many children need childcare?", the survey's number first; no question when none can come. */
async function askChildren(ctx: BotContext, module: Module): Promise<void> {
  const children = await childrenNeedingCare(ctx);
  if (!module.childcare || children.max === 0) return askConfirmation(ctx, module, 0);
  const keyboard = new InlineKeyboard();
  const counts = Array.from({ length: children.max + 1 }, (_, n) => n);
  // The number from the survey comes first, marked, so one tap confirms it.
  const ordered = [children.suggested, ...counts.filter((n) => n !== children.suggested)];
  for (const n of ordered) {
    const label = n === 0 ? ctx.t("module-children-none") : String(n);
    keyboard.text(n === children.suggested ? `${label} ✓` : label, `mod:c:${module.id}:${n}`);
  }
  await ctx.reply(ctx.t("module-children-question"), { reply_markup: keyboard });
}

async function askConfirmation(ctx: BotContext, module: Module, children: number): Promise<void> {
  const title = translated(module.title, localeOf(ctx));
  await ctx.reply(ctx.t("module-confirm", { title, children }), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t("module-confirm-yes"), `mod:y:${module.id}:${children}`)
      .text(ctx.t("module-confirm-no"), `mod:v:${module.id}`),
  });
}

export async function showSuggestions(ctx: BotContext, now: Date): Promise<void> {
  const p = ctx.participant;
  if (!hasConsented(p)) {
    await ctx.reply(ctx.t("survey-consent-first"));
    return;
  }
  const locale = localeOf(ctx);
  const answers = await loadAnswers(ctx.db, p.id);
  const { modules, matchable } = await loadOpenCatalogue(ctx.db, now);
  const suggestions = suggestModules(answers, matchable);
  const keyboard = new InlineKeyboard();
  for (const s of suggestions) {
    const module = modules.find((m) => m.id === s.moduleId)!;
    keyboard.text(translated(module.title, locale), `mod:v:${module.id}`).row();
  }
  if (p.surveyStatus !== "completed") {
    keyboard.text(ctx.t(p.surveyStatus === "in_progress" ? "menu-survey-continue" : "menu-survey-start"), "menu:survey").row();
  }
  const heading =
    suggestions.length > 0
      ? ctx.t("modules-title")
      : p.surveyStatus === "completed"
        ? ctx.t("modules-none")
        : ctx.t("modules-answer-first");
  await ctx.reply(heading, { reply_markup: keyboard });
}

async function showCard(ctx: BotContext, moduleId: number, now: Date): Promise<void> {
  const module = await openModule(ctx, moduleId);
  if (!module) return showSuggestions(ctx, now);
  const locale = localeOf(ctx);
  const answers = await loadAnswers(ctx.db, ctx.participant.id);
  const sessions = (await upcomingSessions(ctx.db, [module.id], now)).slice(0, SESSIONS_ON_CARD);
  const suggestion: Suggestion | undefined = suggestModules(answers, [
    { id: module.id, tags: module.tags, regions: [], childcare: module.childcare, upcoming: sessions.map((s) => s.startsAt) },
  ])[0];
  const room = await roomLeftInModule(ctx.db, module.id, now);

  const lines = [translated(module.title, locale), "", translated(module.description, locale)];
  if (suggestion && suggestion.reasons.length > 0) {
    lines.push("", ctx.t("module-reasons-title"), ...suggestion.reasons.map((r) => `• ${ctx.t(`match-reason-${r}`)}`));
  }
  for (const note of suggestion?.notes ?? []) lines.push(ctx.t(`match-note-${note}`));
  if (sessions.length > 0) {
    lines.push("", ctx.t("module-next-sessions"));
    for (const s of sessions) lines.push(`• ${ctx.t("module-session", { date: formatDateTime(s.startsAt, locale), place: placeLabel(s.place, ctx.t) })}`);
  }
  lines.push("");
  if (module.instructionLanguages.length > 0) {
    lines.push(ctx.t("module-languages", { languages: languageNames(module.instructionLanguages, locale, ctx.t) }));
  }
  lines.push(ctx.t(module.childcare ? "module-childcare-yes" : "module-childcare-no"));
  const full = !room || room.places <= 0;
  lines.push(full ? ctx.t("module-full") : ctx.t("module-places-left", { count: room.places }));

  const keyboard = new InlineKeyboard();
  if (sessions.length > 0) keyboard.text(ctx.t(full ? "module-join-waitlist" : "module-enrol"), `mod:e:${module.id}`).row();
  keyboard.text(ctx.t("module-back"), "mod:l");
  await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
}

async function showMine(ctx: BotContext, now: Date): Promise<void> {
  if (!hasConsented(ctx.participant)) {
    await ctx.reply(ctx.t("survey-consent-first"));
    return;
  }
  const locale = localeOf(ctx);
  const mine = await participantEnrolments(ctx.db, ctx.participant.id);
  if (mine.length === 0) {
    await ctx.reply(ctx.t("my-none"), { reply_markup: new InlineKeyboard().text(ctx.t("menu-modules"), "mod:l") });
    return;
  }
  const coming = await upcomingSessions(ctx.db, mine.map((e) => e.moduleId), now);
  const lines = [ctx.t("my-title"), ""];
  const keyboard = new InlineKeyboard();
  for (const enrolment of mine) {
    const module = await findModule(ctx.db, enrolment.moduleId);
    if (!module) continue;
    const title = translated(module.title, locale);
    if (enrolment.status === "enrolled") lines.push(ctx.t("my-enrolled", { title }));
    else lines.push(ctx.t("my-waitlisted", { title, position: await waitlistPosition(ctx.db, enrolment) }));
    const next = coming.find((s) => s.moduleId === module.id);
    if (next) lines.push(`   ${ctx.t("my-next", { date: formatDateTime(next.startsAt, locale), place: placeLabel(next.place, ctx.t) })}`);
    keyboard.text(ctx.t("my-cancel", { title: shorten(title) }), `my:x:${enrolment.id}`).row();
  }
  await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
}

async function ownLiveEnrolment(ctx: BotContext, enrolmentId: number): Promise<Enrolment | undefined> {
  const enrolment = await findEnrolment(ctx.db, enrolmentId);
  if (enrolment && enrolment.participantId === ctx.participant.id && enrolment.status !== "cancelled") return enrolment;
  await ctx.reply(ctx.t("module-unavailable"));
  return undefined;
}

/** Button labels stay short enough to read on a phone. */
function shorten(title: string, max = 28): string {
  return [...title].length > max ? `${[...title].slice(0, max - 1).join("")}…` : title;
}

