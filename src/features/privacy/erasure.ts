import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  anonymousCounts,
  appointments,
  attendance,
  botStorage,
  enrolments,
  escalationMessages,
  escalations,
  inboundReplays,
  modules,
  outbox,
  participants,
  pendingReplies,
  processedUpdates,
  surveyAnswers,
} from "../../db/schema.js";
import { promoteFromWaitlist, type Enrolment } from "../modules/enrolment.js";

/** What an erasure changed for others: places freed on waiting lists. */
export interface ErasureResult {
  erased: boolean;
  promoted: Enrolment[];
}

const month = (date: Date) => date.toISOString().slice(0, 7);

async function count(tx: Db, metric: string, period: string, by = 1): Promise<void> {
  if (by <= 0) return;
  await tx
    .insert(anonymousCounts)
    .values({ metric, period, value: by })
    .onConflictDoUpdate({ target: [anonymousCounts.metric, anonymousCounts.period], set: { value: sql`${anonymousCounts.value} + ${by}` } });
}

/**
 * Erases every personal record of a participant (DESIGN invariant 7): answers,
 * enrolments, attendance, reminders, transcripts, the chat's grammY storage (which holds
 * raw updates), the outbox events about them, replies not yet sent, and the chat id of
 * processed updates.
 * What the project's statistics need stays only as anonymous monthly counts. An open
 * chat with a counsellor is closed, so counsellors see that the person left; places they
 * held go to the waiting list.
 */
const ERASURE_METRIC = {
  request: "participants.erased_on_request",
  withdrawal: "participants.erased_on_withdrawal",
  retention: "participants.erased_by_retention",
} as const;

export type ErasureReason = keyof typeof ERASURE_METRIC;

export async function eraseParticipant(db: Db, participantId: number, now: Date, reason: ErasureReason): Promise<ErasureResult> {
  return db.transaction(async (tx) => {
    const [p] = await tx.select().from(participants).where(eq(participants.id, participantId)).for("update");
    if (!p) return { erased: false, promoted: [] };
    const period = month(now);

    // Statistics first, while the facts still exist.
    const held = await tx.select().from(enrolments).where(eq(enrolments.participantId, participantId));
    const [attended] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(attendance)
      .where(and(eq(attendance.participantId, participantId), eq(attendance.response, "coming")));
    await count(tx, ERASURE_METRIC[reason], period);
    if (p.surveyStatus === "completed") await count(tx, "surveys.completed_by_erased", period);
    await count(tx, "enrolments.by_erased", period, held.filter((e) => e.status !== "cancelled").length);
    await count(tx, "sessions.attended_by_erased", period, attended?.n ?? 0);
    const [met] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(appointments)
      .where(and(eq(appointments.participantId, participantId), eq(appointments.outcome, "met")));
    await count(tx, "guidance.met_by_erased", period, met?.n ?? 0);

    // Conversations: closed, transcripts and their events gone.
    const theirs = await tx.select({ id: escalations.id, status: escalations.status }).from(escalations).where(eq(escalations.participantId, participantId));
    const ids = theirs.map((e) => e.id);
    if (ids.length > 0) {
      await tx.delete(escalationMessages).where(inArray(escalationMessages.escalationId, ids));
      await tx
        .update(escalations)
        .set({ status: "closed", closedAt: sql`coalesce(${escalations.closedAt}, now())`, closedBy: sql`coalesce(${escalations.closedBy}, 'erasure')`, closeNote: null })
        .where(inArray(escalations.id, ids));
      await tx.delete(outbox).where(inArray(outbox.orderingKey, ids.map((id) => `escalation:${id}`)));
    }
    await tx.delete(outbox).where(sql`(${outbox.payload} ->> 'participantId')::int = ${participantId}`);
    // The counsellors' tools learn that the person left (no personal data in the event).
    for (const e of theirs.filter((x) => x.status !== "closed")) {
      await tx.insert(outbox).values({ event: "escalation.closed", orderingKey: `escalation:${e.id}:erased`, payload: { escalationId: e.id, closedBy: "erasure" } });
    }

    // grammY sessions and conversations of the chat (they hold raw updates), processed update rows.
    await tx.delete(botStorage).where(or(sql`${botStorage.key} like ${`%:${p.chatId}`}`, sql`${botStorage.key} like ${`%:${p.chatId}:%`}`));
    await tx.update(processedUpdates).set({ chatId: null }).where(eq(processedUpdates.chatId, p.chatId));
    // Replies not yet accepted by Telegram hold texts about them (a reply of the update
    // that asked for erasure is stored after this, so the confirmation still goes out).
    await tx.delete(pendingReplies).where(eq(pendingReplies.chatId, p.chatId));

    // The participant row; answers, enrolments, attendance, reminders and appointments
    // (with their reminders and the counsellor's notes) go with it (cascade).
    await tx.delete(participants).where(eq(participants.id, participantId));

    const promoted: Enrolment[] = [];
    const freed = [...new Set(held.filter((e) => e.status === "enrolled").map((e) => e.moduleId))];
    for (const moduleId of freed) {
      const [module] = await tx.select({ id: modules.id }).from(modules).where(eq(modules.id, moduleId));
      if (module) promoted.push(...(await promoteFromWaitlist(tx, moduleId, now)));
    }
    return { erased: true, promoted };
  });
}

