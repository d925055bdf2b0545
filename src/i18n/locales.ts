/** The languages participants can choose, in the order /start offers them. */
export const LOCALES = [
  { code: "fi", name: "Suomi", dir: "ltr", intl: "fi-FI" },
  { code: "sv", name: "Svenska", dir: "ltr", intl: "sv-FI" },
  { code: "en", name: "English", dir: "ltr", intl: "en-GB" },
  { code: "ar", name: "العربية", dir: "rtl", intl: "ar" },
  // Dari as written in Afghanistan (month names, language names), on the Gregorian calendar that Finnish appointments use.
  { code: "fa", name: "دری / فارسی", dir: "rtl", intl: "fa-AF-u-ca-gregory" },
  { code: "ru", name: "Русский", dir: "ltr", intl: "ru-RU" },
  { code: "uk", name: "Українська", dir: "ltr", intl: "uk-UA" },
  { code: "so", name: "Soomaali", dir: "ltr", intl: "so-SO" },
  { code: "sw", name: "Kiswahili", dir: "ltr", intl: "sw" },
] as const;

export type LocaleCode = (typeof LOCALES)[number]["code"];
export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((l) => l.code);
/** The reference locale: every other locale must have what this one has. */
export const REFERENCE_LOCALE: LocaleCode = "fi";
export const FALLBACK_LOCALE: LocaleCode = "en";
export const TIME_ZONE = "Europe/Helsinki";

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === "string" && (LOCALE_CODES as readonly string[]).includes(value);
}

/** Maps Telegram's client language (e.g. "fa-IR", "prs") to one of ours, if any. */
export function localeFromTelegram(languageCode: string | undefined): LocaleCode | undefined {
  if (!languageCode) return undefined;
  const base = languageCode.toLowerCase().split(/[-_]/)[0] ?? "";
  if (base === "prs") return "fa";
  return isLocale(base) ? base : undefined;
}

export function localeInfo(code: LocaleCode) {
  return LOCALES.find((l) => l.code === code)!;
}
