import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { followUpAnswers, followUps, participants, type AnswerValue } from "../../db/schema.js";

export type FollowUp = typeof followUps.$inferSelect;

/** The participant's round if it was offered to them (whatever its state). */
export async function findRound(db: Db, participantId: number, round: number): Promise<FollowUp | undefined> {
  return (await db.select().from(followUps).where(and(eq(followUps.participantId, participantId), eq(followUps.round, round))))[0];
}

/** The round the participant is answering: offered, not completed, with at least one answer. */
export async function roundInProgress(db: Db, participantId: number): Promise<number | undefined> {
  const rows = await db
    .select({ round: followUps.round })
    .from(followUps)
    .where(and(eq(followUps.participantId, participantId), isNull(followUps.completedAt), sql`exists (select 1 from ${followUpAnswers} a where a.participant_id = ${followUps.participantId} and a.round = ${followUps.round})`))
    .orderBy(asc(followUps.round));
  return rows.at(-1)?.round;
}

/** A round's answers by question id. */
export async function loadRoundAnswers(db: Db, participantId: number, round: number): Promise<Record<string, AnswerValue | null>> {
  const rows = await db.select().from(followUpAnswers).where(and(eq(followUpAnswers.participantId, participantId), eq(followUpAnswers.round, round)));
  return Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
}

/** Stores (or, before the round is completed, replaces) one follow-up answer, dated now. */
export async function saveRoundAnswer(db: Db, participantId: number, round: number, questionId: string, value: AnswerValue | null): Promise<void> {
  await db
    .insert(followUpAnswers)
    .values({ participantId, round, questionId, value })
    .onConflictDoUpdate({ target: [followUpAnswers.participantId, followUpAnswers.round, followUpAnswers.questionId], set: { value, answeredAt: sql`now()` } });
}

export async function completeRound(db: Db, participantId: number, round: number): Promise<void> {
  await db
    .update(followUps)
    .set({ completedAt: sql`coalesce(${followUps.completedAt}, now())` })
    .where(and(eq(followUps.participantId, participantId), eq(followUps.round, round)));
}

/**
 * Participants a follow-up round is due for: survey completed at least `round` months
 * ago (calendar months), consent given, reachable, and that round never offered. After
 * downtime only the latest due round is offered (an older one would ask the same).
 */
export async function dueFollowUps(db: Db, now: Date, rounds: readonly number[]): Promise<{ participantId: number; chatId: number; locale: string | null; round: number }[]> {
  const due = new Map<number, { participantId: number; chatId: number; locale: string | null; round: number }>();
  for (const round of [...rounds].sort((a, b) => a - b)) {
    const rows = await db
      .select({ participantId: participants.id, chatId: participants.chatId, locale: participants.locale })
      .from(participants)
      .where(
        and(
          eq(participants.surveyStatus, "completed"),
          eq(participants.consentStatus, "accepted"),
          eq(participants.reachable, true),
          lte(participants.surveyCompletedAt, sql`${now.toISOString()}::timestamptz - make_interval(months => ${round})`),
          sql`not exists (select 1 from ${followUps} f where f.participant_id = ${participants.id} and f.round >= ${round})`,
        ),
      );
    for (const r of rows) due.set(r.participantId, { ...r, round });
  }
  return [...due.values()];
}

/** Claims a round for sending: true for exactly one caller, however many try at once (the primary key). */
export async function claimRound(db: Db, participantId: number, round: number): Promise<boolean> {
  const rows = await db.insert(followUps).values({ participantId, round, offerStatus: "sending" }).onConflictDoNothing().returning({ round: followUps.round });
  return rows.length === 1;
}

export async function markOffer(db: Db, participantId: number, round: number, status: "offered" | "failed"): Promise<void> {
  await db.update(followUps).set({ offerStatus: status }).where(and(eq(followUps.participantId, participantId), eq(followUps.round, round)));
}
