import { asc, count, eq, getTableColumns, gt, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { botStorage, escalations, participants, surveyAnswers, type AnswerValue } from "../db/schema.js";
import { CONVERSATION_STORAGE, storageKey } from "../db/storage.js";
import type { LocaleCode } from "../i18n/locales.js";

export type Participant = typeof participants.$inferSelect;

/**
 * Finds the participant of a Telegram user, creating the row at first contact, and
 * marks them seen, in one round trip. The chat id is refreshed because a person who
 * deleted and restarted the chat keeps their user id but the bot must write to the
 * chat they use now.
 */
export async function touchParticipant(db: Db, telegramUserId: number, chatId: number): Promise<Participant> {
  const { inHandoff: _, dialogState: __, surveyAnswers: ___, ...participant } = await touchParticipantForUpdate(db, telegramUserId, chatId);
  return participant;
}

/**
 * touchParticipant for an update, with what every update needs next read in the same
 * statement (each asked separately cost every update a round trip):
 * - `inHandoff`: whether the chat is with a counsellor (a live escalation); the handoff
 *   runs first on every update (DESIGN invariant 6);
 * - `dialogState`: the conversations plugin's stored state of the chat (`bot_storage`
 *   "conversation:<chatId>"), null when no dialog was ever open or the last one ended;
 * - `surveyAnswers`: the stored survey answers by question id, as stored (the survey
 *   reads them on most updates).
 */
export async function touchParticipantForUpdate(
  db: Db,
  telegramUserId: number,
  chatId: number,
): Promise<Participant & { inHandoff: boolean; dialogState: unknown; surveyAnswers: Record<string, AnswerValue | null> }> {
  const rows = await db
    .insert(participants)
    .values({ telegramUserId, chatId })
    .onConflictDoUpdate({
      target: participants.telegramUserId,
      set: { chatId, lastSeenAt: sql`now()`, reachable: true },
    })
    .returning({
      ...getTableColumns(participants),
      // Written out: drizzle leaves the table name off columns in a RETURNING list, and an
      // unqualified "id" inside the subquery would be the escalation's own.
      inHandoff: sql<boolean>`exists (select 1 from ${escalations} live where live.participant_id = "participants"."id" and live.status <> 'closed')`,
      dialogState: sql<unknown>`(select dialog.value from ${botStorage} dialog where dialog.key = ${storageKey(CONVERSATION_STORAGE, String(chatId))})`.mapWith(botStorage.value),
      surveyAnswers: sql<Record<string, AnswerValue | null>>`(select coalesce(jsonb_object_agg(answer.question_id, answer.value), '{}'::jsonb) from ${surveyAnswers} answer where answer.participant_id = "participants"."id")`.mapWith(
        (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as Record<string, AnswerValue | null>,
      ),
    });
  return rows[0]!;
}

/** Follows the participant's blocking (false) or unblocking (true) of the bot; no row is created. */
export async function setReachable(db: Db, telegramUserId: number, reachable: boolean): Promise<void> {
  await db.update(participants).set({ reachable }).where(eq(participants.telegramUserId, telegramUserId));
}

export async function rememberMediaGroup(db: Db, participantId: number, mediaGroupId: string): Promise<void> {
  await db.update(participants).set({ lastMediaGroupId: mediaGroupId }).where(eq(participants.id, participantId));
}

export async function setLocale(db: Db, participantId: number, locale: LocaleCode): Promise<void> {
  await db.update(participants).set({ locale }).where(eq(participants.id, participantId));
}

export async function recordConsent(
  db: Db,
  participantId: number,
  decision: "accepted" | "declined",
  version: string,
): Promise<void> {
  await db
    .update(participants)
    .set({ consentStatus: decision, consentVersion: version, consentAt: sql`now()` })
    .where(eq(participants.id, participantId));
}

export async function findParticipant(db: Db, id: number): Promise<Participant | undefined> {
  const rows = await db.select().from(participants).where(eq(participants.id, id));
  return rows[0];
}

/** Keyset paging by id: stable while participants are added. */
export async function listParticipants(
  db: Db,
  page: { afterId: number; limit: number },
): Promise<{ items: Participant[]; total: number }> {
  const [items, totals] = await Promise.all([
    db.select().from(participants).where(gt(participants.id, page.afterId)).orderBy(asc(participants.id)).limit(page.limit),
    db.select({ n: count() }).from(participants),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export function hasConsented(p: Pick<Participant, "consentStatus">): boolean {
  return p.consentStatus === "accepted";
}


export async function findParticipantByTelegramId(db: Db, telegramUserId: number): Promise<Participant | undefined> {
  const rows = await db.select().from(participants).where(eq(participants.telegramUserId, telegramUserId));
  return rows[0];
}

/** One more message in a row the bot could not understand; returns the new count. */
export async function countNotUnderstood(db: Db, participantId: number): Promise<number> {
  const [row] = await db
    .update(participants)
    .set({ notUnderstood: sql`${participants.notUnderstood} + 1` })
    .where(eq(participants.id, participantId))
    .returning({ n: participants.notUnderstood });
  return row?.n ?? 1;
}

export async function resetNotUnderstood(db: Db, participantId: number): Promise<void> {
  await db.update(participants).set({ notUnderstood: 0 }).where(eq(participants.id, participantId));
}
