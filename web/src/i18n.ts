import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";
import fi from "./locales/fi.json";
import sv from "./locales/sv.json";

/** The staff languages; every text of the app is a key in each of these files (test/web/locales.test.ts checks). */
export const STAFF_LANGUAGES = ["fi", "sv", "en"] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

const STORAGE_KEY = "kb-language";
const stored = typeof localStorage !== "undefined" ? localStorage.getItem(STORAGE_KEY) : null;
const fromBrowser = typeof navigator !== "undefined" ? navigator.language.slice(0, 2) : "fi";
const initial = [stored, fromBrowser].find((l): l is StaffLanguage => STAFF_LANGUAGES.includes(l as StaffLanguage)) ?? "fi";

void i18next.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: initial,
  fallbackLng: "fi",
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = initial;

export function setLanguage(language: StaffLanguage) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export default i18next;
