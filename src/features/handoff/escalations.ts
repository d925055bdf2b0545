import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { isUniqueViolation } from "../../db/errors.js";
import { escalationMessages, escalations, participants, staff, type MessageDetails } from "../../db/schema.js";
import { enqueueEvent } from "./outbox.js";
import { isolated, isRightToLeft, rightToLeftLines } from "../../i18n/bidi.js";
import type { Relay } from "./relay.js";
import type { Principal } from "./staff.js";

export type Escalation = typeof escalations.$inferSelect;
export type EscalationMessage = typeof escalationMessages.$inferSelect;
export type EscalationSource = Escalation["source"];

const orderingKey = (id: number) => `escalation:${id}`;

/** The participant's open or claimed escalation, if any. */
export async function liveEscalation(db: Db, participantId: number): Promise<Escalation | undefined> {
  const [row] = await db
    .select()
    .from(escalations)
    .where(and(eq(escalations.participantId, participantId), ne(escalations.status, "closed")));
  return row;
}

/**
 * Hands the participant's chat to the counsellors. Asking twice keeps the one live
 * escalation (a unique index, so two processes cannot open two).
 */
export async function openEscalation(db: Db, participantId: number, source: EscalationSource): Promise<{ escalation: Escalation; created: boolean }> {
  const existing = await liveEscalation(db, participantId);
  if (existing) return { escalation: existing, created: false };
  try {
    return await db.transaction(async (tx) => {
      const [escalation] = await tx.insert(escalations).values({ participantId, source }).returning();
      await enqueueEvent(tx, "escalation.opened", orderingKey(escalation!.id), { escalationId: escalation!.id, participantId, source });
      return { escalation: escalation!, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { escalation: (await liveEscalation(db, participantId))!, created: false };
  }
}

/**
 * Puts the participant's chat at the top of the counsellors' queue, flagged urgent:
 * opens an escalation (source "safety") or marks the live one urgent, and queues an
 * `escalation.urgent` event (once per escalation; `escalation.opened` too when it is
 * new). Safe to call again: a chat already urgent is left as it is.
 */
export async function escalateUrgently(
  db: Db,
  participantId: number,
  trigger: "words" | "button",
): Promise<{ escalation: Escalation; created: boolean; newlyUrgent: boolean }> {
  const opened = await openEscalation(db, participantId, "safety");
  if (opened.escalation.urgent) return { ...opened, newlyUrgent: false };
  const [marked] = await db
    .update(escalations)
    .set({ urgent: true, urgentAt: sql`now()` })
    .where(and(eq(escalations.id, opened.escalation.id), eq(escalations.urgent, false)))
    .returning();
  // Another update of the same chat marked it first (two processes): nothing more to do.
  if (!marked) return { escalation: { ...opened.escalation, urgent: true }, created: opened.created, newlyUrgent: false };
  await enqueueEvent(db, "escalation.urgent", orderingKey(marked.id), { escalationId: marked.id, participantId, trigger });
  return { escalation: marked, created: opened.created, newlyUrgent: true };
}

/** What a participant sent during a handoff, as kept for the counsellor. */
export interface IncomingContent {
  text?: string;
  fileKind?: string;
  fileId?: string;
  details?: MessageDetails;
}

export async function recordIncoming(db: Db, escalation: Escalation, content: IncomingContent): Promise<EscalationMessage> {
  const [message] = await db
    .insert(escalationMessages)
    .values({
      escalationId: escalation.id,
      direction: "in",
      text: content.text ?? null,
      fileKind: content.fileKind ?? null,
      fileId: content.fileId ?? null,
      details: content.details ?? null,
      delivery: "received",
    })
    .returning();
  // The event names the message; its words are read from the transcript when the event
  // is delivered (webhooks.ts), so the outbox holds no second copy of them.
  await enqueueEvent(db, "message.created", orderingKey(escalation.id), { escalationId: escalation.id, messageId: message!.id, direction: "in" });
  return message!;
}

export type ActionError = "not-found" | "closed" | "already-claimed" | "not-yours" | "not-claimed" | "unreachable" | "delivery-failed" | "no-such-counsellor";

/** Claims an open escalation; of two counsellors claiming at once exactly one wins. */
export async function claimEscalation(db: Db, id: number, who: Principal): Promise<{ ok: true; escalation: Escalation } | { ok: false; error: ActionError }> {
  if (who.staffId === null) return { ok: false, error: "no-such-counsellor" };
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(escalations)
      .set({ status: "claimed", counsellorId: who.staffId, claimedAt: sql`now()` })
      .where(and(eq(escalations.id, id), eq(escalations.status, "open")))
      .returning();
    if (!claimed) {
      const [current] = await tx.select().from(escalations).where(eq(escalations.id, id));
      return { ok: false, error: !current ? "not-found" : current.status === "closed" ? "closed" : "already-claimed" };
    }
    await enqueueEvent(tx, "escalation.claimed", orderingKey(id), { escalationId: id, counsellorId: who.staffId, counsellor: who.displayName });
    return { ok: true, escalation: claimed };
  });
}

/**
 * A counsellor's reply as the participant reads it: "👤 Name:" and the words. For a
 * right-to-left reader the name is isolated (a Latin "Anna" cannot pull the line left to
 * right) and lines of Arabic or Dari that begin with a Latin word keep their direction.
 */
export function counsellorReplyText(name: string, text: string, locale: string | null): string {
  if (!isRightToLeft(locale)) return `👤 ${name}:\n${text}`;
  return `\u200F👤 ${isolated(name)}:\n${rightToLeftLines(text)}`;
}

/**
 * Sends a counsellor's reply, signed with their name. The escalation's row stays locked
 * from the check to the send, so two replies reach the participant in the order they
 * were accepted.
 */
export async function replyToParticipant(
  db: Db,
  relay: Relay,
  id: number,
  who: Principal,
  text: string,
): Promise<{ ok: true; message: EscalationMessage } | { ok: false; error: ActionError; message?: EscalationMessage }> {
  return db.transaction(async (tx) => {
    const [escalation] = await tx.select().from(escalations).where(eq(escalations.id, id)).for("update");
    if (!escalation) return { ok: false, error: "not-found" };
    if (escalation.status === "closed") return { ok: false, error: "closed" };
    if (who.role !== "admin" && escalation.counsellorId !== who.staffId) return { ok: false, error: "not-yours" };
    const [participant] = escalation.participantId
      ? await tx.select({ chatId: participants.chatId, locale: participants.locale }).from(participants).where(eq(participants.id, escalation.participantId))
      : [];
    const outcome = participant ? await relay.send(participant.chatId, counsellorReplyText(who.displayName, text, participant.locale)) : "blocked";
    const [message] = await tx
      .insert(escalationMessages)
      .values({ escalationId: id, direction: "out", counsellorId: who.staffId, text, delivery: outcome === "sent" ? "sent" : "failed" })
      .returning();
    await enqueueEvent(tx, "message.created", orderingKey(id), { escalationId: id, messageId: message!.id, direction: "out", counsellor: who.displayName, delivered: outcome === "sent" });
    if (outcome === "blocked") {
      await tx.update(escalations).set({ participantUnreachable: true }).where(eq(escalations.id, id));
      if (escalation.participantId) await tx.update(participants).set({ reachable: false }).where(eq(participants.id, escalation.participantId));
      return { ok: false, error: "unreachable", message: message! };
    }
    if (outcome === "failed") return { ok: false, error: "delivery-failed", message: message! };
    return { ok: true, message: message! };
  });
}

/**
 * Ends an escalation; the bot takes the chat back. Staff close only a chat they claimed
 * (an admin any): an unclaimed chat is claimed first, so someone has taken it on. The
 * closer is recorded.
 */
export async function closeEscalation(
  db: Db,
  id: number,
  by: { kind: "counsellor"; who: Principal; note?: string } | { kind: "participant" },
): Promise<{ ok: true; escalation: Escalation } | { ok: false; error: ActionError }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(escalations).where(eq(escalations.id, id)).for("update");
    if (!current) return { ok: false, error: "not-found" };
    if (current.status === "closed") return { ok: false, error: "closed" };
    if (by.kind === "counsellor" && by.who.role !== "admin" && (current.counsellorId === null || current.counsellorId !== by.who.staffId)) {
      return { ok: false, error: current.counsellorId === null ? "not-claimed" : "not-yours" };
    }
    const closer = by.kind === "counsellor" ? by.who.staffId : null;
    const [closed] = await tx
      .update(escalations)
      .set({ status: "closed", closedAt: sql`now()`, closedBy: by.kind, closedByStaffId: closer, closeNote: by.kind === "counsellor" ? (by.note ?? null) : null })
      .where(eq(escalations.id, id))
      .returning();
    await enqueueEvent(tx, "escalation.closed", orderingKey(id), {
      escalationId: id,
      closedBy: by.kind,
      ...(by.kind === "counsellor" ? { counsellorId: closer, counsellor: by.who.displayName } : {}),
    });
    return { ok: true, escalation: closed! };
  });
}

