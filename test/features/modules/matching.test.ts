import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/features/survey/flow.js";
import { fitsTimes, suggestModules, type MatchableModule } from "../../../src/features/modules/matching.js";
import { helsinkiTime } from "../../../src/i18n/time.js";

// Tuesday 10:00 and 18:00, Saturday 10:00, Helsinki time.
const tuesdayMorning = helsinkiTime(2026, 12, 1, 10, 0);
const tuesdayEvening = helsinkiTime(2026, 12, 1, 18, 0);
const saturday = helsinkiTime(2026, 12, 5, 10, 0);

const catalogue: MatchableModule[] = [
  { id: 1, tags: ["language", "finnish", "group"], regions: ["paijat-hame"], childcare: true, upcoming: [tuesdayMorning] }, // Finnish with childcare, Lahti
  { id: 2, tags: ["literacy", "language", "finnish"], regions: ["paijat-hame"], childcare: true, upcoming: [tuesdayMorning] }, // reading and writing
  { id: 3, tags: ["work", "group"], regions: ["paijat-hame"], childcare: false, upcoming: [tuesdayEvening] }, // working life, evenings, no childcare
  { id: 4, tags: ["services", "group"], regions: ["paijat-hame"], childcare: true, upcoming: [tuesdayMorning] }, // local services
  { id: 5, tags: ["wellbeing", "group"], regions: ["meri-lappi"], childcare: true, upcoming: [tuesdayMorning] }, // wellbeing, Kemi
  { id: 6, tags: ["guidance", "wellbeing"], regions: [], childcare: false, upcoming: [saturday] }, // individual guidance, anywhere
  { id: 7, tags: ["language"], regions: ["paijat-hame"], childcare: true, upcoming: [] }, // no coming sessions
];

interface Profile {
  name: string;
  answers: Answers;
  must: number[];
  mustNot: number[];
  first?: number;
  reasons?: Record<number, string[]>;
  notes?: Record<number, string[]>;
}

const profiles: Profile[] = [
  {
    name: "low Finnish, Lahti area → the language module",
    answers: { region: "paijat-hame", finnish: "none", goals: ["friends"] },
    must: [1],
    mustNot: [5, 7],
    first: 1,
    reasons: { 1: ["language-level", "goal-friends"] },
  },
  {
    name: "cannot read the Latin alphabet → literacy first",
    answers: { region: "paijat-hame", "read-latin": "no", finnish: "good" },
    must: [2],
    mustNot: [1, 3, 4],
    first: 2,
    reasons: { 2: ["reading"] },
  },
  {
    name: "wants work → working-life skills",
    answers: { region: "paijat-hame", goals: ["work"], situation: ["job-seeker"], finnish: "good" },
    must: [3],
    mustNot: [1, 2],
    reasons: { 3: ["goal-work", "job-seeker"] },
  },
  {
    name: "newly arrived → local services",
    answers: { region: "paijat-hame", "years-in-fi": "under-1", finnish: "good" },
    must: [4],
    mustNot: [3],
    reasons: { 4: ["newly-arrived"] },
  },
  {
    name: "would like to talk → guidance and wellbeing, in their region only",
    answers: { region: "meri-lappi", coping: "talk", finnish: "good" },
    must: [5, 6],
    mustNot: [1, 2, 3, 4],
    first: 6,
    reasons: { 6: ["wellbeing", "wants-to-talk"] },
  },
  {
    name: "needs childcare → only modules with childcare",
    answers: { region: "paijat-hame", goals: ["work", "language"], childcare: "yes", finnish: "basics" },
    must: [1],
    mustNot: [3, 6],
    reasons: { 1: ["language-level", "goal-language", "childcare"] },
  },
  {
    name: "childcare sometimes → modules without it come with a clear note",
    answers: { region: "paijat-hame", goals: ["work"], childcare: "sometimes", finnish: "good" },
    must: [3],
    mustNot: [],
    notes: { 3: ["no-childcare"] },
  },
  {
    name: "prefers evenings → the evening module ranks up, morning ones get a note",
    answers: { region: "paijat-hame", goals: ["work", "language"], times: ["evenings"], finnish: "good" },
    must: [1, 3],
    mustNot: [],
    first: 3,
    reasons: { 3: ["goal-work", "times"] },
    notes: { 1: ["times"] },
  },
  {
    name: "another region → nothing from Lahti",
    answers: { region: "other", finnish: "none", goals: ["work"] },
    must: [],
    mustNot: [1, 2, 3, 4, 5],
  },
  {
    name: "no answers yet → no suggestions",
    answers: {},
    must: [],
    mustNot: [1, 2, 3, 4, 5, 6, 7],
  },
];

