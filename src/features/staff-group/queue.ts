/**
 * The staff group's feed and its paced poster.
 *
 * 1. The feed reads the handoff's events from the outbox (escalation opened, message
 *    written, claimed, closed), so every way a chat changes (the bot, the web inbox, the
 *    API, the helpdesk, an erasure) reaches the group, and turns each into rows of
 *    `staff_group_queue`, one Bot API call a row, in the transaction that marks the events
 *    taken.
 * 2. The poster sends the rows oldest first, at most `perMinute` in any 60 s (Telegram
 *    lets a bot post about 20 messages a minute into one group), counting the rows sent in
 *    the last minute in the table itself, so the count holds across processes and
 *    restarts. A 429 holds the whole queue for retry_after.
 *
 * Both run in one process at a time (the database's "staff-group" exclusive lock), which
 * is also what keeps two processes from opening two topics for one participant: a topic
 * is only ever created by the lock's holder, and its thread id is stored (unique per
 * group, and per participant) before the next row is sent. Every row finds its thread
 * through its escalation's participant, never through anything a staff member typed.
 */
import { and, asc, eq, gt, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { InlineKeyboard, type Api } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Logger } from "pino";
import type { Database, Db } from "../../db/client.js";
import { escalationMessages, escalations, outbox, participants, staff, staffGroupQueue, staffGroupTopics } from "../../db/schema.js";
import { classifyBotApiError, describeBotApiError, isTopicGone } from "../../bot/telegram-errors.js";
import { surveySummary } from "../handoff/summary.js";
import { T, topicName } from "./texts.js";

export type QueueKind =
  | "topic"
  | "rename"
  | "summary"
  | "pin"
  | "message"
  | "status"
  | "notice"
  | "buttons"
  | "close-topic"
  | "delete-topic"
  | "delete-message";

export type Topic = typeof staffGroupTopics.$inferSelect;
type QueueRow = typeof staffGroupQueue.$inferSelect;

/** Telegram's limit for one group, messages a minute. */
export const GROUP_MESSAGES_PER_MINUTE = 20;
const WINDOW_MS = 60_000;
/** Events older than this when the feed first sees them are not posted (a group set up later, a long outage). */
const FEED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const HANDOFF_EVENTS = ["escalation.opened", "escalation.urgent", "message.created", "escalation.claimed", "escalation.closed"];

/** The claim, close and hand-over buttons under a topic's summary and status posts. */
export function escalationButtons(escalationId: number, state: "open" | "claimed"): InlineKeyboardMarkup {
  const keyboard = new InlineKeyboard();
  if (state === "open") keyboard.text(T.buttons.claim, `sg:claim:${escalationId}`);
  keyboard.text(T.buttons.close, `sg:close:${escalationId}`).text(T.buttons.hand, `sg:hand:${escalationId}`);
  return keyboard;
}

/** Queues one post for the group in the caller's transaction (a notice after a staff member's action). */
export async function enqueueGroupPost(db: Db, groupChatId: number, escalationId: number | null, kind: QueueKind, payload: Record<string, unknown> = {}): Promise<void> {
  await db.insert(staffGroupQueue).values({ groupChatId, escalationId, kind, payload });
}

/** The participant's topic in the group, found through the escalation (after an erasure, by the escalation alone). */
export async function topicForEscalation(db: Db, groupChatId: number, escalationId: number): Promise<Topic | undefined> {
  const [row] = await db
    .select({ topic: staffGroupTopics })
    .from(staffGroupTopics)
    .leftJoin(escalations, eq(escalations.id, escalationId))
    .where(
      and(
        eq(staffGroupTopics.groupChatId, groupChatId),
        or(eq(staffGroupTopics.participantId, escalations.participantId), eq(staffGroupTopics.escalationId, escalationId)),
      ),
    )
    .orderBy(sql`${staffGroupTopics.participantId} is null`)
    .limit(1);
  return row?.topic;
}

/** The topic with this thread id in the group: a staff member's message there is about its escalation. */
export async function topicByThread(db: Db, groupChatId: number, threadId: number): Promise<Topic | undefined> {
  const [row] = await db
    .select()
    .from(staffGroupTopics)
    .where(and(eq(staffGroupTopics.groupChatId, groupChatId), eq(staffGroupTopics.threadId, threadId)));
  return row;
}

/**
 * Turns the handoff's new events into queued posts and marks them taken, in one
 * transaction (rows locked with skip locked, so a second feed at once takes others).
 * Returns the number of events read.
 */
