/**
 * The intake survey (alkukartoitus), as data. To change a question, change it here and
 * its texts in every file of locales/ (the locale test names what is missing):
 *   q-<id>            the question
 *   q-<id>-<option>   an option's label (single and multiple choice)
 *   qs-<id>           a short label for the summary and /profile
 * Question ids and option ids are stored with the answers: rename one only with a
 * data migration. Keep ids short; they travel in callback data (64 bytes at most).
 */

import { SURVEY_REGIONS } from "./regions.js";

export type Condition =
  | { question: string; equals: string | boolean }
  | { question: string; oneOf: string[] }
  | { question: string; includesAny: string[] }
  /** Answered, and none of these chosen. */
  | { question: string; excludesAll: string[] }
  | { question: string; greaterThan: number };

interface Base {
  id: string;
  /** Shown with a Skip button; a skipped answer is stored as null. */
  optional?: boolean;
  /** Asked only when every condition holds. */
  when?: Condition[];
  /**
   * Option labels are read from another question's texts (`q-<labelsFrom>-<option>`),
   * so one list of language names serves "your languages" and "the interpreter's".
   */
  labelsFrom?: string;
  /** Accepts a voice message as the answer (stored as a file reference, flagged for a counsellor). */
  acceptsVoice?: boolean;
}

export type Question =
  | (Base & { type: "single"; options: readonly Option[] })
  | (Base & { type: "multi"; options: readonly Option[]; maxSelected?: number })
  | (Base & { type: "number"; min: number; max: number; maxFromAnswer?: string })
  | (Base & { type: "text"; maxLength: number })
  | (Base & { type: "yesno" })
  /**
   * One entry per person, by group: "children living with you" with their ages, asked
   * once. Tapping a group adds one, ➖ takes one away; the answer is the list with
   * repeats (["3-6", "3-6", "7-12"] is three children), an empty list is none.
   */
  | (Base & { type: "counts"; options: readonly Option[]; maxTotal: number });

export interface Option {
  id: string;
  /** Flags counsellors must see (the "I would like to talk to someone" answer). */
  flag?: "wants-to-talk" | "hard-time";
  /**
   * An option of an earlier version of the survey: not offered any more, but stored
   * answers that carry it still read with its label (e.g. "Kurdish" before the survey
   * asked Sorani or Kurmanji).
   */
  retired?: true;
}

const options = (...ids: string[]): Option[] => ids.map((id) => ({ id }));

const LANGUAGE_LEVEL = options("none", "basics", "everyday", "good");

/** Languages participants of the projects speak, by ISO 639 code; "ku" is retired (now ckb or kmr). */
const LANGUAGES: Option[] = [
  ...options("ar", "prs", "fa", "ps", "ckb", "kmr", "so", "ti", "am", "ln", "rw", "sw", "ru", "uk", "fr", "en"),
  { id: "ku", retired: true },
  { id: "other" },
];

/** Age groups of children; the first three are under school age (childcare, daycare). */
export const CHILD_AGE_GROUPS = ["0-1", "1-2", "3-6", "7-12", "13-17", "18-plus"] as const;
export const UNDER_SCHOOL_AGE: string[] = ["0-1", "1-2", "3-6"];

/** Regions where integration training is offered in Finnish and in Swedish. */
export const BILINGUAL_REGIONS = ["ostrobothnia"];

/**
 * The needs survey, modelled on the assessment of integration needs (Integration Act
 * 681/2023, section 15) but not replacing it: the intro says so. Skip logic keeps it
 * short: a parent without small children is not asked about daycare, someone who has
 * lived here for years is not asked about an integration plan.
 */
export const SURVEY: readonly Question[] = [
  {
    id: "region",
    type: "single",
    options: options(...SURVEY_REGIONS),
  },
  { id: "int-lang", type: "single", options: options("fi", "sv", "unsure"), when: [{ question: "region", oneOf: BILINGUAL_REGIONS }] },
  { id: "years-in-fi", type: "single", options: options("under-1", "1-3", "over-3") },
  { id: "languages", type: "multi", options: LANGUAGES },
  { id: "finnish", type: "single", options: LANGUAGE_LEVEL },
  { id: "swedish", type: "single", options: LANGUAGE_LEVEL },
  { id: "read-own", type: "single", options: options("no", "a-little", "yes") },
  { id: "read-latin", type: "single", options: options("no", "a-little", "yes") },
  // Ranges as buttons; answers stored before (a typed number) still read as that number.
  { id: "school-years", type: "single", options: options("none", "1-6", "7-9", "10-12", "13-plus") },
  {
    id: "education",
    type: "single",
    options: options("none", "religious", "primary-some", "basic", "secondary", "vocational", "university"),
  },
  { id: "worked", type: "yesno" },
  { id: "work-field", type: "text", maxLength: 200, optional: true, acceptsVoice: true, when: [{ question: "worked", equals: true }] },
  {
    id: "situation",
    type: "multi",
    options: options("home", "family-leave", "course", "job-seeker", "studying", "working", "other"),
  },
  {
    id: "job-registered",
    type: "single",
    options: options("yes", "no", "unsure"),
    when: [{ question: "situation", includesAny: ["home", "family-leave", "course", "job-seeker", "other"] }],
  },
  { id: "plan", type: "single", options: options("yes", "no", "unsure"), when: [{ question: "years-in-fi", oneOf: ["under-1", "1-3"] }] },
  { id: "kids", type: "counts", options: options(...CHILD_AGE_GROUPS), maxTotal: 15 },
  {
    id: "daycare",
    type: "single",
    options: options("yes", "applied", "no"),
    when: [{ question: "kids", includesAny: UNDER_SCHOOL_AGE }],
  },
  {
    id: "childcare",
    type: "single",
    options: options("yes", "sometimes", "no"),
    when: [{ question: "kids", includesAny: UNDER_SCHOOL_AGE }],
  },
  { id: "goals", type: "multi", options: options("work", "studies", "language", "friends", "wellbeing", "everyday") },
  { id: "times", type: "multi", options: options("mornings", "afternoons", "evenings", "weekends") },
  {
    id: "coping",
    type: "single",
    // Optional: nobody has to tell how they feel to get help with courses.
    optional: true,
    options: [{ id: "well" }, { id: "okay" }, { id: "hard", flag: "hard-time" }, { id: "talk", flag: "wants-to-talk" }],
  },
  { id: "interpreter", type: "yesno" },
  { id: "interpreter-lang", type: "single", labelsFrom: "languages", options: LANGUAGES, when: [{ question: "interpreter", equals: true }] },
  { id: "gender", type: "single", optional: true, options: options("woman", "man", "other", "no-say") },
  { id: "age-group", type: "single", optional: true, options: options("under-25", "25-34", "35-44", "45-plus", "no-say") },
];

/**
 * Questions of earlier versions of the survey, no longer asked. Their stored answers
 * stay (nothing is deleted) and still read with their own labels in /profile, the API
 * and the console; `upgradeAnswers` maps them onto today's questions where it can.
 */
export const RETIRED_QUESTIONS: readonly Question[] = [
  { id: "children", type: "number", min: 0, max: 15 },
  { id: "children-under-7", type: "number", min: 0, max: 15 },
  { id: "child-ages", type: "multi", options: options(...CHILD_AGE_GROUPS) },
];

export function findQuestion(id: string, survey: readonly Question[] = SURVEY): Question | undefined {
  return survey.find((q) => q.id === id);
}

/** Options a participant can choose today (retired ones only read). */
export function offeredOptions(question: Question & { options: readonly Option[] }): Option[] {
  return question.options.filter((o) => !o.retired);
}