/** Gives a claimed (or open) escalation to another counsellor. */
export async function reassignEscalation(db: Db, id: number, who: Principal, counsellorId: number): Promise<{ ok: true; escalation: Escalation } | { ok: false; error: ActionError }> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(escalations).where(eq(escalations.id, id)).for("update");
    if (!current) return { ok: false, error: "not-found" };
    if (current.status === "closed") return { ok: false, error: "closed" };
    if (who.role !== "admin" && current.counsellorId !== who.staffId) return { ok: false, error: "not-yours" };
    const [target] = await tx.select().from(staff).where(eq(staff.id, counsellorId));
    if (!target || target.disabledAt) return { ok: false, error: "no-such-counsellor" };
    const [updated] = await tx
      .update(escalations)
      .set({ status: "claimed", counsellorId, claimedAt: sql`coalesce(${escalations.claimedAt}, now())` })
      .where(eq(escalations.id, id))
      .returning();
    await enqueueEvent(tx, "escalation.claimed", orderingKey(id), { escalationId: id, counsellorId, counsellor: target.displayName, reassigned: true });
    return { ok: true, escalation: updated! };
  });
}

export async function listEscalations(db: Db, states: readonly Escalation["status"][]): Promise<(Escalation & { locale: string | null; counsellor: string | null })[]> {
  const rows = await db
    .select({ escalation: escalations, locale: participants.locale, counsellor: staff.displayName })
    .from(escalations)
    .leftJoin(participants, eq(participants.id, escalations.participantId))
    .leftJoin(staff, eq(staff.id, escalations.counsellorId))
    .where(inArray(escalations.status, [...states]))
    // Urgent chats first (danger, violence, self-harm), then the longest waiting.
    .orderBy(desc(escalations.urgent), asc(escalations.openedAt))
    .limit(500);
  return rows.map((r) => ({ ...r.escalation, locale: r.locale, counsellor: r.counsellor }));
}