export async function feedStaffGroup(db: Db, groupChatId: number, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const events = await tx
      .select()
      .from(outbox)
      .where(isNull(outbox.staffGroupFedAt))
      .orderBy(asc(outbox.id))
      .limit(200)
      .for("update", { skipLocked: true });
    if (events.length === 0) return 0;
    // Escalations that get a topic in this batch (the rows are not visible as topics yet).
    const topicQueued = new Set<number>();
    // Escalations opened urgent in this batch: their topic is named and pinned so already.
    const openedUrgent = new Set<number>();
    for (const event of events) {
      if (!HANDOFF_EVENTS.includes(event.event) || Date.now() - event.createdAt.getTime() > FEED_MAX_AGE_MS) continue;
      const data = event.payload as { escalationId?: number; messageId?: number; direction?: string; via?: string; counsellor?: string; closedBy?: string; reassigned?: boolean };
      const escalationId = data.escalationId;
      if (typeof escalationId !== "number") continue;
      // Posted in the order things happened: a staff member's notice queued meanwhile goes after it.
      const post = (kind: QueueKind, payload: Record<string, unknown> = {}) =>
        tx.insert(staffGroupQueue).values({ groupChatId, escalationId, kind, payload, createdAt: event.createdAt }).then(() => undefined);
      const ensureTopic = async () => {
        if (topicQueued.has(escalationId)) return;
        topicQueued.add(escalationId);
        const [pending] = await tx
          .select({ id: staffGroupQueue.id })
          .from(staffGroupQueue)
          .where(and(eq(staffGroupQueue.escalationId, escalationId), eq(staffGroupQueue.kind, "topic"), isNull(staffGroupQueue.sentAt)));
        const topic = await topicForEscalation(tx, groupChatId, escalationId);
        if (pending || (topic && topic.escalationId === escalationId)) return;
        await post("topic");
        if (topic) await post("rename");
        await post("summary");
      };
      switch (event.event) {
        case "escalation.opened": {
          topicQueued.add(escalationId);
          const topic = await topicForEscalation(tx, groupChatId, escalationId);
          await post("topic");
          if (topic) await post("rename");
          await post("summary");
          const [row] = await tx.select({ urgent: escalations.urgent }).from(escalations).where(eq(escalations.id, escalationId));
          if (row?.urgent) {
            openedUrgent.add(escalationId);
            await post("pin");
          }
          break;
        }
        case "escalation.urgent":
          // Words of danger or the "I am not safe" button (features/safety). A chat opened
          // urgent just now has its mark already; a running one is renamed, told and pinned.
          if (openedUrgent.has(escalationId)) break;
          await ensureTopic();
          await post("rename");
          await post("status", { text: T.urgent });
          await post("pin");
          break;
        case "message.created":
          // The group's own replies are in the topic already (the counsellor wrote them there).
          if (data.via === "staff-group" || typeof data.messageId !== "number") break;
          await ensureTopic();
          await post("message", { messageId: data.messageId });
          break;
        case "escalation.claimed":
          await ensureTopic();
          await post("status", { text: data.reassigned ? T.reassigned(data.counsellor ?? "?") : T.claimed(data.counsellor ?? "?"), buttons: "claimed" });
          // The summary's buttons follow: no "claim" once someone has.
          if (!data.reassigned) await post("buttons");
          break;
        case "escalation.closed":
          if (data.closedBy === "erasure") {
            // The participant's words go from the group too: the whole topic is deleted.
            await tx.delete(staffGroupQueue).where(and(eq(staffGroupQueue.escalationId, escalationId), isNull(staffGroupQueue.sentAt)));
            await post("delete-topic");
            break;
          }
          if (!(await topicForEscalation(tx, groupChatId, escalationId)) && !topicQueued.has(escalationId)) break;
          await post("status", { text: data.closedBy === "participant" ? T.closedByParticipant : T.closedByCounsellor(data.counsellor ?? "?") });
          await post("buttons");
          await post("close-topic");
          break;
      }
    }
    await tx.update(outbox).set({ staffGroupFedAt: now }).where(inArray(outbox.id, events.map((e) => e.id)));
    return events.length;
  });
}

export interface PosterDependencies {
  database: Database;
  /** An Api that really sends (not one deferring into an update's replies). */
  api: Api;
  groupChatId: number;
  logger: Logger;
  clock?: () => Date;
  /** Posts in any 60 s at most (default 20, Telegram's group limit). */
  perMinute?: number;
}

