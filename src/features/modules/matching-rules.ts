import type { Condition } from "../survey/definition.js";

/**
 * How survey answers point to modules, as data. A rule that holds adds its weight to
 * every module carrying its tag and gives the participant the reason in words they
 * understand (`match-reason-<reason>` in locales/). Change the matching here.
 */
export interface MatchingRule {
  when: Condition;
  tag: string;
  reason: string;
  weight: number;
}

export const MATCHING_RULES: readonly MatchingRule[] = [
  { when: { question: "finnish", oneOf: ["none", "basics"] }, tag: "language", reason: "language-level", weight: 3 },
  { when: { question: "goals", includesAny: ["language"] }, tag: "language", reason: "goal-language", weight: 2 },
  { when: { question: "read-latin", oneOf: ["no", "a-little"] }, tag: "literacy", reason: "reading", weight: 4 },
  { when: { question: "read-own", oneOf: ["no", "a-little"] }, tag: "literacy", reason: "reading", weight: 3 },
  { when: { question: "goals", includesAny: ["work"] }, tag: "work", reason: "goal-work", weight: 3 },
  { when: { question: "situation", oneOf: ["job-seeker"] }, tag: "work", reason: "job-seeker", weight: 2 },
  { when: { question: "years-in-fi", oneOf: ["under-1"] }, tag: "services", reason: "newly-arrived", weight: 3 },
  { when: { question: "goals", includesAny: ["everyday"] }, tag: "services", reason: "goal-everyday", weight: 2 },
  { when: { question: "coping", oneOf: ["hard", "talk"] }, tag: "wellbeing", reason: "wellbeing", weight: 3 },
  { when: { question: "goals", includesAny: ["wellbeing"] }, tag: "wellbeing", reason: "goal-wellbeing", weight: 2 },
  { when: { question: "coping", oneOf: ["talk"] }, tag: "guidance", reason: "wants-to-talk", weight: 4 },
  { when: { question: "goals", includesAny: ["friends"] }, tag: "group", reason: "goal-friends", weight: 1 },
];

/** Preferred-times answers as Helsinki clock hours and weekdays. */
export const TIME_WINDOWS: Readonly<Record<string, { fromHour: number; toHour: number; weekend: boolean }>> = {
  mornings: { fromHour: 6, toHour: 12, weekend: false },
  afternoons: { fromHour: 12, toHour: 17, weekend: false },
  evenings: { fromHour: 17, toHour: 23, weekend: false },
  weekends: { fromHour: 0, toHour: 24, weekend: true },
};