describe("module suggestions", () => {
  it.each(profiles)("$name", (profile) => {
    const suggestions = suggestModules(profile.answers, catalogue);
    const ids = suggestions.map((s) => s.moduleId);
    for (const id of profile.must) expect(ids, `must get ${id}`).toContain(id);
    for (const id of profile.mustNot) expect(ids, `must not get ${id}`).not.toContain(id);
    if (profile.first !== undefined) expect(ids[0]).toBe(profile.first);
    for (const [id, reasons] of Object.entries(profile.reasons ?? {})) {
      expect(suggestions.find((s) => s.moduleId === Number(id))?.reasons).toEqual(reasons);
    }
    for (const [id, notes] of Object.entries(profile.notes ?? {})) {
      expect(suggestions.find((s) => s.moduleId === Number(id))?.notes).toEqual(notes);
    }
  });

  it("is deterministic: the same answers give the same order", () => {
    const answers: Answers = { region: "paijat-hame", finnish: "none", goals: ["work", "everyday"] };
    expect(suggestModules(answers, catalogue)).toEqual(suggestModules(answers, [...catalogue].reverse()));
  });
});

describe("preferred times", () => {
  it("reads session times in Helsinki time, summer and winter", () => {
    expect(fitsTimes(tuesdayMorning, ["mornings"])).toBe(true);
    expect(fitsTimes(tuesdayMorning, ["afternoons", "evenings"])).toBe(false);
    expect(fitsTimes(tuesdayEvening, ["evenings"])).toBe(true);
    expect(fitsTimes(saturday, ["mornings"])).toBe(false);
    expect(fitsTimes(saturday, ["weekends"])).toBe(true);
    // 09:30 in July is 06:30 UTC; still a morning in Helsinki.
    expect(fitsTimes(new Date("2027-07-06T06:30:00Z"), ["mornings"])).toBe(true);
    expect(fitsTimes(new Date("2027-01-05T10:30:00Z"), ["mornings"])).toBe(false);
  });
});

/** A catalogue where each module's reasons can be checked for truth. */
const truthCatalogue: MatchableModule[] = [
  { id: 11, tags: ["language", "finnish", "group"], regions: [], childcare: true, upcoming: [tuesdayMorning] }, // Finnish course
  { id: 12, tags: ["language", "swedish"], regions: [], childcare: true, upcoming: [tuesdayMorning] }, // Swedish course
  { id: 13, tags: ["group", "wellbeing", "mothers"], regions: [], childcare: true, upcoming: [tuesdayMorning] }, // mothers' café
  { id: 14, tags: ["wellbeing", "group", "working-parents"], regions: [], childcare: true, upcoming: [tuesdayEvening] }, // working parents
];

describe("reasons are true of the module they are given for", () => {
  const low = { finnish: "none", swedish: "none" } as const;
  it.each([
    // answers, module, reasons (undefined: not suggested)
    ["weak Finnish: the Finnish course says so", { ...low }, 11, ["language-level"]],
    ["weak Finnish: the Swedish course never says 'more Finnish'", { ...low, goals: ["language"] }, 12, ["goal-language"]],
    ["weak Finnish only: the Swedish course is not suggested for it", { ...low }, 12, undefined],
    ["chose Swedish in a bilingual region: the Swedish course says so", { ...low, "int-lang": "sv" }, 12, ["swedish-level", "chose-swedish"]],
    ["chose Swedish: the Finnish course still says only the Finnish reason", { ...low, "int-lang": "sv" }, 11, ["language-level"]],
    ["a woman: the mothers' café, with why", { coping: "hard", gender: "woman" }, 13, ["wellbeing", "for-mothers"]],
    ["a man: never the mothers' café", { coping: "hard", gender: "man" }, 13, undefined],
    ["gender skipped: the mothers' café, without claiming why", { coping: "hard", gender: null }, 13, ["wellbeing"]],
    ["a parent in work: the working parents' group, with why", { goals: ["wellbeing"], situation: ["working"] }, 14, ["goal-wellbeing", "for-working-parents"]],
    ["a parent at home: never the working parents' group", { goals: ["wellbeing"], situation: ["home"] }, 14, undefined],
    ["at home and on a course: the group fits (starting work soon), no claim they work", { goals: ["wellbeing"], situation: ["home", "course"] }, 14, ["goal-wellbeing"]],
    ["an answer of the earlier survey (one situation) still counts", { goals: ["wellbeing"], situation: "home" }, 14, undefined],
  ] as const)("%s", (_name, answers, moduleId, reasons) => {
    const suggestion = suggestModules(answers as Answers, truthCatalogue).find((s) => s.moduleId === moduleId);
    if (reasons === undefined) expect(suggestion).toBeUndefined();
    else expect(suggestion?.reasons).toEqual(reasons);
  });
});