export interface PosterResult {
  ran: boolean;
  fed: number;
  sent: number;
  /** Rows still waiting (the minute's budget used up, a 429, Telegram unreachable). */
  waiting: number;
}

/**
 * One run: feed, then post what the minute's budget allows. Only the process holding the
 * "staff-group" lock runs; the others return `ran: false` at once.
 */
export async function runStaffGroupTick(deps: PosterDependencies): Promise<PosterResult> {
  const release = await deps.database.tryExclusive("staff-group");
  if (!release) return { ran: false, fed: 0, sent: 0, waiting: 0 };
  const clock = deps.clock ?? (() => new Date());
  const db = deps.database.db;
  try {
    const fed = await feedStaffGroup(db, deps.groupChatId, clock());
    const sent = await postQueued(deps, clock);
    // Sent rows are only the minute's count; older ones go.
    await db.delete(staffGroupQueue).where(and(eq(staffGroupQueue.groupChatId, deps.groupChatId), lt(staffGroupQueue.sentAt, new Date(clock().getTime() - 10 * WINDOW_MS))));
    const [left] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(staffGroupQueue)
      .where(and(eq(staffGroupQueue.groupChatId, deps.groupChatId), isNull(staffGroupQueue.sentAt)));
    return { ran: true, fed, sent, waiting: left?.n ?? 0 };
  } finally {
    await release();
  }
}

async function postQueued(deps: PosterDependencies, clock: () => Date): Promise<number> {
  const db = deps.database.db;
  const perMinute = deps.perMinute ?? GROUP_MESSAGES_PER_MINUTE;
  let sent = 0;
  for (;;) {
    const now = clock();
    const [used] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(staffGroupQueue)
      .where(and(eq(staffGroupQueue.groupChatId, deps.groupChatId), gt(staffGroupQueue.sentAt, new Date(now.getTime() - WINDOW_MS))));
    if ((used?.n ?? 0) >= perMinute) return sent;
    const [head] = await db
      .select()
      .from(staffGroupQueue)
      .where(and(eq(staffGroupQueue.groupChatId, deps.groupChatId), isNull(staffGroupQueue.sentAt)))
      .orderBy(asc(staffGroupQueue.createdAt), asc(staffGroupQueue.id))
      .limit(1);
    // Strictly in order: a held head (a 429, Telegram down) holds everything behind it.
    if (!head || head.nextAttemptAt > now) return sent;
    let outcome: "sent" | "nothing";
    try {
      outcome = await postOne(deps, head);
    } catch (error) {
      const failure = classifyBotApiError(error);
      if (failure.kind === "rate-limited" || failure.kind === "transient" || failure.kind === "unreachable") {
        // Unreachable: the bot was removed from the group, or it is no forum (any more); wait for an operator.
        const waitMs = failure.kind === "rate-limited" ? failure.retryAfterMs : Math.min(600_000, 5_000 * 2 ** head.attempts);
        deps.logger.warn({ kind: head.kind, failure: failure.kind, wait_ms: waitMs, ...describeBotApiError(error) }, "staff group post held");
        await db
          .update(staffGroupQueue)
          .set({ attempts: head.attempts + 1, nextAttemptAt: new Date(now.getTime() + waitMs) })
          .where(eq(staffGroupQueue.id, head.id));
        return sent;
      }
      if (isTopicGone(error) && head.attempts < 2 && (await replaceLostTopic(db, deps.groupChatId, head))) {
        deps.logger.warn({ kind: head.kind, ...describeBotApiError(error) }, "staff group topic was deleted; opening a new one");
        continue;
      }
      // Not modified, an edit or a thread Telegram no longer has: sending again cannot help.
      deps.logger.error({ kind: head.kind, failure: failure.kind, ...describeBotApiError(error) }, "staff group post refused; dropped");
      outcome = "sent";
    }
    if (outcome === "nothing") await db.delete(staffGroupQueue).where(eq(staffGroupQueue.id, head.id));
    else {
      await db.update(staffGroupQueue).set({ sentAt: now, attempts: head.attempts + 1 }).where(eq(staffGroupQueue.id, head.id));
      sent++;
    }
  }
}

/**
 * After Telegram said the row's topic is gone: forgets the topic, and unless the row only
 * closed or deleted it, queues a new topic with the summary (and the pin of an urgent chat)
 * just ahead of the row, which stays queued and goes into the new topic, as for a new
 * escalation. A "topic" row (reopening the lost one) is simply tried again. False when the
 * row has no topic of an escalation to replace (then it is dropped as before).
 */
