import type { Db } from "../../src/db/client.js";
import type { AnswerValue } from "../../src/db/schema.js";
import { saveAnswer, updateSurveyPosition } from "../../src/features/survey/repository.js";
import { recordConsent, setLocale, touchParticipant, type Participant } from "../../src/participants/repository.js";
import { TEST_DEPS } from "./bot.js";

/** Answers up to (not including) the free-text question "work-field". */
export const ANSWERS_BEFORE_WORK_FIELD: Record<string, AnswerValue> = {
  region: "paijat-hame",
  "years-in-fi": "1-3",
  languages: ["ar"],
  finnish: "basics",
  swedish: "none",
  "read-own": "yes",
  "read-latin": "a-little",
  "school-years": 9,
  education: "basic",
  worked: true,
};

/**
 * A participant who chose a language, agreed to the current notice and is in the middle
 * of the survey with `answers` stored (by default: at the free-text question).
 */
export async function participantInSurvey(
  db: Db,
  telegramUserId: number,
  options: { locale?: string; answers?: Record<string, AnswerValue | null>; version?: string } = {},
): Promise<Participant> {
  const p = await touchParticipant(db, telegramUserId, telegramUserId);
  await setLocale(db, p.id, (options.locale ?? "en") as never);
  await recordConsent(db, p.id, "accepted", options.version ?? TEST_DEPS.privacyNoticeVersion);
  await updateSurveyPosition(db, p.id, { surveyStatus: "in_progress" });
  for (const [question, value] of Object.entries(options.answers ?? ANSWERS_BEFORE_WORK_FIELD)) await saveAnswer(db, p.id, question, value);
  return p;
}
