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
  // Update first and insert only when no row was updated: INSERT … ON CONFLICT DO UPDATE
  // alone draws a value from the id sequence on every call, used or not, and participants
  // are known to counsellors by their number, which must not jump by each message. Two
  // first messages of one new person at once: the loser's insert meets the winner's row
  // (ON CONFLICT) and updates it, so there is still one row and both get it.
  const result = await db.execute(sql`
    with updated as (
      update ${participants} set chat_id = ${chatId}, last_seen_at = now(), reachable = true
      where telegram_user_id = ${telegramUserId}
      returning *
    ), inserted as (
      insert into ${participants} (telegram_user_id, chat_id)
      select ${telegramUserId}, ${chatId} where not exists (select 1 from updated)
      on conflict (telegram_user_id) do update set chat_id = excluded.chat_id, last_seen_at = now(), reachable = true
      returning *
    )
    select touched.*,
      exists (select 1 from ${escalations} live where live.participant_id = touched.id and live.status <> 'closed') as in_handoff,
      (select dialog.value from ${botStorage} dialog where dialog.key = ${storageKey(CONVERSATION_STORAGE, String(chatId))}) as dialog_state,
      (select coalesce(jsonb_object_agg(answer.question_id, answer.value), '{}'::jsonb) from ${surveyAnswers} answer where answer.participant_id = touched.id) as survey_answers
    from (select * from updated union all select * from inserted) touched`);
  const raw = (Array.isArray(result) ? result : (result as unknown as { rows: Record<string, unknown>[] }).rows)[0] as Record<string, unknown>;
  // A raw statement's row has the database's names and values: each column maps its own.
  const participant = Object.fromEntries(
    Object.entries(getTableColumns(participants)).map(([key, column]) => [key, raw[column.name] == null ? null : column.mapFromDriverValue(raw[column.name])]),
  ) as Participant;
  const json = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value);
  return {
    ...participant,
    inHandoff: raw.in_handoff === true || raw.in_handoff === "t",
    dialogState: raw.dialog_state == null ? null : botStorage.value.mapFromDriverValue(raw.dialog_state),
    surveyAnswers: json(raw.survey_answers) as Record<string, AnswerValue | null>,
  };
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
