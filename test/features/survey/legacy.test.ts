import { describe, expect, it } from "vitest";
import { childrenOf, upgradeAnswers } from "../../../src/features/survey/legacy.js";

describe("answers of the earlier survey, read as today's", () => {
  it("reads one situation as a list of one", () => {
    expect(upgradeAnswers({ situation: "job-seeker" }).situation).toEqual(["job-seeker"]);
    expect(upgradeAnswers({ situation: ["home", "course"] }).situation).toEqual(["home", "course"]);
  });

  it.each([
    // children, under 7, age groups → one entry per child
    [{ children: 0 }, []],
    [{ children: 2, "children-under-7": 1, "child-ages": ["3-6", "7-12"] }, ["3-6", "7-12"]],
    [{ children: 3, "children-under-7": 2, "child-ages": ["0-1", "3-6", "13-17"] }, ["0-1", "3-6", "13-17"]],
    [{ children: 3, "children-under-7": 3, "child-ages": ["3-6"] }, ["3-6", "3-6", "3-6"]],
    [{ children: 2, "children-under-7": 0, "child-ages": ["7-12"] }, ["7-12", "7-12"]],
  ])("rebuilds the children from %j", (old, kids) => {
    expect(upgradeAnswers(old).kids).toEqual(kids);
  });

  it("asks again when the ages were never given, and keeps a new answer over the old ones", () => {
    expect(upgradeAnswers({ children: 2, "children-under-7": 1 })).not.toHaveProperty("kids");
    expect(upgradeAnswers({ children: 2, "child-ages": ["3-6"], kids: ["0-1"] }).kids).toEqual(["0-1"]);
  });

  it("keeps every stored answer as it was (a view, not a migration)", () => {
    const stored = { children: 2, "children-under-7": 1, "child-ages": ["3-6", "7-12"], "school-years": 8, languages: ["ku"] };
    expect(upgradeAnswers(stored)).toMatchObject(stored);
  });

  it("counts children under school age for childcare", () => {
    expect(childrenOf({ kids: ["0-1", "3-6", "3-6", "7-12"] })).toEqual({ count: 4, underSchoolAge: 3, ageGroups: ["0-1", "3-6", "7-12"] });
    expect(childrenOf({})).toEqual({ count: 0, underSchoolAge: 0, ageGroups: [] });
  });
});
