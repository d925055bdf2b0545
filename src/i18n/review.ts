import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { SEED_MODULES } from "../features/modules/seed-catalogue.js";
import { formatDateTime } from "./format.js";
import { LOCALES_DIR } from "../paths.js";
import { languageNames } from "./languages.js";
import { FALLBACK_LOCALE, LOCALES, localeInfo, type LocaleCode } from "./locales.js";

/**
 * Review material for native speakers: every message rendered the way the bot renders it
 * (the same Fluent bundles, bidi isolation and Intl formatting), with sample values filled
 * in and every number-taking message expanded over {@link NUMBER_SAMPLES}. Used by
 * `npm run i18n:review` (one HTML and one CSV sheet per locale) and by the locale snapshot
 * test (test/i18n/number-messages.test.ts).
 */

/** The variables that carry a count or a position; each is expanded over NUMBER_SAMPLES. */
export const NUMBER_VARIABLES: ReadonlySet<string> = new Set(["months", "days", "index", "total", "min", "max", "count", "children", "position"]);

/** 0, 1, 2, 3, 11 and 100 between them reach every plural form of our nine languages (Arabic's six included). */
export const NUMBER_SAMPLES: readonly number[] = [0, 1, 2, 3, 11, 100];

const SAMPLE_DATE = new Date("2026-12-03T08:00:00Z"); // a Thursday, 10:00 in Helsinki

/** What each variable is replaced with in the sheets; numbers stay numbers so Fluent picks the plural. */
export function sampleValues(locale: LocaleCode, t: Translate): Record<string, string | number> {
  return {
    project: "HOT",
    contact: "hot@example.fi",
    months: 12,
    days: 365,
    index: 3,
    total: 18,
    min: 0,
    max: 15,
    count: 3,
    children: 2,
    position: 4,
    title: SEED_MODULES[0]!.title[locale],
    date: formatDateTime(SAMPLE_DATE, locale),
    place: "Kirkkokatu 1, Lahti",
    languages: languageNames(["fi", "ar", "en"], locale, (key) => t(locale, key)),
    language: languageNames(["fi"], locale, (key) => t(locale, key)),
    partner: "Lahden kaupunginkirjasto",
    step: t(locale, "plan-step-library-language-cafe"),
    reason: "Kielikahvila",
    shared: t(locale, "ref-shared-contact"),
    status: "sent",
    name: "Nollalinja",
    phone: "080 005 005",
    hours: "24/7",
    weekdays: "ma–pe",
    from: "09:00",
    to: "16:00",
    kind: t(locale, "apt-kind-office"),
    time: formatDateTime(SAMPLE_DATE, locale),
    interpreter: t(locale, "apt-interpreter-line", { language: languageNames(["ar"], locale, (key) => t(locale, key)) }),
    topic: t(locale, "apt-reason-health"),
    about: t(locale, "apt-topic-line", { topic: t(locale, "apt-reason-health") }),
    where: t(locale, "apt-where-office", { address: "Kirkkokatu 1, Lahti" }),
    address: "Kirkkokatu 1, Lahti",
    link: "https://meet.example.org/x",
  };
}

export interface MessageInfo {
  id: string;
  /** Variables the English message uses, in order of first use. */
  variables: string[];
}

/** The messages of a locale file in file order, with the variables each one uses. */
export function readMessages(locale: LocaleCode = FALLBACK_LOCALE): MessageInfo[] {
  const source = readFileSync(join(LOCALES_DIR, `${locale}.ftl`), "utf8");
  const messages: MessageInfo[] = [];
  // A message starts at the line's first column with its id; its value goes on in indented lines.
  for (const block of source.split(/\n(?=[a-z])/)) {
    const head = /^([a-z][a-z0-9-]*)\s*=/.exec(block);
    if (!head) continue;
    const variables = [...new Set([...block.matchAll(/\$([a-z][a-z0-9-]*)/g)].map((m) => m[1]!))];
    messages.push({ id: head[1]!, variables });
  }
  return messages;
}

