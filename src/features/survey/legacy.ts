import type { AnswerValue } from "../../db/schema.js";
import { CHILD_AGE_GROUPS, UNDER_SCHOOL_AGE } from "./definition.js";
import type { Answers } from "./flow.js";

/**
 * Answers stored by earlier versions of the survey, read as today's questions ask them.
 * Nothing stored is changed or deleted: this is a view, applied when answers are loaded.
 *
 * - `situation` was one choice (a string); it is now a list.
 * - Children were asked three times (`children` count, `children-under-7` count,
 *   `child-ages` groups); today one `kids` answer lists a group per child. The list is
 *   rebuilt from the old answers where they say enough: the under-7 count goes to the
 *   under-school-age groups ticked, the rest to the older ones, spread in turn over the
 *   groups (so "2 children, ages 3–6 and 7–12, 1 under 7" is exactly one of each). With
 *   children but no ages the question is asked again.
 * - `school-years` was a typed number; it stays a number and reads as one.
 * - The language "ku" (Kurdish) is a retired option and still reads as "Kurdish".
 */
export function upgradeAnswers(stored: Answers): Answers {
  const answers: Record<string, AnswerValue | null> = { ...stored };
  if (typeof answers.situation === "string") answers.situation = [answers.situation];
  if (!("kids" in answers)) {
    const kids = kidsFromOldAnswers(stored);
    if (kids) answers.kids = kids;
  }
  return answers;
}

function kidsFromOldAnswers(stored: Answers): string[] | undefined {
  const count = stored.children;
  if (typeof count !== "number") return undefined;
  if (count <= 0) return [];
  const ages = Array.isArray(stored["child-ages"]) ? stored["child-ages"].filter((a) => (CHILD_AGE_GROUPS as readonly string[]).includes(a)) : undefined;
  if (!ages || ages.length === 0) return undefined;
  const young = ages.filter((a) => UNDER_SCHOOL_AGE.includes(a));
  const older = ages.filter((a) => !UNDER_SCHOOL_AGE.includes(a));
  const told = stored["children-under-7"];
  const underSeven = typeof told === "number" ? Math.min(Math.max(0, told), count) : older.length === 0 ? count : young.length === 0 ? 0 : Math.min(young.length, count);
  const spread = (n: number, groups: string[], fallback: string) =>
    Array.from({ length: n }, (_, i) => (groups.length > 0 ? groups[i % groups.length]! : fallback));
  const list = [...spread(underSeven, young, "3-6"), ...spread(count - underSeven, older, "7-12")];
  return CHILD_AGE_GROUPS.flatMap((g) => list.filter((x) => x === g));
}

/** How many children, how many under school age (for childcare), and their age groups. */
export function childrenOf(answers: Answers): { count: number; underSchoolAge: number; ageGroups: string[] } {
  const kids = Array.isArray(answers.kids) ? answers.kids : [];
  return {
    count: kids.length,
    underSchoolAge: kids.filter((k) => UNDER_SCHOOL_AGE.includes(k)).length,
    ageGroups: [...new Set(kids)],
  };
}
