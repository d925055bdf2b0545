import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../src/paths.js";
import { createI18n } from "../../src/i18n/i18n.js";
import { LOCALES } from "../../src/i18n/locales.js";
import { NUMBER_SAMPLES, NUMBER_VARIABLES, readMessages, sampleValues, type Translate } from "../../src/i18n/review.js";

const i18n = createI18n();
const t: Translate = (locale, key, variables) => i18n.t(locale, key, variables);

/**
 * Every message that takes a number, rendered in every locale for 0, 1, 2, 3, 11 and 100,
 * into test/i18n/__snapshots__/number-messages.md: the file a reviewer reads to see "2 طفل"
 * or "1 месяцев" at a glance (plural categories being present proves nothing about the
 * words in them). Of a long message only the lines that change with the number are shown.
 * A changed text fails this test until the snapshot is updated (`npx vitest run -u
 * test/i18n/number-messages.test.ts`) and the diff read.
 */
function numberSnapshot(): string {
  const out = [
    "# Messages with a number, in every language",
    "",
    "Written by test/i18n/number-messages.test.ts: each message that takes a number, with the number",
    `set to ${NUMBER_SAMPLES.join(", ")} (other values as in the review sheets). Of a long message only the`,
    "lines that change with the number are shown. Right-to-left lines carry invisible isolation",
    "marks around inserted values, as the participant receives them.",
  ];
  for (const { id, variables } of readMessages()) {
    for (const variable of variables.filter((v) => NUMBER_VARIABLES.has(v))) {
      out.push("", `## ${id} ($${variable})`);
      for (const { code } of LOCALES) {
        const values = sampleValues(code, t);
        const rendered = NUMBER_SAMPLES.map((n) => t(code, id, { ...values, [variable]: n }).split("\n"));
        const changing = new Set<number>();
        for (const lines of rendered) lines.forEach((line, i) => rendered.some((other) => other[i] !== line) && changing.add(i));
        out.push("", `### ${code}`, "");
        NUMBER_SAMPLES.forEach((n, k) => {
          const lines = rendered[k]!.filter((_, i) => changing.size === 0 || changing.has(i));
          out.push(`- ${n}: ${lines.join(" ⏎ ")}`);
        });
      }
    }
  }
  return `${out.join("\n")}\n`;
}

const WORD_SELECTORS = new Set(["status"]);

describe("messages with numbers", () => {
  it("match the reviewed snapshot in every locale", async () => {
    await expect(numberSnapshot()).toMatchFileSnapshot("./__snapshots__/number-messages.md");
  });

  it("knows every number: each variable a message picks a plural form by is expanded in the snapshot and the review sheets", () => {
    for (const { code } of LOCALES) {
      const source = readFileSync(join(LOCALES_DIR, `${code}.ftl`), "utf8");
      for (const [, variable] of source.matchAll(/\{\s*\$([a-z][a-z0-9-]*)\s*->/g)) {
        // Selects on words, not numbers: a referral's status.
        if (WORD_SELECTORS.has(variable!)) continue;
        expect(NUMBER_VARIABLES.has(variable!), `${code}.ftl selects on $${variable}: add it to NUMBER_VARIABLES in src/i18n/review.ts`).toBe(true);
      }
    }
  });

  it("read as Arabic grammar wants: dual and plural forms, no bare singular after 2 or 3", () => {
    const ar = (id: string, vars: Record<string, string | number>) => t("ar", id, { ...sampleValues("ar", t), ...vars }).replace(/[\u2068\u2069]/g, "");
    expect(ar("module-places-left", { count: 0 })).toBe("لم يبقَ أي مكان.");
    expect(ar("module-places-left", { count: 1 })).toBe("بقي مكان واحد.");
    expect(ar("module-places-left", { count: 2 })).toBe("بقي مكانان.");
    expect(ar("module-places-left", { count: 3 })).toBe("بقيت 3 أماكن.");
    expect(ar("module-places-left", { count: 11 })).toBe("بقي 11 مكانًا.");
    expect(ar("rsvp-childcare-yes", { children: 2 })).toContain("طفلان");
    expect(ar("consent-notice", { months: 2 })).toContain("بعد شهرين");
    expect(ar("consent-notice", { months: 1 })).toContain("بعد شهر واحد");
    expect(ar("survey-too-long", { max: 2 })).toContain("حرفين");
  });
});
