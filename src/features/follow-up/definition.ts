import { findQuestion, type Question } from "../survey/definition.js";

/**
 * The follow-up check-in: a few of the survey's own questions (same ids, options and
 * texts, so answers compare with the first ones) and one of its own. Answers are stored
 * per round beside the survey's, never over them.
 */
export const GOALS_REACHED: Question = { id: "goals-reached", type: "single", options: [{ id: "yes" }, { id: "partly" }, { id: "no" }] };

export const FOLLOW_UP: readonly Question[] = [findQuestion("finnish")!, findQuestion("situation")!, findQuestion("coping")!, GOALS_REACHED];

export function findFollowUpQuestion(id: string): Question | undefined {
  return FOLLOW_UP.find((q) => q.id === id);
}
