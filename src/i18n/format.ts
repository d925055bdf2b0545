import { localeInfo, TIME_ZONE, type LocaleCode } from "./locales.js";

const dateTimeFormats = new Map<LocaleCode, Intl.DateTimeFormat>();

/** A date and time as a participant in `locale` reads it, in Helsinki time. */
export function formatDateTime(date: Date, locale: LocaleCode): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).intl, {
      timeZone: TIME_ZONE,
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
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

// Building an Intl formatter costs far more than using one: keep one per locale.
const numberFormats = new Map<LocaleCode, Intl.NumberFormat>();
const listFormats = new Map<LocaleCode, Intl.ListFormat>();

export function formatNumber(value: number, locale: LocaleCode): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(localeInfo(locale).intl)));
  return format.format(value);
}

/** "a, b, c" as the language writes a short list. */
export function formatList(items: readonly string[], locale: LocaleCode): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(localeInfo(locale).intl, { style: "narrow", type: "unit" })));
  return format.format(items);
}
