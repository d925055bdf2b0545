/** The web app's sources: the API types are current, every text is in fi, sv and en. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/build.js";
import { generateApiTypes } from "../../web/scripts/generate-api.js";

const WEB_SRC = join(ROOT, "web", "src");
type Tree = { [key: string]: string | Tree };
const load = (language: string) => JSON.parse(readFileSync(join(WEB_SRC, "locales", `${language}.json`), "utf8")) as Tree;
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the web app's sources", () => {
  it("web/src/api/schema.d.ts is what the server's OpenAPI document gives now (run npm run web:api after changing a route)", async () => {
    const committed = readFileSync(join(WEB_SRC, "api", "schema.d.ts"), "utf8");
    expect(committed === (await generateApiTypes()), "web/src/api/schema.d.ts is stale: run npm run web:api").toBe(true);
  });

  it("Finnish, Swedish and English have the same keys and the same variables in each text", () => {
    const [fi, sv, en] = ["fi", "sv", "en"].map(load) as [Tree, Tree, Tree];
    const english = keys(en).sort();
    expect(keys(fi).sort()).toEqual(english);
    expect(keys(sv).sort()).toEqual(english);
    const text = (tree: Tree, key: string) => key.split(".").reduce<string | Tree>((t, k) => (t as Tree)[k]!, tree) as string;
    for (const key of english) {
      for (const other of [fi, sv]) expect(variables(text(other, key)), key).toEqual(variables(text(en, key)));
    }
  });
});
