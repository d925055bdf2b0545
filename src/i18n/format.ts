import { localeInfo, TIME_ZONE, type LocaleCode } from "./locales.js";

/** A date and time as a participant in `locale` reads it, in Helsinki time. */
export function formatDateTime(date: Date, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(localeInfo(locale).intl, {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatDate(date: Date, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(localeInfo(locale).intl, {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

export function formatTime(date: Date, locale: LocaleCode): string {
  return new Intl.DateTimeFormat(localeInfo(locale).intl, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(date);
}

export function formatNumber(value: number, locale: LocaleCode): string {
  return new Intl.NumberFormat(localeInfo(locale).intl).format(value);
}

/**
 * Digits as typed on Arabic and Persian keyboards (٠١٢ / ۰۱۲) become ASCII, so a
 * participant can answer a number question with the keyboard they have.
 */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}
