import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n, LOCALES_DIR } from "../../src/i18n/i18n.js";
import { LOCALE_CODES } from "../../src/i18n/locales.js";

/**
 * A text that tells the participant which button to tap must show the button's own label:
 * a reader with little literacy matches the words letter by letter. So a quoted name of
 * a button is never written out in a message; it is the button's message put in
 * (`“{ survey-done }”`), and a translation of the button can never leave the hint behind.
 * Quoted literal words are allowed only where they are examples, not buttons.
 */
const QUOTED_EXAMPLES = new Set(["q-work-field"]);

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

/** The text with every placeable (variable, message reference, select) as "§". */
function withoutPlaceables(text: string): string {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "{") {
      if (depth === 0) out += "§";
      depth++;
    } else if (ch === "}") depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Quoted spans, left to right: “…”, ”…”, «…», „…“. */
const quoted = (text: string) => [...text.matchAll(/[“”«„]([^“”«»„]*)[“”»]/gu)].map((m) => m[1]!);

describe("texts that name a button", () => {
  it.each(LOCALE_CODES)("%s: every quoted button name is the button's own message", (code) => {
    const literal: string[] = [];
    for (const [id, text] of messages(code)) {
      if (QUOTED_EXAMPLES.has(id)) continue;
      for (const span of quoted(withoutPlaceables(text))) if (!span.includes("§")) literal.push(`${id}: “${span}”`);
    }
    expect(literal).toEqual([]);
  });

  const i18n = createI18n();
  it.each(LOCALE_CODES)("%s: the survey's hints and the course messages show the labels the buttons have", (code) => {
    const done = i18n.t(code, "survey-done");
    for (const hint of ["survey-multi-hint", "survey-counts-hint", "survey-choose-at-least-one"]) expect(i18n.t(code, hint), hint).toContain(done);
    const my = i18n.t(code, "menu-my");
    expect(i18n.t(code, "module-enrolled", { title: "X" })).toContain(my);
    expect(i18n.t(code, "reminder-cancelled", { title: "X", date: "1.12." })).toContain(my);
  });
});