async function replaceLostTopic(db: Db, groupChatId: number, head: QueueRow): Promise<boolean> {
  if (head.escalationId === null || head.kind === "notice" || head.kind === "delete-message") return false;
  const escalationId = head.escalationId;
  return db.transaction(async (tx) => {
    const topic = await topicForEscalation(tx, groupChatId, escalationId);
    if (topic) await tx.delete(staffGroupTopics).where(eq(staffGroupTopics.id, topic.id));
    if (head.kind === "close-topic" || head.kind === "delete-topic") return false;
    await tx.update(staffGroupQueue).set({ attempts: head.attempts + 1 }).where(eq(staffGroupQueue.id, head.id));
    if (head.kind === "topic") return true;
    const pending = await tx
      .select({ kind: staffGroupQueue.kind })
      .from(staffGroupQueue)
      .where(and(eq(staffGroupQueue.escalationId, escalationId), isNull(staffGroupQueue.sentAt), inArray(staffGroupQueue.kind, ["topic", "summary", "pin"])));
    const has = (kind: QueueKind) => pending.some((p) => p.kind === kind);
    const [escalation] = await tx.select({ urgent: escalations.urgent }).from(escalations).where(eq(escalations.id, escalationId));
    // Just before the row (the queue goes by createdAt, then id): the new topic exists when the row is sent again.
    const before = new Date(head.createdAt.getTime() - 1);
    const queue = (kind: QueueKind, createdAt: Date) => tx.insert(staffGroupQueue).values({ groupChatId, escalationId, kind, payload: {}, createdAt });
    await queue("topic", before);
    if (!has("summary")) await queue("summary", before);
    // The pin follows the summary: right after it, or after the row when the row is the summary.
    if (escalation?.urgent && !has("pin")) await queue("pin", head.kind === "summary" ? head.createdAt : before);
    return true;
  });
}

/** Sends one row; "nothing" when there was nothing to send (the post is moot now). Throws what the Api throws. */
async function postOne(deps: PosterDependencies, row: QueueRow): Promise<"sent" | "nothing"> {
  const { api, groupChatId: group } = deps;
  const db = deps.database.db;
  const payload = row.payload as Record<string, unknown>;
  if (row.kind === "notice") {
    const threadId = typeof payload.threadId === "number" ? payload.threadId : undefined;
    await api.sendMessage(group, String(payload.text), {
      ...(threadId ? { message_thread_id: threadId } : {}),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup as InlineKeyboardMarkup } : {}),
    });
    return "sent";
  }
  if (row.kind === "delete-message") {
    await api.deleteMessage(group, Number(payload.messageId));
    return "sent";
  }
  if (row.escalationId === null) return "nothing";
  const [escalation] = await db
    .select({ id: escalations.id, participantId: escalations.participantId, status: escalations.status, source: escalations.source, urgent: escalations.urgent, locale: participants.locale })
    .from(escalations)
    .leftJoin(participants, eq(participants.id, escalations.participantId))
    .where(eq(escalations.id, row.escalationId));
  if (!escalation) return "nothing";
  const topic = await topicForEscalation(db, group, escalation.id);

  if (row.kind === "topic") {
    if (escalation.participantId === null) return "nothing";
    const name = topicName(escalation.participantId, escalation.locale, escalation.urgent === true);
    if (!topic) {
      const created = await api.createForumTopic(group, name);
      await db.insert(staffGroupTopics).values({ groupChatId: group, participantId: escalation.participantId, escalationId: escalation.id, threadId: created.message_thread_id });
      return "sent";
    }
    await db.update(staffGroupTopics).set({ escalationId: escalation.id, summaryMessageId: null }).where(eq(staffGroupTopics.id, topic.id));
    if (!topic.closed) return "nothing";
    await api.reopenForumTopic(group, topic.threadId);
    await db.update(staffGroupTopics).set({ closed: false }).where(eq(staffGroupTopics.id, topic.id));
    return "sent";
  }
  if (!topic) return "nothing";
  const thread = { message_thread_id: topic.threadId };

  switch (row.kind) {
    case "rename":
      if (escalation.participantId === null) return "nothing";
      await api.editForumTopic(group, topic.threadId, { name: topicName(escalation.participantId, escalation.locale, escalation.urgent === true) });
      return "sent";
    case "summary": {
      const summary = await surveySummary(db, escalation.participantId);
      const lines = [
        ...(escalation.urgent ? [T.urgent, ""] : []),
        T.summaryHeader(escalation.participantId ?? 0, summary.locale, escalation.source),
        ...(summary.flags.length > 0 ? [T.flags(summary.flags)] : []),
        "",
        ...(summary.answers.length > 0 ? [T.answersTitle, ...summary.answers.map((a) => `• ${a.question}: ${a.answer}`)] : [T.noAnswers]),
        "",
        T.howTo,
      ];
      const message = await api.sendMessage(group, lines.join("\n").slice(0, 4000), { ...thread, reply_markup: escalationButtons(escalation.id, escalation.status === "claimed" ? "claimed" : "open") });
      await db.update(staffGroupTopics).set({ summaryMessageId: message.message_id }).where(eq(staffGroupTopics.id, topic.id));
      return "sent";
    }
    case "pin":
      if (!topic.summaryMessageId) return "nothing";
      await api.pinChatMessage(group, topic.summaryMessageId);
      return "sent";
    case "status":
      await api.sendMessage(group, String(payload.text), {
        ...thread,
        ...(payload.buttons === "claimed" && escalation.status !== "closed" ? { reply_markup: escalationButtons(escalation.id, "claimed") } : {}),
      });
      return "sent";
    case "message":
      return postMessage(api, db, group, thread, Number(payload.messageId));
    case "buttons": {
      // The summary shows the buttons of the escalation's state now (none once closed).
      if (!topic.summaryMessageId || topic.escalationId !== escalation.id) return "nothing";
      const markup = escalation.status === "closed" ? { inline_keyboard: [] } : escalationButtons(escalation.id, escalation.status === "claimed" ? "claimed" : "open");
      await api.editMessageReplyMarkup(group, topic.summaryMessageId, { reply_markup: markup });
      return "sent";
    }
    case "close-topic":
      if (topic.closed) return "nothing";
      await api.closeForumTopic(group, topic.threadId);
      await db.update(staffGroupTopics).set({ closed: true }).where(eq(staffGroupTopics.id, topic.id));
      return "sent";
    case "delete-topic":
      await api.deleteForumTopic(group, topic.threadId);
      await db.delete(staffGroupTopics).where(eq(staffGroupTopics.id, topic.id));
      return "sent";
    default:
      return "nothing";
  }
}