/**
 * Whether withdrawing consent would erase something: anyone who agreed (their answers,
 * courses and chats may exist), and anyone with survey answers stored whatever the
 * consent says (answers kept by an older version after a withdrawal).
 */
export async function holdsPersonalData(db: Db, p: { id: number; consentStatus: string | null }): Promise<boolean> {
  if (p.consentStatus === "accepted") return true;
  const [answer] = await db.select({ id: surveyAnswers.participantId }).from(surveyAnswers).where(eq(surveyAnswers.participantId, p.id)).limit(1);
  return answer !== undefined;
}

/** Participants silent for longer than the retention period. */
export async function inactiveParticipants(db: Db, now: Date, months: number): Promise<number[]> {
  const rows = await db
    .select({ id: participants.id })
    .from(participants)
    .where(lt(participants.lastSeenAt, sql`${now.toISOString()}::timestamptz - make_interval(months => ${months})`));
  return rows.map((r) => r.id);
}

/**
 * Removes transcripts of chats closed before the cut-off, and the counsellor's close note
 * (their words about the person): the escalation row stays, without any text.
 */
export async function pruneTranscripts(db: Db, now: Date, days: number): Promise<number> {
  const closedLongAgo = and(eq(escalations.status, "closed"), lt(escalations.closedAt, sql`${now.toISOString()}::timestamptz - make_interval(days => ${days})`));
  const old = db.select({ id: escalations.id }).from(escalations).where(closedLongAgo);
  const rows = await db.delete(escalationMessages).where(inArray(escalationMessages.escalationId, old)).returning({ id: escalationMessages.id });
  const notes = await db.update(escalations).set({ closeNote: null }).where(and(closedLongAgo, sql`${escalations.closeNote} is not null`)).returning({ id: escalations.id });
  return rows.length + notes.length;
}

/**
 * The other places participants' words can wait, each past its time: replies Telegram
 * never took (given up after a day anyway), grammY storage of chats silent for the
 * retention period (a participant still active keeps theirs), replay keys of the
 * helpdesk route. Returns how many rows went.
 */
export async function pruneWordsEverywhere(db: Db, now: Date, months: number): Promise<number> {
  const replies = await db.delete(pendingReplies).where(lt(pendingReplies.createdAt, new Date(now.getTime() - 86_400_000))).returning({ id: pendingReplies.id });
  const storage = await db
    .delete(botStorage)
    .where(lt(botStorage.updatedAt, sql`${now.toISOString()}::timestamptz - make_interval(months => ${months})`))
    .returning({ key: botStorage.key });
  const replays = await db.delete(inboundReplays).where(lt(inboundReplays.seenAt, new Date(now.getTime() - 3_600_000))).returning({ key: inboundReplays.key });
  return replies.length + storage.length + replays.length;
}
