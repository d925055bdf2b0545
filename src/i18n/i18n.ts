import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Participant } from "../participants/repository.js";
import { FALLBACK_LOCALE } from "./locales.js";
import { localeOf } from "./negotiate.js";

export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/**
 * The Fluent bundles for every locale. Fluent's bidi isolation stays on: it keeps an
 * inserted number, date or Latin name from scrambling Arabic and Persian sentences.
 */
export function createI18n<C extends Context & { participant?: Participant }>(): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: FALLBACK_LOCALE,
    useSession: false,
    localeNegotiator: (ctx) => localeOf(ctx),
    fluentBundleOptions: { useIsolating: true },
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}
