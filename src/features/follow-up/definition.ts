import { findQuestion, type Question } from "../survey/definition.js";

/**
 * The follow-up check-in: a few of the survey's own questions (same ids, options and
 * texts, so answers compare with the first ones) and one of its own. Answers are stored
 * per round beside the survey's, never over them.
 */
export const GOALS_REACHED: Question = { id: "goals-reached", type: "single", options: [{ id: "yes" }, { id: "partly" }, { id: "no" }] };

/**
 * The survey's situation question with its options, but one answer: the main situation now,
 * asked in its own words (fu-q-situation). The survey now takes several; the report's
 * "moved to work or studies" compares this one with all of the first ones.
 */
const situation = findQuestion("situation")!;
export const SITUATION_NOW: Question = { id: "situation", type: "single", options: "options" in situation ? situation.options : [] };

export const FOLLOW_UP: readonly Question[] = [findQuestion("finnish")!, SITUATION_NOW, findQuestion("coping")!, GOALS_REACHED];

/** Where a follow-up question's text differs from the survey's. */
export const FOLLOW_UP_TEXT_KEYS: Readonly<Record<string, string>> = { situation: "fu-q-situation" };

export function findFollowUpQuestion(id: string): Question | undefined {
  return FOLLOW_UP.find((q) => q.id === id);
}
