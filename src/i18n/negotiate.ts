import type { Context } from "grammy";
import type { Participant } from "../participants/repository.js";
import { FALLBACK_LOCALE, isLocale, localeFromTelegram, type LocaleCode } from "./locales.js";

/**
 * The participant's language: the one they chose, stored with them. Telegram's client
 * language is only a first guess for someone who has not chosen yet.
 */
export function localeOf(ctx: Context & { participant?: Participant }): LocaleCode {
  const chosen = ctx.participant?.locale;
  if (isLocale(chosen)) return chosen;
  return localeFromTelegram(ctx.from?.language_code) ?? FALLBACK_LOCALE;
}