export type Translate = (locale: LocaleCode, key: string, variables?: Record<string, string | number>) => string;

export interface ReviewRow {
  id: string;
  /** "" for the sample values; "$count = 2" where one number was changed. */
  sample: string;
  source: string;
  translation: string;
}

/**
 * Every message with the English source beside the translation: one row with the sample
 * values, then one row per number variable and value of NUMBER_SAMPLES.
 */
export function reviewRows(t: Translate, locale: LocaleCode, messages: readonly MessageInfo[] = readMessages()): ReviewRow[] {
  const enValues = sampleValues(FALLBACK_LOCALE, t);
  const values = sampleValues(locale, t);
  const rows: ReviewRow[] = [];
  for (const { id, variables } of messages) {
    rows.push({ id, sample: "", source: t(FALLBACK_LOCALE, id, enValues), translation: t(locale, id, values) });
    for (const variable of variables.filter((v) => NUMBER_VARIABLES.has(v))) {
      for (const n of NUMBER_SAMPLES) {
        rows.push({
          id,
          sample: `$${variable} = ${n}`,
          source: t(FALLBACK_LOCALE, id, { ...enValues, [variable]: n }),
          translation: t(locale, id, { ...values, [variable]: n }),
        });
      }
    }
  }
  return rows;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained HTML page (no scripts, no outside files) a reviewer opens or prints. */
export function reviewHtml(locale: LocaleCode, rows: readonly ReviewRow[]): string {
  const info = localeInfo(locale);
  const body = rows
    .map(
      (r) =>
        `<tr${r.sample ? ' class="variant"' : ""}><td class="id">${escapeHtml(r.id)}${r.sample ? `<br><span class="sample">${escapeHtml(r.sample)}</span>` : ""}</td>` +
        `<td lang="en" dir="ltr">${escapeHtml(r.source)}</td>` +
        `<td lang="${info.intl}" dir="${info.dir}">${escapeHtml(r.translation)}</td></tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Review: ${escapeHtml(info.name)} (${locale})</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: .4rem .6rem; vertical-align: top; white-space: pre-wrap; }
th { background: #eee; text-align: start; }
td.id { font-family: ui-monospace, monospace; font-size: 13px; width: 14rem; }
.sample { color: #555; }
tr.variant td { background: #fafafa; }
td[dir="rtl"] { text-align: right; font-size: 18px; }
</style>
</head>
<body>
<h1>${escapeHtml(info.name)} (${locale}): every message of the bot</h1>
<p>The left column is the English text; the right one is what a participant reads in ${escapeHtml(info.name)}, with example values filled in
(a course, a date in Helsinki time, a place). Rows marked <span class="sample">$count = 2</span> show the same message with that number.
Send corrections as described in the README ("Translations: review by native speakers"), quoting the message id in the first column.</p>
<table>
<thead><tr><th>Message</th><th>English</th><th>${escapeHtml(info.name)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

/** The same rows as CSV, with an empty "correction" column for the reviewer to fill in. */
export function reviewCsv(rows: readonly ReviewRow[]): string {
  return stringify(
    rows.map((r) => [r.id, r.sample, r.source, r.translation, ""]),
    { header: true, columns: ["message", "sample", "english", "translation", "correction"], bom: true },
  );
}

/** Writes `<code>.html` and `<code>.csv` for every locale into `dir`; returns the files written. */
export function writeReviewSheets(t: Translate, dir: string, locales: readonly LocaleCode[] = LOCALES.map((l) => l.code)): string[] {
  mkdirSync(dir, { recursive: true });
  const messages = readMessages();
  const written: string[] = [];
  for (const locale of locales) {
    const rows = reviewRows(t, locale, messages);
    for (const [name, content] of [
      [`${locale}.html`, reviewHtml(locale, rows)],
      [`${locale}.csv`, reviewCsv(rows)],
    ] as const) {
      writeFileSync(join(dir, name), content);
      written.push(join(dir, name));
    }
  }
  return written;
}
