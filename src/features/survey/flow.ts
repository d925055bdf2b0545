import type { AnswerValue } from "../../db/schema.js";
import { parseWholeNumber } from "../../i18n/numbers.js";
import { offeredOptions, type Condition, type Question } from "./definition.js";

/** Stored answers by question id; null is a skipped optional question. */
export type Answers = Readonly<Record<string, AnswerValue | null>>;

/** What the participant did, as far as the survey cares. */
export type SurveyInput =
  | { kind: "text"; text: string }
  | { kind: "choice"; optionId: string }
  | { kind: "choices"; optionIds: readonly string[] }
  | { kind: "skip" }
  /** A voice message (accepted where the question says so). */
  | { kind: "voice"; fileId: string; durationSeconds: number }
  /** a sticker, a photo, a voice message… */
  | { kind: "unsupported" };

export type InputProblem =
  | { problem: "use-buttons" }
  | { problem: "not-a-number"; min: number; max: number }
  | { problem: "out-of-range"; min: number; max: number }
  /** A fraction ("2.5") where a count is asked. */
  | { problem: "not-whole" }
  | { problem: "too-long"; max: number }
  | { problem: "empty" }
  | { problem: "send-text" }
  | { problem: "choose-at-least-one" }
  | { problem: "too-many"; max: number }
  | { problem: "not-optional" }
  | { problem: "unknown-option" }
  /** Characters that cannot be stored (a lone surrogate from a faulty keyboard or client). */
  | { problem: "bad-characters" };

export type InputResult = { ok: true; value: AnswerValue | null } | ({ ok: false } & InputProblem);

export function holds(condition: Condition, answers: Answers): boolean {
  const answer = answers[condition.question];
  if (answer === undefined || answer === null) return false;
  if ("equals" in condition) return answer === condition.equals;
  if ("oneOf" in condition) return typeof answer === "string" && condition.oneOf.includes(answer);
  // A single answer counts as a list of one (a question that became multiple choice).
  const chosen = Array.isArray(answer) ? answer : typeof answer === "string" ? [answer] : [];
  if ("includesAny" in condition) return chosen.some((a) => condition.includesAny.includes(a));
  if ("excludesAll" in condition) return !chosen.some((a) => condition.excludesAll.includes(a));
  return typeof answer === "number" && answer > condition.greaterThan;
}

/**
 * The questions this participant is asked, in order. A condition only counts answers of
 * questions that are themselves asked, so hiding one question also hides the ones that
 * depend on it (children 0 hides "children under 7", and with it "childcare").
 */
export function visibleQuestions(survey: readonly Question[], answers: Answers): Question[] {
  const counted: Record<string, AnswerValue | null> = {};
  const visible: Question[] = [];
  for (const question of survey) {
    if (!(question.when ?? []).every((c) => holds(c, counted))) continue;
    visible.push(question);
    if (question.id in answers) counted[question.id] = answers[question.id]!;
  }
  return visible;
}

export function isVisible(survey: readonly Question[], question: Question, answers: Answers): boolean {
  return visibleQuestions(survey, answers).includes(question);
}

export function firstUnanswered(survey: readonly Question[], answers: Answers): Question | undefined {
  return visibleQuestions(survey, answers).find((q) => !(q.id in answers));
}

/**
 * The question to show: the cursor (set by Back or by "change this answer") when it
 * points at a question still asked, otherwise the first unanswered one. Undefined
 * means every question is answered.
 */
export function currentQuestion(survey: readonly Question[], answers: Answers, cursor: string | null): Question | undefined {
  if (cursor) {
    const q = visibleQuestions(survey, answers).find((x) => x.id === cursor);
    if (q) return q;
  }
  return firstUnanswered(survey, answers);
}

/** The asked question before `questionId`, for the Back button. */
export function previousQuestion(survey: readonly Question[], answers: Answers, questionId: string): Question | undefined {
  const visible = visibleQuestions(survey, answers);
  const index = visible.findIndex((q) => q.id === questionId);
  return index > 0 ? visible[index - 1] : undefined;
}

/** Position for "question 3 of 18": counted over the questions this participant is asked. */
export function progress(survey: readonly Question[], answers: Answers, questionId: string): { index: number; total: number } {
  const visible = visibleQuestions(survey, answers);
  return { index: visible.findIndex((q) => q.id === questionId) + 1, total: visible.length };
}

/**
 * Answers of questions that an answer change has made irrelevant; they are deleted.
 * Only an answer hidden by another answer goes: one hidden because the question it
 * depends on is not answered yet (a new question added to the survey) is kept.
 */
export function answersNoLongerAsked(survey: readonly Question[], answers: Answers): string[] {
  const visible = new Set(visibleQuestions(survey, answers).map((q) => q.id));
  return survey
    .filter((q) => q.id in answers && !visible.has(q.id) && (q.when ?? []).every((c) => c.question in answers))
    .map((q) => q.id);
}

export function numberLimits(question: Question & { type: "number" }, answers: Answers): { min: number; max: number } {
  const bound = question.maxFromAnswer ? answers[question.maxFromAnswer] : undefined;
  return { min: question.min, max: typeof bound === "number" ? Math.min(question.max, bound) : question.max };
}

