import { join } from "node:path";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Participant } from "../participants/repository.js";
import { FALLBACK_LOCALE, LOCALES } from "./locales.js";
import { localeOf } from "./negotiate.js";
import { LOCALES_DIR } from "../paths.js";

export { LOCALES_DIR };

/**
 * The Fluent bundles for every locale. Bidi isolation marks go around inserted values
 * in right-to-left languages, where an inserted number, date or Latin name would
 * otherwise scramble the sentence; left-to-right texts do without them (some older
 * clients draw them as boxes, and they break links).
 */
export function createI18n<C extends Context & { participant?: Participant }>(): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: FALLBACK_LOCALE,
    useSession: false,
    localeNegotiator: (ctx) => localeOf(ctx),
  });
  for (const locale of LOCALES) {
    i18n.loadLocaleSync(locale.code, {
      filePath: join(LOCALES_DIR, `${locale.code}.ftl`),
      bundleOptions: { useIsolating: locale.dir === "rtl" },
    });
  }
  return i18n;
}
