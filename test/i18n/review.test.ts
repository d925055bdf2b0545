import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/i18n.js";
import { LOCALES, REFERENCE_LOCALE } from "../../src/i18n/locales.js";
import { readMessages, reviewRows, writeReviewSheets, type Translate } from "../../src/i18n/review.js";

const i18n = createI18n();
const t: Translate = (locale, key, variables) => i18n.t(locale, key, variables);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "i18n-review-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("review sheets for native speakers", () => {
  it("has one HTML and one CSV sheet per locale, each with every message of the reference locale", () => {
    const dir = tempDir();
    writeReviewSheets(t, dir);
    expect(readdirSync(dir).sort()).toEqual(LOCALES.flatMap((l) => [`${l.code}.csv`, `${l.code}.html`]).sort());
    const ids = readMessages(REFERENCE_LOCALE).map((m) => m.id);
    expect(ids.length).toBeGreaterThan(200);
    for (const { code } of LOCALES) {
      const html = readFileSync(join(dir, `${code}.html`), "utf8");
      const csv = readFileSync(join(dir, `${code}.csv`), "utf8");
      for (const id of ids) {
        expect(html, `${code}.html: ${id}`).toContain(`<td class="id">${id}`);
        expect(csv, `${code}.csv: ${id}`).toMatch(new RegExp(`^${id},`, "m"));
      }
      // Sample values are filled in: no Fluent placeable is left for the reviewer to imagine.
      expect(html).not.toMatch(/\{ ?\$/);
      // Self-contained: nothing loaded from elsewhere, nothing run.
      expect(html).not.toMatch(/<script|<link|src=|@import/i);
      expect(csv.split("\n")[0]).toBe("\uFEFFmessage,sample,english,translation,correction");
    }
  });

  it("lays right-to-left translations out right to left, and expands plurals with the English beside them", () => {
    const dir = tempDir();
    writeReviewSheets(t, dir, ["ar", "fa"]);
    const ar = readFileSync(join(dir, "ar.html"), "utf8");
    expect(ar).toContain('<td lang="ar" dir="rtl">');
    const two = reviewRows(t, "ar").find((r) => r.id === "module-places-left" && r.sample === "$count = 2")!;
    expect(two).toEqual({ id: "module-places-left", sample: "$count = 2", source: "2 places left.", translation: "بقي مكانان." });
    expect(ar).toContain("$count = 11");
    expect(readFileSync(join(dir, "fa.html"), "utf8")).toContain('dir="rtl"');
  });

  it("`npm run i18n:review`'s program writes the sheets into the folder it is given", async () => {
    const dir = tempDir();
    const { stdout } = await promisify(execFile)(join("node_modules", ".bin", "tsx"), ["src/i18n/review-cli.ts", dir], { timeout: 60_000 });
    expect(stdout).toContain(`Wrote ${LOCALES.length * 2} files`);
    expect(readdirSync(dir)).toContain("so.html");
  });
});
