import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../src/i18n/i18n.js";

/** A message's text as written in the file (value and indented lines), by id. */
function messages(code: string): Map<string, string> {
  const source = readFileSync(join(LOCALES_DIR, `${code}.ftl`), "utf8");
  const out = new Map<string, string>();
  for (const block of source.split(/\n(?=[a-z])/)) {
    const head = /^([a-z][a-z0-9-]*)\s*=\s*/.exec(block);
    if (head) out.set(head[1]!, block.slice(head[0].length));
  }
  return out;
}
const all = (code: string) => [...messages(code).values()].join("\n");

/** Word-level faults a reader of each language saw at once; each test names the kind it guards. */
describe("wording a native reader expects", () => {
  it("Swahili never calls the bot 'boti' (a boat)", () => {
    expect(all("sw")).not.toMatch(/(^|[^o])\bboti\b/imu);
  });

  it.each(["ru", "uk"])("%s: the Latin-alphabet question shows letters Cyrillic does not have", (code) => {
    // A B C E H K M O P T X Y (and I, J in Ukrainian) look the same in Cyrillic: a reader of Cyrillic would say yes without reading Latin.
    const lookalikes = /[ABCEHIJKMOPTXY]/;
    for (const id of ["q-read-latin", "qs-read-latin"]) {
      const letters = messages(code).get(id)!.match(/\b[A-Z]\b/g) ?? [];
      expect(letters.length, `${code}: ${id}`).toBeGreaterThanOrEqual(3);
      expect(letters.join(" "), `${code}: ${id}`).not.toMatch(lookalikes);
    }
  });

  it("Somali: the progress line and the number re-ask are not word-for-word calques", () => {
    const so = messages("so");
    expect(so.get("survey-progress")).not.toContain("oo ka mid ah");
    for (const id of ["survey-not-a-number", "survey-out-of-range"]) expect(so.get(id)).toMatch(/u dhaxaysa \{ \$min \} iyo \{ \$max \}/);
  });

  it("Dari: compound words joined with a zero-width non-joiner, Afghan words rather than Iranian ones", () => {
    const fa = all("fa");
    // "می‌" and "‌ها" attach with U+200C, never with a space or nothing at all before a vowel-initial joiner.
    expect(fa).not.toMatch(/(^|\s)ن?می /mu);
    expect(fa).not.toMatch(/\S ها(ی)?(\s|$)/mu);
    expect(fa).not.toMatch(/ثبت نام|هیچ کدام/u);
    // School is مکتب in Afghanistan; مدرسه there is the religious school, so only "مدرسهٔ دینی" may say it.
    const withoutMadrasa = fa.replaceAll("مدرسهٔ دینی", "");
    for (const iranian of ["لیست", "مدرسه", "دبیرستان", "دانشگاه", "بعد از ظهر", "مترجم", "سوئدی", "اطلاعات"]) expect(withoutMadrasa, iranian).not.toContain(iranian);
  });

  it.each(["ar", "fa"])("%s: reminder lines begin with their emoji, where a right-to-left reader starts", (code) => {
    const emoji = /\p{Extended_Pictographic}/u;
    for (const id of ["reminder-session", "reminder-childcare", "reminder-cancelled", "reminder-moved", "reminder-reinstated", "rsvp-changed", "my-enrolled", "my-waitlisted"]) {
      for (const line of messages(code).get(id)!.split("\n").map((l) => l.trim()).filter((l) => emoji.test(l))) {
        expect(line, `${code}: ${id}`).toMatch(/^\p{Extended_Pictographic}/u);
        expect(line.slice(2), `${code}: ${id}: one emoji, at the start`).not.toMatch(emoji);
      }
    }
  });

  it.each(["ar", "fa"])("%s: every /command sits in a left-to-right isolate, so its slash stays before the word in right-to-left text", (code) => {
    const text = all(code).split("\n").filter((l) => !l.startsWith("#")).join("\n");
    const commands = text.match(/\/[a-z_]+/g) ?? [];
    expect(commands.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/(?<![\u2066\w/.])\/[a-z_]+/u);
    expect(text).not.toMatch(/\/[a-z_]+(?![a-z_]*\u2069)/u);
  });
});
