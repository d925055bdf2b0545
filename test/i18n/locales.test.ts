import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { NUMBER_VARIABLES } from "../../src/i18n/review.js";
import { describe, expect, it } from "vitest";
import { SURVEY } from "../../src/features/survey/definition.js";
import { LOCALES_DIR } from "../../src/i18n/i18n.js";
import { LOCALES, REFERENCE_LOCALE, localeInfo } from "../../src/i18n/locales.js";

// Fluent's syntax tree types are not exported from @fluent/bundle's entry; walk it loosely.
type Node = { type?: string; [key: string]: unknown };

interface MessageShape {
  variables: Set<string>;
  /** variable → variant keys of the select expressions on it */
  selects: Map<string, Set<string>>;
}

function load(code: string): { bundle: FluentBundle; resource: FluentResource; shapes: Map<string, MessageShape> } {
  const source = readFileSync(join(LOCALES_DIR, `${code}.ftl`), "utf8");
  const resource = new FluentResource(source);
  const bundle = new FluentBundle(localeInfo(code as never).intl, { useIsolating: true });
  const errors = bundle.addResource(resource);
  if (errors.length > 0) throw new Error(`${code}.ftl: ${errors.map(String).join("; ")}`);
  const shapes = new Map<string, MessageShape>();
  for (const entry of (resource as unknown as { body: Node[] }).body) {
    const id = entry.id as string;
    const shape: MessageShape = { variables: new Set(), selects: new Map() };
    walk(entry.value as Node, shape);
    shapes.set(id, shape);
  }
  return { bundle, resource, shapes };
}

function walk(node: unknown, shape: MessageShape): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, shape));
  const n = node as Node;
  if (n.type === "var") shape.variables.add(n.name as string);
  if (n.type === "select") {
    const selector = n.selector as Node;
    if (selector.type === "var") {
      const keys = shape.selects.get(selector.name as string) ?? new Set<string>();
      for (const v of n.variants as Node[]) keys.add(String((v.key as Node).value ?? (v.key as Node).name));
      shape.selects.set(selector.name as string, keys);
    }
  }
  for (const value of Object.values(n)) if (typeof value === "object") walk(value, shape);
}

const reference = load(REFERENCE_LOCALE);
const sampleVars = {
  project: "HOT-hanke",
  contact: "hot@example.fi",
  months: 12,
  days: 365,
  index: 3,
  total: 18,
  min: 0,
  max: 15,
  title: "Suomea vanhemmille",
  date: "3.12. klo 10.00",
  place: "Kirkkokatu 1, Lahti",
  languages: "suomi",
  count: 3,
  children: 2,
  position: 4,
  kind: "Office",
  time: "Wed 2.12. 09:00",
  interpreter: "Interpreter: Somali",
  where: "Address: Kirkkokatu 1",
  address: "Kirkkokatu 1, Lahti",
  link: "https://meet.example.org/x",
  partner: "Lahden kaupunginkirjasto",
  step: "Hae päiväkotipaikkaa",
  reason: "Kielikahvila auttaa puhumaan",
  topic: "Terveys",
  about: "Aihe: Terveys",
  language: "Suomi",
  shared: "yhteystietosi",
  status: "sent",
  name: "Nollalinja",
  phone: "080 005 005",
  hours: "24/7",
  weekdays: "ma–pe",
  from: "09.00",
  to: "16.00",
};

describe.each(LOCALES.map((l) => l.code))("locale %s", (code) => {
  const { bundle, shapes } = load(code);

  it("has every message of the reference locale, and no others", () => {
    expect([...shapes.keys()].sort()).toEqual([...reference.shapes.keys()].sort());
  });

  it("uses the same variables in every message", () => {
    for (const [id, ref] of reference.shapes) {
      expect([...(shapes.get(id)?.variables ?? [])].sort(), `${code}: ${id}`).toEqual([...ref.variables].sort());
    }
  });

  it("has a variant for every plural category of the language where the reference selects on a number", () => {
    const categories = new Intl.PluralRules(localeInfo(code).intl).resolvedOptions().pluralCategories;
    for (const [id, ref] of reference.shapes) {
      // A select on a word (a referral's status) has the same keys in every language instead.
      for (const variable of [...ref.selects.keys()].filter((v) => NUMBER_VARIABLES.has(v))) {
        const variants = shapes.get(id)?.selects.get(variable);
        expect(variants, `${code}: ${id} must select on $${variable}`).toBeDefined();
        for (const category of categories) expect(variants!.has(category), `${code}: ${id} lacks [${category}]`).toBe(true);
      }
    }
  });

  it("formats every message without errors", () => {
    for (const id of shapes.keys()) {
      const message = bundle.getMessage(id);
      expect(message?.value, `${code}: ${id} has no value`).toBeTruthy();
      const errors: Error[] = [];
      bundle.formatPattern(message!.value!, sampleVars, errors);
      expect(errors.map(String), `${code}: ${id}`).toEqual([]);
    }
  });

  it("has the texts of every survey question and option", () => {
    for (const q of SURVEY) {
      expect(bundle.hasMessage(`q-${q.id}`), `${code}: q-${q.id}`).toBe(true);
      expect(bundle.hasMessage(`qs-${q.id}`), `${code}: qs-${q.id}`).toBe(true);
      const labels = q.labelsFrom ?? q.id;
      if ("options" in q) for (const o of q.options) expect(bundle.hasMessage(`q-${labels}-${o.id}`), `${code}: q-${labels}-${o.id}`).toBe(true);
      // "No children" on the children question.
      if (q.type === "counts") expect(bundle.hasMessage(`q-${q.id}-none`), `${code}: q-${q.id}-none`).toBe(true);
    }
  });

  if (localeInfo(code).dir === "rtl") {
    it("starts every line with a right-to-left letter, so Telegram lays it out right to left", () => {
      const rtlLetter = /^[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
      for (const id of shapes.keys()) {
        const text = bundle.formatPattern(bundle.getMessage(id)!.value!, sampleVars);
        // A line without letters ("25–34") has no direction to get wrong.
        for (const line of text.split("\n").filter((l) => /\p{L}/u.test(l))) {
          // Bullets, emoji and isolation marks carry no direction; the first letter decides.
          const firstLetter = line.replace(/^[^\p{L}\p{N}]+/u, "");
          expect(rtlLetter.test(firstLetter), `${code}: ${id}: "${line}"`).toBe(true);
        }
      }
    });

    it("isolates inserted values so numbers and Latin names keep their place", () => {
      const text = bundle.formatPattern(bundle.getMessage("survey-progress")!.value!, { index: 3, total: 18 });
      // Each number (in the language's own digits) sits between FSI and PDI.
      expect(text.match(/\u2068[^\u2068\u2069]+\u2069/gu)).toHaveLength(2);
      expect(text.replace(/\u2068[^\u2069]+\u2069/gu, "")).not.toMatch(/[0-9\u0660-\u0669\u06F0-\u06F9]/u);
    });
  }
});
