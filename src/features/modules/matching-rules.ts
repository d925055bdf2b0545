import type { Condition } from "../survey/definition.js";

/**
 * How survey answers point to modules, as data. A rule that holds adds its weight to
 * every module carrying its tag and gives the participant the reason in words they
 * understand (`match-reason-<reason>` in locales/). Change the matching here.
 */
export interface MatchingRule {
  /** One condition, or several that must all hold. */
  when: Condition | readonly Condition[];
  tag: string;
  reason: string;
  weight: number;
}

/*
 * A reason is said only of a module it is true of: "you can learn more Finnish" only of
 * a course in Finnish (tag "finnish"), never of the Swedish one (tag "swedish"); a course
 * tagged only "language" gets the reasons that hold for any language.
 */
export const MATCHING_RULES: readonly MatchingRule[] = [
  { when: { question: "finnish", oneOf: ["none", "basics"] }, tag: "finnish", reason: "language-level", weight: 3 },
  { when: [{ question: "swedish", oneOf: ["none", "basics"] }, { question: "int-lang", oneOf: ["sv"] }], tag: "swedish", reason: "swedish-level", weight: 3 },
  { when: { question: "int-lang", oneOf: ["sv"] }, tag: "swedish", reason: "chose-swedish", weight: 2 },
  { when: { question: "goals", includesAny: ["language"] }, tag: "language", reason: "goal-language", weight: 2 },
  { when: { question: "read-latin", oneOf: ["no", "a-little"] }, tag: "literacy", reason: "reading", weight: 4 },
  { when: { question: "read-own", oneOf: ["no", "a-little"] }, tag: "literacy", reason: "reading", weight: 3 },
  { when: { question: "goals", includesAny: ["work"] }, tag: "work", reason: "goal-work", weight: 3 },
  { when: { question: "situation", includesAny: ["job-seeker"] }, tag: "work", reason: "job-seeker", weight: 2 },
  { when: { question: "years-in-fi", oneOf: ["under-1"] }, tag: "services", reason: "newly-arrived", weight: 3 },
  { when: { question: "goals", includesAny: ["everyday"] }, tag: "services", reason: "goal-everyday", weight: 2 },
  { when: { question: "coping", oneOf: ["hard", "talk"] }, tag: "wellbeing", reason: "wellbeing", weight: 3 },
  { when: { question: "goals", includesAny: ["wellbeing"] }, tag: "wellbeing", reason: "goal-wellbeing", weight: 2 },
  { when: { question: "coping", oneOf: ["talk"] }, tag: "guidance", reason: "wants-to-talk", weight: 4 },
  { when: { question: "goals", includesAny: ["friends"] }, tag: "group", reason: "goal-friends", weight: 1 },
];

/**
 * Groups for some parents only. A module with the tag is not suggested to a participant
 * whose answers say they are not in the group (`excludedWhen`); one whose answers say
 * they are gets `reason` ("a group for mothers"). Without an answer (gender skipped)
 * the module is suggested without that reason: nobody is left out for not telling.
 */
export interface AudienceRule {
  tag: string;
  excludedWhen: Condition;
  includedWhen: Condition;
  reason: string;
}

export const AUDIENCE_RULES: readonly AudienceRule[] = [
  {
    tag: "mothers",
    excludedWhen: { question: "gender", oneOf: ["man"] },
    includedWhen: { question: "gender", oneOf: ["woman"] },
    reason: "for-mothers",
  },
  {
    // For parents in work or starting soon: not for one at home, on leave or looking for work only.
    tag: "working-parents",
    excludedWhen: { question: "situation", excludesAll: ["working", "course", "studying"] },
    includedWhen: { question: "situation", includesAny: ["working"] },
    reason: "for-working-parents",
  },
];

/** Preferred-times answers as Helsinki clock hours and weekdays. */
export const TIME_WINDOWS: Readonly<Record<string, { fromHour: number; toHour: number; weekend: boolean }>> = {
  mornings: { fromHour: 6, toHour: 12, weekend: false },
  afternoons: { fromHour: 12, toHour: 17, weekend: false },
  evenings: { fromHour: 17, toHour: 23, weekend: false },
  weekends: { fromHour: 0, toHour: 24, weekend: true },
};
