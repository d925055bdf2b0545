import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../bot/context.js";
import { formatDateTime } from "../../i18n/format.js";
import { localeInfo, type LocaleCode } from "../../i18n/locales.js";
import { localeOf } from "../../i18n/negotiate.js";
import { contentOf, endChatKeyboard } from "../handoff/composer.js";
import { escalateUrgently, recordIncoming } from "../handoff/escalations.js";
import { nextOpening, type OfficeHours } from "../handoff/office-hours.js";
import { findDanger } from "./danger-words.js";
import { DEFAULT_HELPLINES, type Helpline } from "./helplines.js";

type Translate = BotContext["t"];

/** The "I am not safe" button of the main menu. */
export const UNSAFE_BUTTON_DATA = "safety:unsafe";

/**
 * Distress is answered at once (issue 13). Mounted before the handoff: words of danger,
 * violence or self-harm, wherever they are written (in the survey, in a chat with a
 * counsellor, anywhere), and the "I am not safe" button, get the immediate answer (112,
 * the helplines) and put the chat at the top of the counsellors' queue, flagged urgent.
 * The message itself goes into the transcript for the counsellor.
 */
export function createSafetyComposer(officeHours: OfficeHours, clock: () => Date = () => new Date()): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType("private");

  pm.callbackQuery(UNSAFE_BUTTON_DATA, async (ctx) => {
    await ctx.answerCallbackQuery();
    await escalate(ctx, "button", officeHours, clock);
  });

  pm.on("message", async (ctx, next) => {
    if (!ctx.participant) return next();
    const text = ctx.message.text ?? ctx.message.caption;
    // Commands are not words of distress; their own features answer them.
    if (text === undefined || text.startsWith("/") || findDanger(text) === undefined) return next();
    await escalate(ctx, "words", officeHours, clock);
  });
  return composer;
}

async function escalate(ctx: BotContext, trigger: "words" | "button", officeHours: OfficeHours, clock: () => Date): Promise<void> {
  const { escalation } = await escalateUrgently(ctx.db, ctx.participant.id, trigger);
  if (ctx.message) await recordIncoming(ctx.db, escalation, contentOf(ctx.message));
  const opening = nextOpening(clock(), officeHours);
  const locale = localeOf(ctx);
  const next = opening ? ctx.t("safety-urgent-later", { date: formatDateTime(opening, locale) }) : ctx.t("safety-urgent-now");
  await ctx.reply(`${helpText(ctx.t, locale, helplinesOf(ctx))}\n\n${next}`, {
    reply_markup: endChatKeyboard(ctx),
  });
}

/**
 * The warm answer to "It is hard" in the survey: the same help, and a counsellor offered
 * (not called: the participant decides).
 */
export async function showHardTimeHelp(ctx: BotContext): Promise<void> {
  await ctx.reply(`${helpText(ctx.t, localeOf(ctx), helplinesOf(ctx))}\n\n${ctx.t("safety-offer")}`, {
    reply_markup: new InlineKeyboard().text(ctx.t("handoff-offer-yes"), "handoff:survey"),
  });
}

function helplinesOf(ctx: BotContext): readonly Helpline[] {
  return ctx.deps.helplines ?? DEFAULT_HELPLINES;
}

/** The immediate answer: a warm word, 112, then each helpline with its hours. */
export function helpText(t: Translate, locale: LocaleCode, helplines: readonly Helpline[]): string {
  const lines = [t("safety-help-intro"), t("safety-help-112")];
  for (const line of helplines) {
    lines.push(t(`safety-line-${line.kind}`, { name: line.name, phone: line.phone, hours: hoursText(t, locale, line.hours) }));
  }
  return lines.join("\n");
}

/** "open day and night", or the days and times in the participant's language (Helsinki time). */
function hoursText(t: Translate, locale: LocaleCode, hours: Helpline["hours"]): string {
  if (hours === "always") return t("safety-open-always");
  const intl = localeInfo(locale).intl;
  // 2024-01-01 was a Monday: day n of the week is January n.
  const dayName = (n: number) => new Intl.DateTimeFormat(intl, { weekday: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, n)));
  const sorted = [...hours.days].sort();
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  const days = contiguous && sorted.length > 1 ? `${dayName(sorted[0]!)}–${dayName(sorted.at(-1)!)}` : sorted.map(dayName).join(", ");
  // Minutes of the Helsinki day shown as a 24-hour clock face (no date, so no time zone to convert).
  const clock = (minutes: number) =>
    new Intl.DateTimeFormat(intl, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60)),
    );
  return t("safety-open-hours", { weekdays: days, from: clock(hours.start), to: clock(hours.end) });
}
