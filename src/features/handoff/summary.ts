import type { Db } from "../../db/client.js";
import { createI18n } from "../../i18n/i18n.js";
import { findParticipant } from "../../participants/repository.js";
import { RETIRED_QUESTIONS, SURVEY } from "../survey/definition.js";
import { answerFlags, isVoiceAnswer, type Answers } from "../survey/flow.js";
import { formatAnswer, questionsToShow } from "../survey/render.js";
import { loadAnswers } from "../survey/repository.js";

/** What counsellors read about a participant: their language, flags and answers, in Finnish. */
export interface SurveySummary {
  locale: string | null;
  flags: string[];
  answers: { questionId: string; question: string; answer: string }[];
}

const i18n = createI18n();
const finnish = (key: string, vars?: Record<string, string | number>) => i18n.t("fi", key, vars);

/**
 * The participant's survey answers as counsellors read them, in Finnish (the web inbox's
 * escalation view and the staff group's first post in a topic show the same). An erased
 * or unknown participant gives an empty summary.
 */
export async function surveySummary(db: Db, participantId: number | null): Promise<SurveySummary> {
  const participant = participantId ? await findParticipant(db, participantId) : undefined;
  const answers = participant ? await loadAnswers(db, participant.id) : {};
  return { locale: participant?.locale ?? null, flags: answerFlags(SURVEY, answers), answers: answersInFinnish(answers) };
}

/**
 * Answers (in the survey's present form: loadAnswers, or upgradeAnswers for raw rows) as a
 * Finnish-speaking counsellor reads them, in the survey's order, earlier versions' questions last.
 */
export function answersInFinnish(answers: Answers): SurveySummary["answers"] {
  return questionsToShow(SURVEY, answers, RETIRED_QUESTIONS)
    .filter((q) => q.id in answers)
    .map((q) => {
      const value = answers[q.id];
      // A voice answer: the counsellor needs Telegram's file id to fetch and listen to it.
      const answer = formatAnswer(finnish, "fi", q, value) + (isVoiceAnswer(value) ? ` (Telegram file_id ${value.fileId})` : "");
      return { questionId: q.id, question: finnish(`qs-${q.id}`), answer };
    });
}