/** Checks an input against a question; never throws, whatever the participant sent. */
export function acceptInput(question: Question, input: SurveyInput, answers: Answers): InputResult {
  if (input.kind === "skip") return question.optional ? { ok: true, value: null } : { ok: false, problem: "not-optional" };
  if (input.kind === "voice") {
    if (question.type === "text" && question.acceptsVoice) {
      return { ok: true, value: { kind: "voice", fileId: input.fileId, durationSeconds: input.durationSeconds } };
    }
    if (question.type === "text") return { ok: false, problem: "send-text" };
    if (question.type === "number") return { ok: false, problem: "not-a-number", ...numberLimits(question, answers) };
    return { ok: false, problem: "use-buttons" };
  }
  if (input.kind === "unsupported") {
    if (question.type === "number") return { ok: false, problem: "not-a-number", ...numberLimits(question, answers) };
    if (question.type === "text") return { ok: false, problem: "send-text" };
    return { ok: false, problem: "use-buttons" };
  }

  switch (question.type) {
    case "single":
      if (input.kind !== "choice") return { ok: false, problem: "use-buttons" };
      return offeredOptions(question).some((o) => o.id === input.optionId)
        ? { ok: true, value: input.optionId }
        : { ok: false, problem: "unknown-option" };
    case "yesno":
      if (input.kind !== "choice") return { ok: false, problem: "use-buttons" };
      if (input.optionId === "yes") return { ok: true, value: true };
      if (input.optionId === "no") return { ok: true, value: false };
      return { ok: false, problem: "unknown-option" };
    case "multi": {
      if (input.kind !== "choices") return { ok: false, problem: "use-buttons" };
      const known = new Set(offeredOptions(question).map((o) => o.id));
      if (input.optionIds.some((id) => !known.has(id))) return { ok: false, problem: "unknown-option" };
      // Stored in the definition's order, whatever order the buttons were pressed in.
      const chosen = question.options.map((o) => o.id).filter((id) => input.optionIds.includes(id));
      if (chosen.length === 0) return { ok: false, problem: "choose-at-least-one" };
      if (question.maxSelected !== undefined && chosen.length > question.maxSelected) {
        return { ok: false, problem: "too-many", max: question.maxSelected };
      }
      return { ok: true, value: chosen };
    }
    case "counts": {
      // "No children" is the empty list; Done with nothing ticked says the same.
      if (input.kind === "choice" && input.optionId === "none") return { ok: true, value: [] };
      if (input.kind !== "choices") return { ok: false, problem: "use-buttons" };
      const known = question.options.map((o) => o.id);
      if (input.optionIds.some((id) => !known.includes(id))) return { ok: false, problem: "unknown-option" };
      if (input.optionIds.length > question.maxTotal) return { ok: false, problem: "too-many", max: question.maxTotal };
      // Grouped in the definition's order: ["3-6", "0-1", "3-6"] is kept as ["0-1", "3-6", "3-6"].
      return { ok: true, value: known.flatMap((id) => input.optionIds.filter((x) => x === id)) };
    }
    case "number": {
      const limits = numberLimits(question, answers);
      if (input.kind !== "text") return { ok: false, problem: "not-a-number", ...limits };
      // One whole number, optionally with a word around it ("3 lasta", "about 2", "۳ سال").
      // A long message is a story rather than an answer: a number in it is not taken as one.
      if ([...input.text.trim()].length > 40) return { ok: false, problem: "not-a-number", ...limits };
      const parsed = parseWholeNumber(input.text);
      if (!parsed.ok) {
        switch (parsed.reason) {
          // "-3" is no count of years or children: the range says what is wanted.
          case "negative":
          case "too-big":
            return { ok: false, problem: "out-of-range", ...limits };
          // "2.5" is a number in the range: saying only "a number from 0 to 30" would puzzle.
          case "fraction":
            return { ok: false, problem: "not-whole" };
          case "none":
          case "several":
          case "ambiguous":
            return { ok: false, problem: "not-a-number", ...limits };
        }
      }
      if (parsed.value < limits.min || parsed.value > limits.max) return { ok: false, problem: "out-of-range", ...limits };
      return { ok: true, value: parsed.value };
    }
    case "text": {
      if (input.kind !== "text") return { ok: false, problem: "send-text" };
      // PostgreSQL cannot store a lone surrogate: refused here, politely, instead of
      // failing the update on every redelivery.
      if (!input.text.isWellFormed()) return { ok: false, problem: "bad-characters" };
      const text = withoutControlCharacters(input.text).trim();
      if (text.length === 0) return { ok: false, problem: "empty" };
      if ([...text].length > question.maxLength) return { ok: false, problem: "too-long", max: question.maxLength };
      return { ok: true, value: text };
    }
  }
}

/**
 * Flags raised by the answers (for counsellors): "wants-to-talk", "hard-time", and
 * "voice-answer" when an answer is a voice message for a counsellor to listen to.
 */
export function answerFlags(survey: readonly Question[], answers: Answers): string[] {
  const flags = new Set<string>();
  for (const q of survey) {
    if (isVoiceAnswer(answers[q.id])) flags.add("voice-answer");
    if (q.type !== "single" && q.type !== "multi") continue;
    const answer = answers[q.id];
    const chosen = Array.isArray(answer) ? answer : typeof answer === "string" ? [answer] : [];
    for (const o of q.options) if (o.flag && chosen.includes(o.id)) flags.add(o.flag);
  }
  return [...flags];
}

/** Text as it can be stored: no NUL (PostgreSQL refuses it) and no other C0 controls but line breaks and tabs. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

export function isVoiceAnswer(value: unknown): value is { kind: "voice"; fileId: string; durationSeconds: number } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && (value as { kind?: unknown }).kind === "voice";
}
