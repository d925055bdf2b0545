import { SURVEY } from "../features/survey/definition.js";
import { formatList } from "./format.js";
import { localeInfo, type LocaleCode } from "./locales.js";

type Translate = (key: string) => string;

/** Language codes the survey's "languages" question offers: their names are Fluent messages. */
function surveyLanguageCodes(): ReadonlySet<string> {
  const question = SURVEY.find((q) => q.id === "languages");
  return new Set(question && "options" in question ? question.options.map((o) => o.id) : []);
}

const displayNames = new Map<LocaleCode, Intl.DisplayNames>();

/**
 * The name of a language (ISO code: "ar", "prs", "fi") in the participant's language, from
 * one source: the survey's own option label (`q-languages-<code>`) where the survey offers
 * that language, so a course card says "Dari" exactly as the question did; otherwise the
 * locale's CLDR name (Intl.DisplayNames, Dari from fa-AF data), or the code itself.
 */
export function languageName(code: string, locale: LocaleCode, t: Translate): string {
  if (surveyLanguageCodes().has(code)) return t(`q-languages-${code}`);
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames(localeInfo(locale).intl, { type: "language", fallback: "code" })));
  return names.of(code) ?? code;
}

/**
 * Several language names as one natural list ("Finnish, Arabic and English"); in
 * right-to-left locales each name is isolated (FSI…PDI) so a Latin name cannot reorder the line.
 */
export function languageNames(codes: readonly string[], locale: LocaleCode, t: Translate): string {
  const rtl = localeInfo(locale).dir === "rtl";
  return formatList(
    codes.map((c) => {
      const name = languageName(c, locale, t);
      return rtl ? `\u2068${name}\u2069` : name;
    }),
    locale,
  );
}
