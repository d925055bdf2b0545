/**
 * Every name the staff app needs for what the server can send has a text in fi, sv and en:
 * the funders' report's groups (survey options, "not-answered", plan figures) and the
 * catalogue's module tags. (web-app.test.ts checks the three files have the same keys.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/build.js";
import { GOALS_REACHED } from "../../src/features/follow-up/definition.js";
import { MODULE_TAGS } from "../../src/features/modules/tags.js";
import { REFERRAL_TRANSITIONS } from "../../src/features/referrals/repository.js";
import { followUpChanges } from "../../src/features/privacy/reports.js";
import { SURVEY } from "../../src/features/survey/definition.js";
import { REPORT_GROUP_NAMESPACES, reportGroupKey, type ReportSection } from "../../web/src/pages/report-groups.js";

type Tree = { [key: string]: string | Tree };
const has = (tree: Tree, key: string) => typeof key.split(".").reduce<string | Tree | undefined>((t, k) => (typeof t === "object" ? t[k] : undefined), tree) === "string";
const LOCALES = Object.fromEntries(["fi", "sv", "en"].map((l) => [l, JSON.parse(readFileSync(join(ROOT, "web", "src", "locales", `${l}.json`), "utf8")) as Tree]));

const optionsOf = (id: string) => {
  const q = SURVEY.find((x) => x.id === id);
  if (!q || !("options" in q)) throw new Error(`no survey question ${id} with options`);
  return q.options.map((o) => o.id);
};
/** Every follow-up change group the report can give (fed through the report's own function). */
const changeGroups = () => {
  const facts = ["none", "basics", null].flatMap((first) =>
    ["none", "good", null].flatMap((last) =>
      [null, "working", "studying", "home"].map((situation) => ({ quarter: "2026-Q1", firstFinnish: first, lastFinnish: last, firstSituation: ["home"], lastSituation: situation, goalsReached: null })),
    ),
  );
  const answered = GOALS_REACHED.type === "single" ? GOALS_REACHED.options.map((o) => ({ ...facts[0]!, goalsReached: o.id })) : [];
  const changes = followUpChanges([...facts, ...answered], ["2026-Q1"]);
  return { finnish: [...changes.finnish.keys()], situation: [...changes.situation.keys()], goals: [...changes.goals.keys()] };
};

/** Every group each section of the report can hold (the survey's options and "not-answered", or the report's own groups). */
function possibleGroups(): Record<ReportSection, string[]> {
  const changes = changeGroups();
  return {
    byRegion: [...optionsOf("region"), "not-answered"],
    byLanguage: [...optionsOf("languages"), "not-answered"],
    byGender: [...optionsOf("gender"), "not-answered"],
    byAgeGroup: [...optionsOf("age-group"), "not-answered"],
    bySituationAtEntry: [...optionsOf("situation"), "not-answered"],
    referralsByStatus: Object.keys(REFERRAL_TRANSITIONS),
    finnishChange: changes.finnish,
    situationChange: changes.situation,
    goalsReached: changes.goals,
  };
}

describe("the staff app's names for the server's keys", () => {
  it("names every group the funders' report can give, in fi, sv and en", () => {
    const groups = possibleGroups();
    expect(Object.keys(groups).sort()).toEqual(Object.keys(REPORT_GROUP_NAMESPACES).sort());
    expect(groups.finnishChange).toEqual(expect.arrayContaining(["up", "same", "down", "not-answered"]));
    const missing = Object.entries(LOCALES).flatMap(([language, tree]) =>
      Object.entries(groups).flatMap(([section, keys]) => keys.map((g) => reportGroupKey(section as ReportSection, g)).filter((key) => !has(tree, key)).map((key) => `${language}: ${key}`)),
    );
    expect(missing).toEqual([]);
  });

  it("names every module tag the API takes, in fi, sv and en", () => {
    const missing = Object.entries(LOCALES).flatMap(([language, tree]) => MODULE_TAGS.filter((tag) => !has(tree, `tags.${tag}`)).map((tag) => `${language}: tags.${tag}`));
    expect(missing).toEqual([]);
    expect(MODULE_TAGS).toEqual(expect.arrayContaining(["finnish", "swedish", "mothers", "working-parents"]));
  });
});
