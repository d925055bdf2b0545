import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { pipelineWrite } from "../../db/transaction.js";
import { participants, surveyAnswers, type AnswerValue } from "../../db/schema.js";
import type { Answers } from "./flow.js";
import { upgradeAnswers } from "./legacy.js";

/**
 * The participant's answers as today's survey reads them (answers of earlier versions
 * mapped by `upgradeAnswers`; the stored rows are not changed).
 */
export async function loadAnswers(db: Db, participantId: number): Promise<Answers> {
  const rows = await db
    .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.participantId, participantId));
  return upgradeAnswers(Object.fromEntries(rows.map((r) => [r.questionId, r.value])));
}

/**
 * loadAnswers at the start of an update's handling: the answers read with the
 * participant (ctx.surveyAnswersAtStart) when nothing has read them yet, else from the
 * database. Taken once, so a read after this update's own writes sees those writes.
 */
export async function answersAtStart(ctx: { db: Db; participant: { id: number }; surveyAnswersAtStart?: Record<string, AnswerValue | null> }): Promise<Answers> {
  const prefetched = ctx.surveyAnswersAtStart;
  ctx.surveyAnswersAtStart = undefined;
  return prefetched ? upgradeAnswers({ ...prefetched }) : loadAnswers(ctx.db, ctx.participant.id);
}

export async function loadAnswerRows(db: Db, participantId: number) {
  return db
    .select({ questionId: surveyAnswers.questionId, value: surveyAnswers.value, answeredAt: surveyAnswers.answeredAt })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.participantId, participantId));
}

/** Stores one accepted answer at once (invariant 1); a changed answer replaces the old one. */
/** Stores an answer (replacing an earlier one); in an update's transaction it leaves with the commit (pipelineWrite). */
export async function saveAnswer(db: Db, participantId: number, questionId: string, value: AnswerValue | null): Promise<void> {
  await pipelineWrite(
    db,
    db
      .insert(surveyAnswers)
      .values({ participantId, questionId, value })
      .onConflictDoUpdate({
        target: [surveyAnswers.participantId, surveyAnswers.questionId],
        set: { value, answeredAt: sql`now()` },
      }),
  );
}

export async function deleteAnswers(db: Db, participantId: number, questionIds: string[]): Promise<void> {
  if (questionIds.length === 0) return;
  await pipelineWrite(db, db.delete(surveyAnswers).where(and(eq(surveyAnswers.participantId, participantId), inArray(surveyAnswers.questionId, questionIds))));
}

export interface SurveyPosition {
  surveyStatus?: "not_started" | "in_progress" | "completed";
  surveyCursor?: string | null;
  surveyReturnTo?: "summary" | "profile" | null;
  completed?: boolean;
}

export async function updateSurveyPosition(db: Db, participantId: number, position: SurveyPosition): Promise<void> {
  const { completed, ...rest } = position;
  await pipelineWrite(
    db,
    db
      .update(participants)
      .set({ ...rest, ...(completed ? { surveyCompletedAt: sql`now()` } : {}) })
      .where(eq(participants.id, participantId)),
  );
}
