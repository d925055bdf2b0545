/**
 * The intake survey (alkukartoitus), as data. To change a question, change it here and
 * its texts in every file of locales/ (the locale test names what is missing):
 *   q-<id>            the question
 *   q-<id>-<option>   an option's label (single and multiple choice)
 *   qs-<id>           a short label for the summary and /profile
 * Question ids and option ids are stored with the answers: rename one only with a
 * data migration. Keep ids short; they travel in callback data (64 bytes at most).
 */

export type Condition =
  | { question: string; equals: string | boolean }
  | { question: string; oneOf: string[] }
  | { question: string; includesAny: string[] }
  | { question: string; greaterThan: number };

interface Base {
  id: string;
  /** Shown with a Skip button; a skipped answer is stored as null. */
  optional?: boolean;
  /** Asked only when every condition holds. */
  when?: Condition[];
}

export type Question =
  | (Base & { type: "single"; options: readonly Option[] })
  | (Base & { type: "multi"; options: readonly Option[]; maxSelected?: number })
  | (Base & { type: "number"; min: number; max: number; maxFromAnswer?: string })
  | (Base & { type: "text"; maxLength: number })
  | (Base & { type: "yesno" });

export interface Option {
  id: string;
  /** Flags counsellors must see (the "I would like to talk to someone" answer). */
  flag?: "wants-to-talk";
}

const options = (...ids: string[]): Option[] => ids.map((id) => ({ id }));

const LANGUAGE_LEVEL = options("none", "basics", "everyday", "good");

export const SURVEY: readonly Question[] = [
  {
    id: "region",
    type: "single",
    options: options("paijat-hame", "south-karelia", "meri-lappi", "kanta-hame", "ostrobothnia", "other"),
  },
  { id: "years-in-fi", type: "single", options: options("under-1", "1-3", "over-3") },
  {
    id: "languages",
    type: "multi",
    options: options("ar", "prs", "fa", "so", "ru", "uk", "sw", "en", "ku", "ti", "fr", "other"),
  },
  { id: "finnish", type: "single", options: LANGUAGE_LEVEL },
  { id: "swedish", type: "single", options: LANGUAGE_LEVEL },
  { id: "read-own", type: "single", options: options("no", "a-little", "yes") },
  { id: "read-latin", type: "single", options: options("no", "a-little", "yes") },
  { id: "school-years", type: "number", min: 0, max: 30 },
  { id: "education", type: "single", options: options("none", "basic", "secondary", "vocational", "university") },
  { id: "worked", type: "yesno" },
  { id: "work-field", type: "text", maxLength: 200, optional: true, when: [{ question: "worked", equals: true }] },
  {
    id: "situation",
    type: "single",
    options: options("home", "family-leave", "job-seeker", "studying", "working", "other"),
  },
  { id: "children", type: "number", min: 0, max: 15 },
  {
    id: "children-under-7",
    type: "number",
    min: 0,
    max: 15,
    maxFromAnswer: "children",
    when: [{ question: "children", greaterThan: 0 }],
  },
  {
    id: "child-ages",
    type: "multi",
    options: options("0-1", "1-2", "3-6", "7-12", "13-17", "18-plus"),
    when: [{ question: "children", greaterThan: 0 }],
  },
  {
    id: "childcare",
    type: "single",
    options: options("yes", "sometimes", "no"),
    when: [{ question: "children-under-7", greaterThan: 0 }],
  },
  { id: "goals", type: "multi", options: options("work", "studies", "language", "friends", "wellbeing", "everyday") },
  { id: "times", type: "multi", options: options("mornings", "afternoons", "evenings", "weekends") },
  {
    id: "coping",
    type: "single",
    options: [{ id: "well" }, { id: "okay" }, { id: "hard" }, { id: "talk", flag: "wants-to-talk" }],
  },
  { id: "interpreter", type: "yesno" },
  { id: "gender", type: "single", optional: true, options: options("woman", "man", "other", "no-say") },
  { id: "age-group", type: "single", optional: true, options: options("under-25", "25-34", "35-44", "45-plus", "no-say") },
];

export function findQuestion(id: string, survey: readonly Question[] = SURVEY): Question | undefined {
  return survey.find((q) => q.id === id);
}
