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
  rememberBundleMatches(i18n);
  return i18n;
}

/**
 * @grammyjs/i18n works out which Fluent bundles serve a locale (@fluent/langneg, which
 * parses every loaded locale's tag) anew for each text it translates: about a twentieth
 * of the app's time per survey answer in the webhook benchmark. The outcome depends only
 * on the locales asked for, since every bundle is loaded here at start-up, so it is kept
 * per locale list (at most one per locale the negotiator gives). Should a later version
 * of the plugin do without the method, nothing is changed.
 */
function rememberBundleMatches(i18n: I18n<never>): void {
  const fluent = i18n.fluent as unknown as { matchBundles?: (locales: string[]) => unknown };
  const match = fluent.matchBundles;
  if (typeof match !== "function") return;
  const known = new Map<string, unknown>();
  fluent.matchBundles = (locales) => {
    const key = locales.join("\n");
    if (!known.has(key)) known.set(key, match.call(fluent, locales));
    return known.get(key);
  };
}