/** A transcript message as posted in the topic: the participant's media by file id, a web reply signed. */
async function postMessage(api: Api, db: Db, group: number, thread: { message_thread_id: number }, messageId: number): Promise<"sent" | "nothing"> {
  const [m] = await db
    .select({ message: escalationMessages, counsellor: staff.displayName })
    .from(escalationMessages)
    .leftJoin(staff, eq(staff.id, escalationMessages.counsellorId))
    .where(eq(escalationMessages.id, messageId));
  if (!m) return "nothing";
  const { message } = m;
  if (message.direction === "out") {
    await api.sendMessage(group, T.webReply(m.counsellor ?? "?", message.text ?? ""), thread);
    return "sent";
  }
  const caption = message.text ?? undefined;
  const withCaption = { ...thread, ...(caption ? { caption } : {}) };
  const fileId = message.fileId;
  switch (fileId ? message.fileKind : undefined) {
    case "photo":
      await api.sendPhoto(group, fileId!, withCaption);
      return "sent";
    case "voice":
      await api.sendVoice(group, fileId!, withCaption);
      return "sent";
    case "audio":
      await api.sendAudio(group, fileId!, withCaption);
      return "sent";
    case "document":
      await api.sendDocument(group, fileId!, withCaption);
      return "sent";
    case "video":
      await api.sendVideo(group, fileId!, withCaption);
      return "sent";
    case "video_note":
      await api.sendVideoNote(group, fileId!, thread);
      return "sent";
    case "sticker":
      await api.sendSticker(group, fileId!, thread);
      return "sent";
  }
  const details = message.details;
  if (details?.kind === "location") {
    await api.sendLocation(group, details.latitude, details.longitude, thread);
    return "sent";
  }
  if (details?.kind === "contact") {
    await api.sendContact(group, details.phoneNumber, details.name, thread);
    return "sent";
  }
  await api.sendMessage(group, message.text ?? T.unsupported(message.fileKind ?? "?"), thread);
  return "sent";
}

/** Pending posts of the group (for tests and /readyz-like views). */
export async function pendingPosts(db: Db, groupChatId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(staffGroupQueue)
    .where(and(eq(staffGroupQueue.groupChatId, groupChatId), isNull(staffGroupQueue.sentAt), lte(staffGroupQueue.nextAttemptAt, new Date(8640000000000000))));
  return row?.n ?? 0;
}
