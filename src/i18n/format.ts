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
      // The 24-hour clock in every language: Finland's timetables use it, and "10:00 GH" or "10:00 ص" is one more thing to decode.
      hourCycle: "h23",
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
  return new Intl.DateTimeFormat(localeInfo(locale).intl, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

// Building an Intl formatter costs far more than using one: keep one per locale.
const numberFormats = new Map<LocaleCode, Intl.NumberFormat>();
const listFormats = new Map<LocaleCode, Intl.ListFormat>();

export function formatNumber(value: number, locale: LocaleCode): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(localeInfo(locale).intl)));
  return format.format(value);
}

/** "a, b and c" as the language writes a list of things (Intl's conjunction list: "a, b iyo c", "a وb وc"). */
export function formatList(items: readonly string[], locale: LocaleCode): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(localeInfo(locale).intl, { style: "long", type: "conjunction" })));
  return format.format(items);
}