export async function findEscalation(db: Db, id: number): Promise<Escalation | undefined> {
  return (await db.select().from(escalations).where(eq(escalations.id, id)))[0];
}

export async function transcript(db: Db, id: number, sinceId = 0): Promise<(EscalationMessage & { counsellor: string | null })[]> {
  const rows = await db
    .select({ message: escalationMessages, counsellor: staff.displayName })
    .from(escalationMessages)
    .leftJoin(staff, eq(staff.id, escalationMessages.counsellorId))
    .where(and(eq(escalationMessages.escalationId, id), sql`${escalationMessages.id} > ${sinceId}`))
    .orderBy(asc(escalationMessages.id));
  return rows.map((r) => ({ ...r.message, counsellor: r.counsellor }));
}

/** Whether the participant has written in this escalation yet (only the first message is acknowledged). */
export async function hasIncoming(db: Db, escalationId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: escalationMessages.id })
    .from(escalationMessages)
    .where(and(eq(escalationMessages.escalationId, escalationId), eq(escalationMessages.direction, "in")))
    .limit(1);
  return row !== undefined;
}

export async function latestEscalation(db: Db, participantId: number): Promise<Escalation | undefined> {
  return (await db.select().from(escalations).where(eq(escalations.participantId, participantId)).orderBy(desc(escalations.id)).limit(1))[0];
}
